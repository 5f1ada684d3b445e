package org.policymonitor.measure;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.policymonitor.party.ReportingCycle;
import org.policymonitor.security.ScopeGuard;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The measure module's system API: drafts, saves with a version check, status changes, publications, and the
 * reads other modules need (the catalogue, the workflow, notifications, the importer).
 * <p>
 * Access: the methods that change a measure ({@link #createDraft}, {@link #saveContent}, {@link #submit},
 * {@link #withdraw}) are called by the system with no authentication at all (demo data, workflow jobs, the
 * importer's command line); any authenticated caller (anonymous visitors included) must be an admin, an editor
 * of the measure's ministry or, for a civil-society contribution, a contact of its organisation and Party. The rule and the logging of refusals are {@link ScopeGuard}'s. The signed-in
 * editor's API, with method security, is {@link MeasureEditing}. See docs/drafting.md.
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
    private final ScopeGuard guard;

    private final ApplicationEventPublisher events;

    MeasureService(MeasureRepository measures, MeasurePublicationRepository publications,
            MeasureRevisionRepository revisions, JsonMapper json, Clock clock, ScopeGuard guard, ApplicationEventPublisher events) {
        this.measures = measures;
        this.publications = publications;
        this.revisions = revisions;
        this.json = json;
        this.clock = clock;
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
     * A new draft of a civil-society contribution of the organisation for its Party: no ministry, reported by
     * civil society. Only the organisation's civil-society contacts (and administrators, and the system) may.
     */
    public Measure createContribution(Long partyId, Long organisationId, String organisationName, Long cycleId,
            FormVersion formVersion, MeasureContent content, String actor) {
        guard.requireMeasureWriterUnlessSystem(null, partyId, organisationId,
                "new contribution of organisation " + organisationId + " of party " + partyId);
        requireStorable(content);
        return recordRevision(measures.saveAndFlush(Measure.contribution(partyId, organisationId, organisationName,
                cycleId, formVersion, content, actor, clock.instant())));
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
        Completeness completeness = Completeness.of(measure.content(), measure.getFormVersion());
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

    /** Whether the public sees a version of the measure (also while a revision of it is under way). */
    @Transactional(readOnly = true)
    public boolean isPublished(Long measureId) {
        return publications.existsByMeasureIdAndCurrentVersionTrue(measureId);
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

    static void refuse(List<Completeness.Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidMeasureContentException(problems);
        }
    }

    Measure recordRevision(Measure saved) {
        revisions.save(new MeasureRevisionRow(saved.getId(), saved.getVersion(), saved.getUpdatedAt(),
                saved.getUpdatedBy(), json.writeValueAsString(saved.content())));
        return saved;
    }

    /** Every saved version of the measure's content, newest first (callers check who may read it). */
    List<MeasureRevision> revisionsOf(Long measureId) {
        return revisions.findByMeasureIdOrderByVersionDesc(measureId).stream().map(this::read).toList();
    }

    private MeasureRevision read(MeasureRevisionRow row) {
        return new MeasureRevision(row.getMeasureId(), row.getVersion(), row.getSavedAt(), row.getSavedBy(),
                json.readValue(row.getSnapshot(), MeasureContent.class));
    }

    static FormVersion formVersionOf(ReportingCycle cycle) {
        return FormVersion.ofCycle(cycle.getFormVersion());
    }

    private void checkScope(Measure measure) {
        requireWriter(guard, measure);
    }

    /** Who may write the measure is {@link ScopeGuard#mayWriteMeasure}'s: its ministry's editors or its organisation's contacts. */
    static void requireWriter(ScopeGuard guard, Measure measure) {
        guard.requireMeasureWriterUnlessSystem(measure.getMinistryId(), measure.getPartyId(),
                measure.getContributingOrganisationId(), describe(measure));
    }

    static String describe(Measure measure) {
        return "measure " + measure.getId() + (measure.isContribution()
                ? " of organisation " + measure.getContributingOrganisationId() + " of party " + measure.getPartyId()
                : " of ministry " + measure.getMinistryId());
    }

    /** The scope rule is {@link ScopeGuard}'s; calls without any authentication are the system's and pass. */
    private void checkScope(Long ministryId) {
        guard.requireMeasureWriterUnlessSystem(ministryId, null, null, "new measure of ministry " + ministryId);
    }

    private PublishedMeasure read(MeasurePublication publication) {
        return json.readValue(publication.getSnapshot(), PublishedMeasure.class);
    }

    private Measure require(Long measureId) {
        return measures.findById(measureId)
                .orElseThrow(() -> new NoSuchElementException("No measure " + measureId));
    }
}
