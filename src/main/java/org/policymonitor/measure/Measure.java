package org.policymonitor.measure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A policy or measure reported by a Party. Status changes are methods that check the current status
 * (see {@link MeasureStatus#allowedNext()}) and record a {@link MeasureStatusChanged} event; content can
 * only change while the measure is with its editors. {@code @Version} rejects a stale save.
 * <p>
 * Every change is also recorded as a {@link MeasureChange} as it happens; Hibernate's insert and update events
 * hand them to the audit trail when the measure is written ({@link MeasureChangesWritten}).
 */
@Entity
public class Measure extends AbstractAggregateRoot<Measure> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;

    private Long partyId;
    private Long ministryId;
    private Long cycleId;
    @Enumerated(EnumType.STRING)
    private MeasureStatus status;
    private String statusReason;
    private String statusChangedBy;
    private Instant statusChangedAt;
    @Enumerated(EnumType.STRING)
    private FormVersion formVersion;
    private boolean reportedByCivilSociety;
    /** A civil-society contribution's organisation (then there is no ministry); null for a ministry's measure. */
    private Long contributingOrganisationId;
    /** The organisation's name as the public reads it: "Reported by civil society: <name>". */
    private String contributingOrganisationName;

    private String title;
    @ElementCollection
    @CollectionTable(name = "measure_agency", joinColumns = @JoinColumn(name = "measure_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    private List<String> agencies = new ArrayList<>();
    private String description;
    private String website;
    private String results;
    private String budgetText;
    private BigDecimal budgetUsd;
    @ElementCollection
    @CollectionTable(name = "measure_partner", joinColumns = @JoinColumn(name = "measure_id"))
    @OrderColumn(name = "position")
    private List<PartnerRow> partners = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    private Evaluation evaluation = Evaluation.NOT_ANSWERED;
    private String conclusions;
    @ElementCollection
    @CollectionTable(name = "measure_goal", joinColumns = @JoinColumn(name = "measure_id"))
    @Column(name = "code")
    private Set<String> goals = new HashSet<>();
    @ElementCollection
    @CollectionTable(name = "measure_area", joinColumns = @JoinColumn(name = "measure_id"))
    @Column(name = "code")
    private Set<String> areas = new HashSet<>();
    @ElementCollection
    @CollectionTable(name = "measure_domain", joinColumns = @JoinColumn(name = "measure_id"))
    @Column(name = "code")
    private Set<String> domains = new HashSet<>();

    private String keyObjectives;
    private String context;
    @ElementCollection
    @CollectionTable(name = "measure_scope", joinColumns = @JoinColumn(name = "measure_id"))
    @Column(name = "code")
    private Set<String> scopes = new HashSet<>();
    @ElementCollection
    @CollectionTable(name = "measure_nature", joinColumns = @JoinColumn(name = "measure_id"))
    @Column(name = "code")
    private Set<String> natures = new HashSet<>();
    private String mainFeature;
    private String resultsExpected;
    private String financialResources;
    @Enumerated(EnumType.STRING)
    private YesNo targetsYouth = YesNo.NOT_ANSWERED;
    @Enumerated(EnumType.STRING)
    private YesNo preferentialTreatment = YesNo.NOT_ANSWERED;
    @Enumerated(EnumType.STRING)
    private YesNo genderEquality = YesNo.NOT_ANSWERED;
    @ElementCollection
    @CollectionTable(name = "measure_sdg", joinColumns = @JoinColumn(name = "measure_id"))
    @Column(name = "code")
    private Set<String> sdgs = new HashSet<>();

    private Long carriedForwardFromId;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;

    /** Changes made since the measure was last written to the database. */
    @Transient
    private final List<MeasureChange> unwrittenChanges = new ArrayList<>();

    protected Measure() {
    }

    private Measure(Long partyId, Long ministryId, Long cycleId, FormVersion formVersion, String actor, Instant now) {
        this.partyId = Objects.requireNonNull(partyId, "partyId");
        this.ministryId = ministryId;
        this.cycleId = Objects.requireNonNull(cycleId, "cycleId");
        this.formVersion = Objects.requireNonNull(formVersion, "formVersion");
        this.status = MeasureStatus.DRAFT;
        this.createdAt = now;
        this.createdBy = actor;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    /** A new draft of a ministry's measure. */
    public static Measure draft(Long partyId, Long ministryId, Long cycleId, FormVersion formVersion,
            MeasureContent content, String actor, Instant now) {
        return created(new Measure(partyId, ministryId, cycleId, formVersion, actor, now), content, null, actor, now);
    }

    /**
     * A new draft of a civil-society contribution: the organisation's, for the Party's report; it has no ministry
     * and is reported by civil society for good.
     */
    public static Measure contribution(Long partyId, Long organisationId, String organisationName, Long cycleId,
            FormVersion formVersion, MeasureContent content, String actor, Instant now) {
        Measure measure = new Measure(partyId, null, cycleId, formVersion, actor, now);
        measure.contributingOrganisationId = Objects.requireNonNull(organisationId, "organisationId");
        measure.contributingOrganisationName = Objects.requireNonNull(organisationName, "organisationName");
        measure.reportedByCivilSociety = true;
        return created(measure, content, null, actor, now);
    }

    private static Measure created(Measure measure, MeasureContent content, Long carriedForwardFromId, String actor,
            Instant now) {
        measure.apply(content);
        measure.carriedForwardFromId = carriedForwardFromId;
        measure.unwrittenChanges.add(new MeasureChange.Created(actor, now, measure.content(), carriedForwardFromId));
        return measure;
    }

    /**
     * A measure taken over from an earlier publication (an export of the public platform): it enters the
     * system already published, with no review history of its own.
     */
    public static Measure importedAsPublished(Long partyId, Long ministryId, Long cycleId, FormVersion formVersion,
            MeasureContent content, boolean reportedByCivilSociety, String actor, Instant now) {
        Measure measure = draft(partyId, ministryId, cycleId, formVersion, content, actor, now);
        measure.reportedByCivilSociety = reportedByCivilSociety;
        measure.status = MeasureStatus.PUBLISHED;
        measure.unwrittenChanges.add(new MeasureChange.StatusMoved(actor, now, null, MeasureStatus.PUBLISHED, null));
        measure.registerEvent(new MeasureStatusChanged(null, null, MeasureStatus.PUBLISHED, actor, null, now));
        return measure;
    }

    /** A new draft for another cycle, copying every field of this measure and linked to it. */
    public Measure carryForward(Long newCycleId, FormVersion newFormVersion, String actor, Instant now) {
        Measure copy = created(new Measure(partyId, ministryId, newCycleId, newFormVersion, actor, now), content(), id,
                actor, now);
        copy.reportedByCivilSociety = reportedByCivilSociety;
        copy.contributingOrganisationId = contributingOrganisationId;
        copy.contributingOrganisationName = contributingOrganisationName;
        return copy;
    }

    public void markReportedByCivilSociety(boolean value, String actor, Instant now) {
        requireEditable();
        if (!value && isContribution()) {
            throw new IllegalArgumentException("A civil-society contribution stays reported by civil society");
        }
        if (value != reportedByCivilSociety) {
            unwrittenChanges.add(new MeasureChange.CivilSocietyFlagChanged(actor, now, reportedByCivilSociety, value));
            this.reportedByCivilSociety = value;
            touch(actor, now);
        }
    }

    /** Replaces the content; allowed only while the measure is a draft or returned to its editors. */
    public void edit(MeasureContent content, String actor, Instant now) {
        requireEditable();
        MeasureContent before = content();
        apply(content);
        touch(actor, now);
        unwrittenChanges.add(new MeasureChange.ContentEdited(actor, now, before, content()));
    }

    public void submit(String actor, Instant now) {
        moveTo(MeasureStatus.SUBMITTED, actor, null, now);
    }

    public void startReview(String actor, Instant now) {
        moveTo(MeasureStatus.IN_REVIEW, actor, null, now);
    }

    /** Review approved: partners are asked to confirm when there are any, else straight to sign-off. */
    public void approveReview(String actor, Instant now) {
        moveTo(partners.isEmpty() ? MeasureStatus.AWAITING_SIGN_OFF : MeasureStatus.AWAITING_PARTNERS, actor, null, now);
    }

    public void confirmPartners(String actor, Instant now) {
        moveTo(MeasureStatus.AWAITING_SIGN_OFF, actor, null, now);
    }

    public void returnToEditor(String actor, String reason, Instant now) {
        moveTo(MeasureStatus.RETURNED, actor, requireReason(reason), now);
    }

    public void publish(String actor, Instant now) {
        moveTo(MeasureStatus.PUBLISHED, actor, null, now);
    }

    /** Starts a new version of a published measure; the public keeps the last published version meanwhile. */
    public void startRevision(String actor, Instant now) {
        if (status != MeasureStatus.PUBLISHED) {
            // DRAFT is also where a cancelled submission goes: only a published measure is revised
            throw new IllegalStatusTransitionException(status, MeasureStatus.DRAFT);
        }
        moveTo(MeasureStatus.DRAFT, actor, null, now);
    }

    /** An administrator stops the running submission; the measure goes back to its editors as a draft. */
    public void cancelSubmission(String actor, String reason, Instant now) {
        if (!status.isInProcess()) {
            throw new IllegalStatusTransitionException(status, MeasureStatus.DRAFT);
        }
        moveTo(MeasureStatus.DRAFT, actor, requireReason(reason), now);
    }

    public void withdraw(String actor, String reason, Instant now) {
        moveTo(MeasureStatus.WITHDRAWN, actor, requireReason(reason), now);
    }

    /** The reason given with the last status change, when it had one (a return, a withdrawal, a cancellation). */
    public String getStatusReason() {
        return statusReason;
    }

    public String getStatusChangedBy() {
        return statusChangedBy;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    private void moveTo(MeasureStatus target, String actor, String reason, Instant now) {
        if (!status.canMoveTo(target)) {
            throw new IllegalStatusTransitionException(status, target);
        }
        MeasureStatus from = status;
        status = target;
        statusReason = reason;
        statusChangedBy = actor;
        statusChangedAt = now;
        touch(actor, now);
        unwrittenChanges.add(new MeasureChange.StatusMoved(actor, now, from, target, reason));
        registerEvent(new MeasureStatusChanged(id, from, target, actor, reason, now));
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A reason is required");
        }
        return reason.strip();
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new MeasureNotEditableException(status);
        }
    }

    private void touch(String actor, Instant now) {
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    private void apply(MeasureContent c) {
        title = c.title();
        agencies.clear();
        agencies.addAll(c.agencies());
        description = c.description();
        website = c.website();
        results = c.results();
        budgetText = c.budgetText();
        budgetUsd = c.budgetUsd();
        partners.clear();
        partners.addAll(c.partners());
        evaluation = c.evaluation();
        conclusions = c.conclusions();
        replace(goals, c.goals());
        replace(areas, c.areas());
        replace(domains, c.domains());
        keyObjectives = c.keyObjectives();
        context = c.context();
        replace(scopes, c.scopes());
        replace(natures, c.natures());
        mainFeature = c.mainFeature();
        resultsExpected = c.resultsExpected();
        financialResources = c.financialResources();
        targetsYouth = c.targetsYouth();
        preferentialTreatment = c.preferentialTreatment();
        genderEquality = c.genderEquality();
        replace(sdgs, c.sdgs());
    }

    private static void replace(Set<String> target, Set<String> source) {
        target.retainAll(source);
        target.addAll(source);
    }

    /** The changes recorded since the last write, oldest first; the list starts empty again. */
    List<MeasureChange> takeUnwrittenChanges() {
        List<MeasureChange> taken = List.copyOf(unwrittenChanges);
        unwrittenChanges.clear();
        return taken;
    }

    /** Events recorded since the last save (published by Spring Data on save). */
    java.util.List<Object> recordedEvents() {
        return java.util.List.copyOf(domainEvents());
    }

    public MeasureContent content() {
        return new MeasureContent(title, agencies, description, website, results, budgetText, budgetUsd, partners,
                evaluation, conclusions, goals, areas, domains, keyObjectives, context, scopes, natures, mainFeature,
                resultsExpected, financialResources, targetsYouth, preferentialTreatment, genderEquality, sdgs);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getPartyId() {
        return partyId;
    }

    public Long getMinistryId() {
        return ministryId;
    }

    public Long getCycleId() {
        return cycleId;
    }

    public MeasureStatus getStatus() {
        return status;
    }

    public FormVersion getFormVersion() {
        return formVersion;
    }

    public boolean isReportedByCivilSociety() {
        return reportedByCivilSociety;
    }

    /** Whether this is a civil-society contribution (an organisation's, not a ministry's). */
    public boolean isContribution() {
        return contributingOrganisationId != null;
    }

    public Long getContributingOrganisationId() {
        return contributingOrganisationId;
    }

    public String getContributingOrganisationName() {
        return contributingOrganisationName;
    }

    public String getTitle() {
        return title;
    }

    public Long getCarriedForwardFromId() {
        return carriedForwardFromId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
