package org.policymonitor.measure;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;

import org.policymonitor.party.PartnerOrganisation;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.party.ReportingCycle;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.CurrentUser;
import org.policymonitor.security.Role;
import org.policymonitor.security.ScopeGuard;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editor's API of the measure module: the signed-in editor's measures, drafts, saves, submissions,
 * withdrawals, carrying forward and revising, always inside the editor's ministry (method security plus
 * {@link ScopeGuard}). A civil-society contact uses the same API for the contributions of their organisation
 * and Party (docs/civil-society.md): "mine" are then the organisation's contributions, a new draft is one of them. The writes themselves are {@link MeasureService}'s, the system API that other
 * modules, loaders and workflow jobs call without a signed-in user. See docs/drafting.md.
 */
@Service
@Transactional
public class MeasureEditing {

    /** The roles that draft: ministry editors and civil-society contacts (each in their own scope). */
    static final String WRITERS = "hasAnyRole('EDITOR', 'CIVIL_SOCIETY')";

    private final MeasureService system;
    private final MeasureRepository measures;
    private final Clock clock;
    private final ReferenceData referenceData;
    private final AccountService accounts;
    private final ScopeGuard guard;
    private final MeasurePublicationRepository publications;

    MeasureEditing(MeasureService system, MeasureRepository measures, Clock clock, ReferenceData referenceData,
            AccountService accounts, ScopeGuard guard, MeasurePublicationRepository publications) {
        this.publications = publications;
        this.system = system;
        this.measures = measures;
        this.clock = clock;
        this.referenceData = referenceData;
        this.accounts = accounts;
        this.guard = guard;
    }

