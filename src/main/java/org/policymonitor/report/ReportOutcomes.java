package org.policymonitor.report;

import org.policymonitor.workflow.ReportReviewDecided;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The Secretariat's decision, from the workflow, moves the report in the same transaction. */
@Component
class ReportOutcomes {

    private final PeriodicReports reports;

    ReportOutcomes(PeriodicReports reports) {
        this.reports = reports;
    }

    @EventListener
    void on(ReportReviewDecided event) {
        reports.decided(event.reportId(), event.accepted(), event.actor(), event.reason());
    }
}
