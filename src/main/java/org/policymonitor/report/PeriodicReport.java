package org.policymonitor.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

/**
 * A Party's quadrennial periodic report for one cycle: the report-level sections of the form, the measures it
 * contains, the decisions on civil-society contributions, and its status with every step kept (the return
 * reasons included: {@link #events()} only grows). See docs/periodic-report.md.
 */
@Entity
public class PeriodicReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partyId;
    private Long cycleId;
    private String contactTitle;
    private String contactAddress;
    private String contactPhone;
    private String contactEmail;
    private String consultationDescription;
    private String executiveSummary;
    private String transversalIssues;
    private String challengesAchievements;
    private String annexesDescription;
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private ReportStatus status = ReportStatus.DRAFT;
    private String language = "en";
    private Instant updatedAt;
    private String updatedBy;
    private LocalDate reminderSentFor;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_measure", joinColumns = @JoinColumn(name = "report_id"))
    @Column(name = "measure_id")
    @Fetch(FetchMode.SELECT)
    private Set<Long> measureIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_statistic", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SELECT)
    private List<StatisticRow> statistics = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "report_id", nullable = false, updatable = false)
    @OrderBy("id")
    @Fetch(FetchMode.SELECT)
    private List<ReportEvent> events = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "report_id", nullable = false, updatable = false)
    @OrderBy("id")
    @Fetch(FetchMode.SELECT)
    private List<ContributionDecision> contributions = new ArrayList<>();

    protected PeriodicReport() {
    }

    public PeriodicReport(Long partyId, Long cycleId, LocalDate dueDate) {
        this.partyId = partyId;
        this.cycleId = cycleId;
        this.dueDate = dueDate;
    }

    // ---- the coordinator's changes, while the report is with them ----

    /** Replaces the texts and the statistical annex; refused unless the report is with its coordinator. */
    void edit(ReportContent content, String actor, Instant now) {
        requireEditable();
        ReportLimits.check(content);
        this.contactTitle = blankToNull(content.contactTitle());
        this.contactAddress = blankToNull(content.contactAddress());
        this.contactPhone = blankToNull(content.contactPhone());
        this.contactEmail = blankToNull(content.contactEmail());
        this.executiveSummary = blankToNull(content.executiveSummary());
        this.consultationDescription = blankToNull(content.consultation());
        this.transversalIssues = blankToNull(content.transversalIssues());
        this.challengesAchievements = blankToNull(content.challengesAchievements());
        this.annexesDescription = blankToNull(content.annexesDescription());
        this.statistics.clear();
        this.statistics.addAll(content.statistics());
        touch(actor, now);
    }

    void changeLanguage(String languageTag, String actor, Instant now) {
        requireEditable();
        this.language = languageTag;
        touch(actor, now);
    }

    void include(Long measureId, String actor, Instant now) {
        requireEditable();
        measureIds.add(measureId);
        touch(actor, now);
    }

    void exclude(Long measureId, String actor, Instant now) {
        requireEditable();
        measureIds.remove(measureId);
        touch(actor, now);
    }

    /** A civil-society contribution taken into the report. */
    void acceptContribution(Long measureId, String actor, Instant now) {
        requireEditable();
        measureIds.add(measureId);
        contributions.add(new ContributionDecision(measureId, true, null, actor, now));
        touch(actor, now);
    }

    /** A civil-society contribution left out, with the reason its author is shown. */
    void returnContribution(Long measureId, String reason, String actor, Instant now) {
        requireEditable();
        requireReason(reason);
        measureIds.remove(measureId);
        contributions.add(new ContributionDecision(measureId, false, reason.strip(), actor, now));
        touch(actor, now);
    }

    // ---- the status, one method per step ----

    void submit(String actor, Instant now) {
        move(ReportStatus.SUBMITTED, actor, null, now);
    }

    void returnToCoordinator(String actor, String reason, Instant now) {
        requireReason(reason);
        move(ReportStatus.RETURNED, actor, reason.strip(), now);
    }

    void accept(String actor, Instant now) {
        move(ReportStatus.ACCEPTED, actor, null, now);
    }

    private void move(ReportStatus target, String actor, String reason, Instant now) {
        if (!status.canMoveTo(target)) {
            throw new ReportStatusException(status, target);
        }
        status = target;
        events.add(new ReportEvent(target, actor, reason, now));
        touch(actor, now);
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new ReportStatusException(status, null);
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A reason is required");
        }
        if (reason.strip().length() > ReportLimits.REASON_MAX) {
            throw new IllegalArgumentException("Reasons are limited to " + ReportLimits.REASON_MAX + " characters");
        }
    }

    private void touch(String actor, Instant now) {
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public void changeDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    /**
     * Whether the coordinators should be reminded on {@code today}: the report is still with them, its deadline is
     * at most {@code before} days away (or passed) and no reminder was sent for this deadline.
     */
    boolean needsReminder(LocalDate today, int before) {
        return status.isEditable() && dueDate != null && !today.plusDays(before).isBefore(dueDate)
                && !dueDate.equals(reminderSentFor);
    }

    void reminded() {
        this.reminderSentFor = dueDate;
    }

    // ---- reads ----

    public ReportContent content() {
        return new ReportContent(contactTitle, contactAddress, contactPhone, contactEmail, executiveSummary,
                consultationDescription, transversalIssues, challengesAchievements, annexesDescription,
                List.copyOf(statistics));
    }

    /** Every step, oldest first. */
    public List<ReportEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /** The reasons of every return, oldest first. */
    public List<ReportEvent> returns() {
        return events.stream().filter(e -> e.getStatus() == ReportStatus.RETURNED).toList();
    }

    public Set<Long> measureIds() {
        return Collections.unmodifiableSet(measureIds);
    }

    public List<ContributionDecision> contributionDecisions() {
        return Collections.unmodifiableList(contributions);
    }

    /** The latest decision on a contribution, if the coordinator made one. */
    public Optional<ContributionDecision> decisionOn(Long measureId) {
        return contributions.reversed().stream().filter(d -> d.getMeasureId().equals(measureId)).findFirst();
    }

    public Optional<Instant> acceptedAt() {
        return events.stream().filter(e -> e.getStatus() == ReportStatus.ACCEPTED).map(ReportEvent::getHappenedAt)
                .findFirst();
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

    public Long getCycleId() {
        return cycleId;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public String getLanguage() {
        return language;
    }

    public String getContactTitle() {
        return contactTitle;
    }

    public String getContactAddress() {
        return contactAddress;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getConsultationDescription() {
        return consultationDescription;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
