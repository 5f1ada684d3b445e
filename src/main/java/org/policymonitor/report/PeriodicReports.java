package org.policymonitor.report;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.policymonitor.audit.AuditTrail;
import org.policymonitor.i18n.SupportedLanguages;
import org.policymonitor.security.CurrentEntitlements;
import org.policymonitor.security.CurrentUser;
import org.policymonitor.security.Role;
import org.policymonitor.security.ScopeGuard;
import org.policymonitor.workflow.ReportSubmissions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The periodic report as its coordinator (the Party's National Point of Contact: a {@link Role#REVIEWER} scoped to
 * it) and the Secretariat use it. The coordinator writes the sections, chooses the measures, decides on the
 * civil-society contributions and submits; the Secretariat decides through {@link ReportSubmissions}. Every
 * method checks the scope with {@link ScopeGuard} (a reviewer of another Party is refused and logged); every
 * step is on the audit trail. See docs/periodic-report.md.
 */
@Service
public class PeriodicReports {

    private static final String COORDINATOR = "hasRole('REVIEWER')";
    private static final String COORDINATOR_OR_SECRETARIAT = "hasAnyRole('REVIEWER', 'ADMIN')";

    private final PeriodicReportRepository reports;
    private final ReportReader reader;
    private final ReportDocument document;
    private final ReportSubmissions submissions;
    private final ScopeGuard guard;
    private final CurrentEntitlements entitlements;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PeriodicReports(PeriodicReportRepository reports, ReportReader reader, ReportDocument document, ReportSubmissions submissions,
            ScopeGuard guard, CurrentEntitlements entitlements, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.reports = reports;
        this.reader = reader;
        this.document = document;
        this.submissions = submissions;
        this.guard = guard;
        this.entitlements = entitlements;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in coordinator's report for the cycle, started (empty, in DRAFT) when the Party has none yet. */
    @PreAuthorize(COORDINATOR)
    @Transactional
    public ReportDetails forCycle(Long cycleId) {
        Long partyId = coordinator().scope().partyId();
        if (partyId == null) {
            throw new AccessDeniedException("A coordinator without a Party has no report");
        }
        PeriodicReport report = reports.findByPartyIdAndCycleId(partyId, cycleId)
                .orElseGet(() -> reports.save(new PeriodicReport(partyId, cycleId, null)));
        return reader.details(report);
    }

    /** A report with its measures and completeness: for its Party's coordinators and the Secretariat. */
    @PreAuthorize(COORDINATOR_OR_SECRETARIAT)
    @Transactional(readOnly = true)
    public ReportDetails details(Long reportId) {
        return reader.details(readable(reportId));
    }

    /**
     * Saves the report's texts and statistical annex, if nobody saved it since {@code loadedVersion}: otherwise a
     * {@link StaleReportException} says who did, and nothing is written.
     */
    @PreAuthorize(COORDINATOR)
    @Transactional
    public ReportDetails save(Long reportId, long loadedVersion, ReportContent content) {
        PeriodicReport report = writable(reportId);
        if (report.getVersion() != loadedVersion) {
            throw new StaleReportException(report.getUpdatedBy(), report.getUpdatedAt());
        }
        report.edit(content, actor(), clock.instant());
        return reader.details(reports.saveAndFlush(report));
    }

    /** The language the report's document is written in (en, fr, es). */
    @PreAuthorize(COORDINATOR)
    @Transactional
    public ReportDetails changeLanguage(Long reportId, String languageTag) {
        if (SupportedLanguages.ALL.stream().noneMatch(l -> l.getLanguage().equals(languageTag))) {
            throw new IllegalArgumentException("Not a supported language: " + languageTag);
        }
        PeriodicReport report = writable(reportId);
        report.changeLanguage(languageTag, actor(), clock.instant());
        return reader.details(reports.saveAndFlush(report));
    }

    /** Puts one of the Party's measures of the cycle into the report, or takes it out. */
    @PreAuthorize(COORDINATOR)
    @Transactional
    public ReportDetails choose(Long reportId, Long measureId, boolean included) {
        PeriodicReport report = writable(reportId);
        ReportMeasure measure = candidate(report, measureId);
        if (measure.civilSociety() && included) {
            throw new IllegalArgumentException("A civil-society contribution is accepted, not chosen");
        }
        if (included) {
            report.include(measureId, actor(), clock.instant());
        } else {
            report.exclude(measureId, actor(), clock.instant());
        }
        return reader.details(reports.saveAndFlush(report));
    }

    /** Takes a civil-society contribution into the report. */
    @PreAuthorize(COORDINATOR)
    @Transactional
    public ReportDetails acceptContribution(Long reportId, Long measureId) {
        PeriodicReport report = writable(reportId);
        requireContribution(report, measureId);
        report.acceptContribution(measureId, actor(), clock.instant());
        ReportDetails details = reader.details(reports.saveAndFlush(report));
        audit(details, "REPORT_CONTRIBUTION_ACCEPTED", "measure " + measureId);
        return details;
    }

    /** Leaves a civil-society contribution out, with a reason kept for its author. */
    @PreAuthorize(COORDINATOR)
    @Transactional
    public ReportDetails returnContribution(Long reportId, Long measureId, String reason) {
        PeriodicReport report = writable(reportId);
        requireContribution(report, measureId);
        report.returnContribution(measureId, reason, actor(), clock.instant());
        ReportDetails details = reader.details(reports.saveAndFlush(report));
        audit(details, "REPORT_CONTRIBUTION_RETURNED", "measure " + measureId + ": " + reason.strip());
        return details;
    }

    /**
     * Sends the report to the Secretariat: refused with {@link IncompleteReportException} (what each section
     * lacks) while a section is incomplete or an included measure is not published.
     */
    @PreAuthorize(COORDINATOR)
    @Transactional
    public ReportDetails submit(Long reportId, long loadedVersion) {
        PeriodicReport report = writable(reportId);
        if (report.getVersion() != loadedVersion) {
            throw new StaleReportException(report.getUpdatedBy(), report.getUpdatedAt());
        }
        ReportDetails before = reader.details(report);
        if (!before.isComplete()) {
            throw new IncompleteReportException(before.missing());
        }
        String actor = actor();
        report.submit(actor, clock.instant());
        ReportDetails details = reader.details(reports.saveAndFlush(report));
        submissions.start(reportId, report.getPartyId(), details.label());
        audit(details, "REPORT_SUBMITTED", null);
        events.publishEvent(new ReportStatusChanged(reportId, report.getPartyId(), details.label(),
                ReportStatus.SUBMITTED, actor, null));
        return details;
    }

    /** The report as a PDF in its language (any status): for its coordinators and the Secretariat. */
    @PreAuthorize(COORDINATOR_OR_SECRETARIAT)
    @Transactional(readOnly = true)
    public byte[] document(Long reportId) {
        return document.pdf(reader.details(readable(reportId)));
    }

    // ---- public reads: accepted reports only ----

    /** The PDF of an accepted report; empty for any other. */
    @Transactional(readOnly = true)
    public Optional<byte[]> acceptedDocument(Long reportId) {
        return acceptedReport(reportId).map(document::pdf);
    }

    /** The accepted reports, newest first; public. */
    @Transactional(readOnly = true)
    public List<ReportDetails> accepted() {
        return reports.findByStatus(ReportStatus.ACCEPTED).stream().map(reader::details)
                .sorted((a, b) -> b.report().acceptedAt().orElseThrow().compareTo(a.report().acceptedAt().orElseThrow()))
                .toList();
    }

    /** An accepted report; empty for any other (drafts and submitted reports are not public). */
    @Transactional(readOnly = true)
    public Optional<ReportDetails> acceptedReport(Long reportId) {
        return reports.findById(reportId).filter(r -> r.getStatus() == ReportStatus.ACCEPTED).map(reader::details);
    }

    // ---- driven by the workflow's decision (this module only) ----

    void decided(Long reportId, boolean accepted, String actor, String reason) {
        PeriodicReport report = reports.findById(reportId).orElseThrow();
        if (accepted) {
            report.accept(actor, clock.instant());
        } else {
            report.returnToCoordinator(actor, reason, clock.instant());
        }
        ReportDetails details = reader.details(reports.saveAndFlush(report));
        audit.recordReportStep(actor, accepted ? "REPORT_ACCEPTED" : "REPORT_RETURNED", "periodic report " + reportId
                + " (" + details.label() + ")" + (reason == null ? "" : ": " + reason));
        events.publishEvent(new ReportStatusChanged(reportId, report.getPartyId(), details.label(),
                report.getStatus(), actor, reason));
    }

    private PeriodicReport readable(Long reportId) {
        PeriodicReport report = reports.findById(reportId)
                .orElseThrow(() -> new IllegalArgumentException("No report " + reportId));
        guard.requireParty(report.getPartyId(), "periodic report " + reportId + " of party " + report.getPartyId());
        return report;
    }

    /** The report, if the signed-in user is a coordinator of its Party (evaluators and editors are not). */
    private PeriodicReport writable(Long reportId) {
        PeriodicReport report = reports.findById(reportId)
                .orElseThrow(() -> new IllegalArgumentException("No report " + reportId));
        CurrentUser user = coordinator();
        if (!user.has(Role.REVIEWER) || !Objects.equals(user.scope().partyId(), report.getPartyId())) {
            throw guard.denied("periodic report " + reportId + " of party " + report.getPartyId());
        }
        return report;
    }

    private ReportMeasure candidate(PeriodicReport report, Long measureId) {
        return reader.details(report).measures().stream().filter(m -> m.id().equals(measureId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Measure " + measureId + " is not a measure of the report's Party and cycle"));
    }

    private void requireContribution(PeriodicReport report, Long measureId) {
        if (!candidate(report, measureId).civilSociety()) {
            throw new IllegalArgumentException("Measure " + measureId + " is not a civil-society contribution");
        }
    }

    private void audit(ReportDetails details, String action, String detail) {
        audit.recordReportStep(actor(), action, "periodic report " + details.report().getId() + " ("
                + details.label() + ")" + (detail == null ? "" : ": " + detail));
    }

    /** The signed-in user's account as stored now (a changed scope counts at once). */
    private CurrentUser coordinator() {
        return entitlements.signedInUser()
                .orElseThrow(() -> new AccessDeniedException("Not signed in, or the account is deactivated"));
    }

    private String actor() {
        return coordinator().username();
    }
}
