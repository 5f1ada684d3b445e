package org.policymonitor.security;

import java.util.concurrent.atomic.AtomicInteger;

import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.party.Party;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.report.PeriodicReports;
import org.policymonitor.report.ReportContent;
import org.policymonitor.report.ReportDetails;
import org.policymonitor.report.StatisticRow;
import org.policymonitor.testsupport.SignedIn;
import org.policymonitor.tracking.SubmissionFixtures;
import org.policymonitor.workflow.ReportSubmissions;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The access matrix's periodic reports, of the sample Party (Mongolia): for each call a report of a cycle of its own
 * (a Party has one report per cycle) in the state the call needs (a complete draft with a published measure and a
 * civil-society contribution; submitted), and one accepted report for the public reads and the API.
 */
final class MatrixReports {

    /** A report of the sample Party in a fresh cycle, with the measures the calls choose. */
    record Fresh(Long reportId, long version, Long measure, Long contribution) {
    }

    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(1100);

    private final PeriodicReports reports;
    private final ReportSubmissions submissions;
    private final MeasureService measures;
    private final ReferenceData referenceData;
    private final AccountService accounts;
    private final Fresh accepted;
    private Fresh current;

    MatrixReports(PeriodicReports reports, ReportSubmissions submissions, MeasureService measures,
            ReferenceData referenceData, AccountService accounts) {
        this.reports = reports;
        this.submissions = submissions;
        this.measures = measures;
        this.referenceData = referenceData;
        this.accounts = accounts;
        Fresh submitted = submitted();
        SignedIn.as(accounts, "m.admin", () -> {
            submissions.accept(submitted.reportId());
            return null;
        });
        this.accepted = submitted;
        SecurityContextHolder.clearContext();
    }

    static boolean handles(String method, String name) {
        return (method.startsWith("PeriodicReports.") || method.startsWith("ReportSubmissions."))
                && (name.equals("reportid") || name.equals("loadedversion") || name.equals("measureid")
                        || name.equals("content") || name.equals("label"));
    }

    Object value(String method, String name) {
        return switch (name) {
            case "reportid" -> {
                current = switch (method) {
                    case "PeriodicReports.acceptedReport", "PeriodicReports.acceptedDocument" -> accepted;
                    case "ReportSubmissions.accept", "ReportSubmissions.returnReport" -> submitted();
                    default -> fresh();
                };
                yield current.reportId();
            }
            case "loadedversion" -> current.version();
            case "measureid" -> method.contains("Contribution") ? current.contribution() : current.measure();
            case "content" -> content();
            case "label" -> "Matrix report";
            default -> throw new IllegalStateException(name);
        };
    }

    Long acceptedReport() {
        return accepted.reportId();
    }

    private Fresh submitted() {
        Fresh fresh = fresh();
        SignedIn.as(accounts, "m.reviewer", () -> reports.submit(fresh.reportId(), fresh.version()));
        SecurityContextHolder.clearContext();
        return fresh;
    }

    /** A complete draft of the sample Party in a new cycle, containing a published measure. */
    private Fresh fresh() {
        SecurityContextHolder.clearContext();
        int start = NEXT_YEAR.getAndAdd(4);
        Long cycle = referenceData.cycle(start, start + 3, "FORM_2020").getId();
        Party mongolia = referenceData.partyByIso("MN").orElseThrow();
        Long ministry = referenceData.ministryOf(mongolia, "Ministry of Culture").getId();
        Long measure = measures.importAsPublished(mongolia.getId(), ministry, cycle, FormVersion.FORM_2020,
                SubmissionFixtures.content("Matrix report measure " + start, java.util.List.of()), false, "matrix")
                .measureId();
        Long contribution = measures.importAsPublished(mongolia.getId(), ministry, cycle, FormVersion.FORM_2020,
                SubmissionFixtures.content("Matrix contribution " + start, java.util.List.of()), true, "matrix")
                .measureId();
        ReportDetails ready = SignedIn.as(accounts, "m.reviewer", () -> {
            ReportDetails empty = reports.forCycle(cycle);
            reports.save(empty.report().getId(), empty.report().getVersion(), content());
            return reports.choose(empty.report().getId(), measure, true);
        });
        SecurityContextHolder.clearContext();
        return new Fresh(ready.report().getId(), ready.report().getVersion(), measure, contribution);
    }

    private static ReportContent content() {
        return new ReportContent("Matrix contact", "Matrix address", "+1 555 0100", "matrix@example.org", "Summary",
                "Consultation", "Transversal issues", "Challenges", null,
                java.util.List.of(new StatisticRow("Indicator", "1", 2022, "Source")));
    }
}