    /**
     * A page of the signed-in editor's ministry's measures (a civil-society contact's: their organisation's
     * contributions). Sort properties: title, cycleId, status, updatedAt, updatedBy.
     */
    @PreAuthorize(WRITERS)
    @Transactional(readOnly = true)
    public List<MeasureSummary> mine(MeasureFilter filter, int offset, int limit, Sort sort) {
        CurrentUser user = signedIn();
        Long ministryId = user.scope().ministryId();
        boolean contact = isContact(user);
        if ((!contact && ministryId == null) || limit <= 0) {
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
        List<Measure> rows = contact
                ? measures.findOfOrganisation(user.scope().partnerOrganisationId(), user.scope().partyId(), f.status(),
                        f.cycleId(), request)
                : measures.findOfMinistry(ministryId, f.status(), f.cycleId(), request);
        return summaries(rows.stream().skip(skip).limit(limit).toList());
    }

    private List<MeasureSummary> summaries(List<Measure> rows) {
        java.util.Set<Long> published = rows.isEmpty() ? java.util.Set.of()
                : publications.currentlyPublishedAmong(rows.stream().map(Measure::getId).toList());
        return rows.stream().map(m -> MeasureSummary.of(m, published.contains(m.getId()))).toList();
    }

    @PreAuthorize(WRITERS)
    @Transactional(readOnly = true)
    public long countMine(MeasureFilter filter) {
        CurrentUser user = signedIn();
        MeasureFilter f = filter == null ? MeasureFilter.any() : filter;
        if (isContact(user)) {
            return measures.countOfOrganisation(user.scope().partnerOrganisationId(), user.scope().partyId(),
                    f.status(), f.cycleId());
        }
        Long ministryId = user.scope().ministryId();
        return ministryId == null ? 0 : measures.countOfMinistry(ministryId, f.status(), f.cycleId());
    }

    /** The measure with its content, if it belongs to the signed-in editor's ministry; else AccessDeniedException. */
    @PreAuthorize("hasAnyRole('EDITOR', 'CIVIL_SOCIETY', 'ADMIN')")
    @Transactional(readOnly = true)
    public MeasureDetails openForEditing(Long measureId) {
        Measure measure = require(measureId);
        checkScope(measure);
        return MeasureDetails.of(measure);
    }

    /**
     * A new draft of the signed-in editor's ministry (a civil-society contact's: a contribution of their
     * organisation), in the current (newest) reporting cycle.
     */
    @PreAuthorize(WRITERS)
    public MeasureDetails createMyDraft(MeasureContent content) {
        CurrentUser user = signedIn();
        if (isContact(user)) {
            return createMyContribution(user, content);
        }
        if (user.scope().ministryId() == null) {
            throw new AccessDeniedException("The editor " + user.username() + " has no ministry");
        }
        MeasureService.refuse(Completeness.overFormLimits(content));
        ReportingCycle cycle = currentCycle();
        Measure measure = system.createDraft(user.scope().partyId(), user.scope().ministryId(), cycle.getId(),
                MeasureService.formVersionOf(cycle), content, user.username());
        return MeasureDetails.of(measure);
    }

    private MeasureDetails createMyContribution(CurrentUser user, MeasureContent content) {
        PartnerOrganisation organisation = referenceData.partnerOrganisation(user.scope().partnerOrganisationId())
                .orElseThrow(() -> new AccessDeniedException("The contact " + user.username() + " has no organisation"));
        MeasureService.refuse(Completeness.overFormLimits(content));
        ReportingCycle cycle = currentCycle();
        return MeasureDetails.of(system.createContribution(user.scope().partyId(), organisation.getId(),
                organisation.getName(), cycle.getId(), MeasureService.formVersionOf(cycle), content, user.username()));
    }

    /** Saves the signed-in editor's content over the loaded version; see {@link #saveContent}. */
    @PreAuthorize(WRITERS)
    public MeasureDetails saveMine(Long measureId, long loadedVersion, MeasureContent content) {
        checkScope(require(measureId));
        MeasureService.refuse(Completeness.overFormLimits(content));
        return MeasureDetails.of(system.saveContent(measureId, loadedVersion, content, signedIn().username()));
    }

    /** Submits on behalf of the signed-in editor; see {@link #submit}. */
    @PreAuthorize(WRITERS)
    public MeasureDetails submitMine(Long measureId) {
        return MeasureDetails.of(system.submit(measureId, signedIn().username()));
    }

    /** Withdraws a draft, returned or submitted measure of the signed-in editor's ministry, with a reason. */
    @PreAuthorize(WRITERS)
    public MeasureDetails withdrawMine(Long measureId, String reason) {
        return MeasureDetails.of(system.withdraw(measureId, signedIn().username(), reason));
    }

    /**
     * Starts a draft in the current cycle from a measure of an earlier cycle: every field is copied and
     * the new draft is linked to its source.
     */
    @PreAuthorize(WRITERS)
    public MeasureDetails carryForward(Long sourceId) {
        CurrentUser user = signedIn();
        Measure source = require(sourceId);
        checkScope(source);
        ReportingCycle cycle = currentCycle();
        if (!canCarryForward(source, cycle)) {
            throw new IllegalStateException("Measure " + sourceId + " is already in the current cycle " + cycle.getCode());
        }
        Measure copy = source.carryForward(cycle.getId(), MeasureService.formVersionOf(cycle), user.username(), clock.instant());
        return MeasureDetails.of(system.recordRevision(measures.saveAndFlush(copy)));
    }

    /**
     * The drafts already carried forward from the measure into the current cycle (the editor is warned before
     * making another copy), oldest first.
     */
    @PreAuthorize(WRITERS)
    @Transactional(readOnly = true)
    public List<MeasureSummary> carriedForwardCopies(Long sourceId) {
        checkScope(require(sourceId));
        return summaries(measures.findByCarriedForwardFromIdAndCycleId(sourceId, currentCycle().getId()).stream()
                .filter(copy -> copy.getStatus() != MeasureStatus.WITHDRAWN).toList());
    }

    /**
     * Starts a new version of a published measure of the signed-in editor's ministry: back to DRAFT for its
     * editors, while the catalogue keeps showing the published version until the revision is published.
     */
    @PreAuthorize(WRITERS)
    public MeasureDetails startRevision(Long measureId) {
        Measure measure = require(measureId);
        checkScope(measure);
        measure.startRevision(signedIn().username(), clock.instant());
        return MeasureDetails.of(measures.saveAndFlush(measure));
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

    /**
     * Every saved version of the measure's content, newest first: for its ministry's editors and for the
     * reviewers and evaluators of its Party, who review it (not for partners, who answer one question).
     */
    @PreAuthorize("hasAnyRole('EDITOR', 'CIVIL_SOCIETY', 'REVIEWER', 'EVALUATOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<MeasureRevision> history(Long measureId) {
        Measure measure = require(measureId);
        guard.requireFollower("history of " + MeasureService.describe(measure), measure.getMinistryId(),
                measure.getPartyId(), measure.getContributingOrganisationId(), partnerOrganisation -> false);
        return system.revisionsOf(measureId);
    }

    private CurrentUser signedIn() {
        return accounts.currentUser().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    /** A civil-society contact drafts their organisation's contributions, not a ministry's measures. */
    private static boolean isContact(CurrentUser user) {
        return user.has(Role.CIVIL_SOCIETY) && !user.has(Role.EDITOR);
    }

    private void checkScope(Measure measure) {
        MeasureService.requireWriter(guard, measure);
    }

    private Measure require(Long measureId) {
        return measures.findById(measureId)
                .orElseThrow(() -> new NoSuchElementException("No measure " + measureId));
    }
}
