package org.policymonitor.measure;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.policymonitor.party.ReferenceData;
import org.policymonitor.party.ReportingCycle;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.CurrentUser;
import org.policymonitor.security.ScopeGuard;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The measure module's entry point: drafts, saves with a version check, status changes, publications.
 * <p>
 * Access: the editor-facing methods ({@link #mine}, {@link #openForEditing}, {@link #createMyDraft},
 * {@link #carryForward}, {@link #history}) need a signed-in editor and stay inside the editor's ministry.
 * The older methods that change a measure ({@link #createDraft}, {@link #saveContent}, {@link #submit},
 * {@link #withdraw}) are also called by the system with no authentication at all (demo data, workflow jobs);
 * any authenticated caller (anonymous visitors included) must be an admin or an editor of the measure's
 * ministry. The rule and the logging of refusals are {@link ScopeGuard}'s. See docs/drafting.md.
 */
@Service
@Transactional
public class MeasureService {

    /** Snapshot columns are varchar(1000000); a published snapshot adds a few hundred characters to the content's. */
    static final int MAX_SNAPSHOT = 990_000;

    private final MeasureRepository measures;
    private final MeasurePublicationRepository publications;
    private final MeasureRevisionRepository revisions;
    private final JsonMapper json;
    private final Clock clock;
    private final ReferenceData referenceData;
    private final AccountService accounts;
    private final ScopeGuard guard;

    private final ApplicationEventPublisher events;

    MeasureService(MeasureRepository measures, MeasurePublicationRepository publications,
            MeasureRevisionRepository revisions, JsonMapper json, Clock clock, ReferenceData referenceData,
            AccountService accounts, ScopeGuard guard, ApplicationEventPublisher events) {
        this.measures = measures;
        this.publications = publications;
        this.revisions = revisions;
        this.json = json;
        this.clock = clock;
        this.referenceData = referenceData;
        this.accounts = accounts;
        this.guard = guard;
        this.events = events;
    }

    public Measure createDraft(Long partyId, Long ministryId, Long cycleId, FormVersion formVersion,
            MeasureContent content, String actor) {
        checkScope(ministryId);
        requireStorable(content);
        return recordRevision(measures.saveAndFlush(
                Measure.draft(partyId, ministryId, cycleId, formVersion, content, actor, clock.instant())));
    }

    /**
     * Saves new content over the version the caller loaded. When someone else saved in between, nothing
     * is written and a {@link StaleMeasureException} says who, so the caller can keep their text.
     */
    public Measure saveContent(Long measureId, long loadedVersion, MeasureContent content, String actor) {
        Measure measure = require(measureId);
        checkScope(measure);
        requireStorable(content);
        if (measure.getVersion() != loadedVersion) {
            throw new StaleMeasureException(measureId, loadedVersion, measure.getVersion(), measure.getUpdatedBy());
        }
        measure.edit(content, actor, clock.instant());
        return recordRevision(measures.saveAndFlush(measure));
    }

    /**
     * Hands the measure to review (DRAFT or RETURNED to SUBMITTED; {@link MeasureStatusChanged} starts the
     * workflow). Refused with an {@link IncompleteMeasureException} listing the missing fields when the
     * content is not complete by {@link Completeness}.
     */
    public Measure submit(Long measureId, String actor) {
        Measure measure = require(measureId);
        checkScope(measure);
        Completeness completeness = Completeness.of(measure.content());
        if (!completeness.isComplete()) {
            throw new IncompleteMeasureException(measureId, completeness);
        }
        measure.submit(actor, clock.instant());
        return measures.saveAndFlush(measure);
    }

    public Measure withdraw(Long measureId, String actor, String reason) {
        Measure measure = require(measureId);
        checkScope(measure);
        measure.withdraw(actor, reason, clock.instant());
        return measures.save(measure);
    }

    /** Takes over an already published measure (import of the public record): stored and published at once. */
    public PublishedMeasure importAsPublished(Long partyId, Long ministryId, Long cycleId, FormVersion formVersion,
            MeasureContent content, boolean reportedByCivilSociety, String actor) {
        requireStorable(content);
        Measure measure = recordRevision(measures.saveAndFlush(Measure.importedAsPublished(partyId, ministryId, cycleId,
                formVersion, content, reportedByCivilSociety, actor, clock.instant())));
        return recordPublication(measure, actor);
    }

    /**
     * Publishes the measure: status PUBLISHED and a new immutable published version, which becomes the one
     * the public sees. Both happen in the caller's transaction.
     */
    public PublishedMeasure publish(Long measureId, String actor) {
        Measure measure = require(measureId);
        measure.publish(actor, clock.instant());
        return recordPublication(measures.save(measure), actor);
    }

    private PublishedMeasure recordPublication(Measure measure, String actor) {
        Long measureId = measure.getId();
        int next = 1;
        for (MeasurePublication earlier : publications.findByMeasureIdOrderByPublicationNoDesc(measureId)) {
            earlier.supersede();
            next = Math.max(next, earlier.getPublicationNo() + 1);
        }
        PublishedMeasure published = new PublishedMeasure(measure.getId(), next, measure.getPartyId(),
                measure.getMinistryId(), measure.getCycleId(), measure.getFormVersion(),
                measure.isReportedByCivilSociety(), measure.content(), clock.instant(), actor);
        publications.saveAndFlush(new MeasurePublication(published, json.writeValueAsString(published)));
        events.publishEvent(new MeasurePublished(published));
        return published;
    }

    @Transactional(readOnly = true)
    public Optional<Measure> find(Long measureId) {
        return measures.findById(measureId);
    }

    @Transactional(readOnly = true)
    public Optional<PublishedMeasure> currentPublication(Long measureId) {
        return publications.findByMeasureIdAndCurrentVersionTrue(measureId).map(this::read);
    }

    @Transactional(readOnly = true)
    public List<PublishedMeasure> publicationsOf(Long measureId) {
        return publications.findByMeasureIdOrderByPublicationNoDesc(measureId).stream().map(this::read).toList();
    }

    @Transactional(readOnly = true)
    public List<PublishedMeasure> currentPublications() {
        return publications.findByCurrentVersionTrueOrderByPublishedAtDesc().stream().map(this::read).toList();
    }

    /** One page of the current published versions, by measure id (a search index rebuild reads them all this way). */
    @Transactional(readOnly = true)
    public List<PublishedMeasure> currentPublicationsAfter(long measureId, int limit) {
        return publications.findByCurrentVersionTrueAndMeasureIdGreaterThanOrderByMeasureIdAsc(measureId,
                org.springframework.data.domain.Limit.of(limit)).stream().map(this::read).toList();
    }

    @Transactional(readOnly = true)
    public long publishedCount() {
        return publications.countByCurrentVersionTrue();
    }

    @Transactional(readOnly = true)
    public long count() {
        return measures.count();
    }

    // ---- editor-facing, scoped to the signed-in editor's ministry ----

    /** A page of the signed-in editor's ministry's measures. Sort properties: title, cycleId, status, updatedAt, updatedBy. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public List<MeasureSummary> mine(MeasureFilter filter, int offset, int limit, Sort sort) {
        Long ministryId = editorMinistry();
        if (ministryId == null || limit <= 0) {
            return List.of();
        }
        MeasureFilter f = filter == null ? MeasureFilter.any() : filter;
        Sort order = (sort == null || sort.isUnsorted() ? Sort.by(Sort.Direction.DESC, "updatedAt") : sort)
                .and(Sort.by("id"));
        // the grid asks for whole pages (offset a multiple of limit); any other window is read from the start
        boolean aligned = offset % limit == 0;
        int skip = aligned ? 0 : offset;
        PageRequest request = aligned ? PageRequest.of(offset / limit, limit, order)
                : PageRequest.of(0, offset + limit, order);
        List<Measure> rows = measures.findOfMinistry(ministryId, f.status(), f.cycleId(), request);
        return rows.stream().skip(skip).limit(limit).map(MeasureSummary::of).toList();
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public long countMine(MeasureFilter filter) {
        Long ministryId = editorMinistry();
        MeasureFilter f = filter == null ? MeasureFilter.any() : filter;
        return ministryId == null ? 0 : measures.countOfMinistry(ministryId, f.status(), f.cycleId());
    }

    /** The measure with its content, if it belongs to the signed-in editor's ministry; else AccessDeniedException. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public MeasureDetails openForEditing(Long measureId) {
        Measure measure = require(measureId);
        checkScope(measure);
        return MeasureDetails.of(measure);
    }

    /** A new draft of the signed-in editor's ministry, in the current (newest) reporting cycle. */
    @PreAuthorize("hasRole('EDITOR')")
    public MeasureDetails createMyDraft(MeasureContent content) {
        CurrentUser user = signedIn();
        if (user.scope().ministryId() == null) {
            throw new AccessDeniedException("The editor " + user.username() + " has no ministry");
        }
        refuse(Completeness.overFormLimits(content));
        ReportingCycle cycle = currentCycle();
        Measure measure = createDraft(user.scope().partyId(), user.scope().ministryId(), cycle.getId(),
                formVersionOf(cycle), content, user.username());
        return MeasureDetails.of(measure);
    }

    /** Saves the signed-in editor's content over the loaded version; see {@link #saveContent}. */
    @PreAuthorize("hasRole('EDITOR')")
    public MeasureDetails saveMine(Long measureId, long loadedVersion, MeasureContent content) {
        checkScope(require(measureId));
        refuse(Completeness.overFormLimits(content));
        return MeasureDetails.of(saveContent(measureId, loadedVersion, content, signedIn().username()));
    }

    /** Submits on behalf of the signed-in editor; see {@link #submit}. */
    @PreAuthorize("hasRole('EDITOR')")
    public MeasureDetails submitMine(Long measureId) {
        return MeasureDetails.of(submit(measureId, signedIn().username()));
    }

    /** Withdraws a draft, returned or submitted measure of the signed-in editor's ministry, with a reason. */
    @PreAuthorize("hasRole('EDITOR')")
    public MeasureDetails withdrawMine(Long measureId, String reason) {
        return MeasureDetails.of(withdraw(measureId, signedIn().username(), reason));
    }

    /**
     * Starts a draft in the current cycle from a measure of an earlier cycle: every field is copied and
     * the new draft is linked to its source.
     */
    @PreAuthorize("hasRole('EDITOR')")
    public MeasureDetails carryForward(Long sourceId) {
        CurrentUser user = signedIn();
        Measure source = require(sourceId);
        checkScope(source);
        ReportingCycle cycle = currentCycle();
        if (!canCarryForward(source, cycle)) {
            throw new IllegalStateException("Measure " + sourceId + " is already in the current cycle " + cycle.getCode());
        }
        Measure copy = source.carryForward(cycle.getId(), formVersionOf(cycle), user.username(), clock.instant());
        return MeasureDetails.of(recordRevision(measures.saveAndFlush(copy)));
    }

    /** The newest reporting cycle: new drafts and carried-forward measures go there. */
    @Transactional(readOnly = true)
    public ReportingCycle currentCycle() {
        return referenceData.cycles().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No reporting cycle defined"));
    }

    private boolean canCarryForward(Measure source, ReportingCycle current) {
        return !current.getId().equals(source.getCycleId());
    }

    /** Every saved version of the measure's content, newest first. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<MeasureRevision> history(Long measureId) {
        checkScope(require(measureId));
        return revisions.findByMeasureIdOrderByVersionDesc(measureId).stream().map(this::read).toList();
    }

    /**
     * Refuses, before anything is written, content the database cannot hold as it is: a field beyond its
     * column, characters that cannot be stored or exported, an amount beyond the budget column, or content
     * whose JSON snapshot (revision, publication, catalogue) would not fit its column.
     */
    private void requireStorable(MeasureContent content) {
        MeasureContent c = content == null ? MeasureContent.empty() : content;
        List<Completeness.Problem> problems = Completeness.storageProblems(c);
        if (problems.isEmpty() && json.writeValueAsString(c).length() > MAX_SNAPSHOT) {
            // texts full of quotes or backslashes grow when escaped as JSON
            problems = List.of(new Completeness.Problem(null, "measure.validation.contentTooLarge",
                    Completeness.TOTAL_TEXT_MAX));
        }
        if (!problems.isEmpty()) {
            throw new InvalidMeasureContentException(problems);
        }
    }

    private static void refuse(List<Completeness.Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidMeasureContentException(problems);
        }
    }

    private Measure recordRevision(Measure saved) {
        revisions.save(new MeasureRevisionRow(saved.getId(), saved.getVersion(), saved.getUpdatedAt(),
                saved.getUpdatedBy(), json.writeValueAsString(saved.content())));
        return saved;
    }

    private MeasureRevision read(MeasureRevisionRow row) {
        return new MeasureRevision(row.getMeasureId(), row.getVersion(), row.getSavedAt(), row.getSavedBy(),
                json.readValue(row.getSnapshot(), MeasureContent.class));
    }

    private static FormVersion formVersionOf(ReportingCycle cycle) {
        try {
            return FormVersion.valueOf(cycle.getFormVersion());
        } catch (IllegalArgumentException | NullPointerException e) {
            return FormVersion.FORM_2020;
        }
    }

    private CurrentUser signedIn() {
        return accounts.currentUser().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    private Long editorMinistry() {
        return signedIn().scope().ministryId();
    }

    private void checkScope(Measure measure) {
        guard.requireMinistryUnlessSystem(measure.getMinistryId(),
                "measure " + measure.getId() + " of ministry " + measure.getMinistryId());
    }

    /** The scope rule is {@link ScopeGuard}'s; calls without any authentication are the system's and pass. */
    private void checkScope(Long ministryId) {
        guard.requireMinistryUnlessSystem(ministryId, "new measure of ministry " + ministryId);
    }

    private PublishedMeasure read(MeasurePublication publication) {
        return json.readValue(publication.getSnapshot(), PublishedMeasure.class);
    }

    private Measure require(Long measureId) {
        return measures.findById(measureId)
                .orElseThrow(() -> new NoSuchElementException("No measure " + measureId));
    }
}
