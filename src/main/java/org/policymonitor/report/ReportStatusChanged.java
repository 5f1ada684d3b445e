package org.policymonitor.report;

/**
 * A report moved to {@code to}: published after the step, for notifications (the coordinators are told of a
 * return or an acceptance).
 *
 * @param label the report as people name it, e.g. "Mongolia 2020-2023"
 */
public record ReportStatusChanged(Long reportId, Long partyId, String label, ReportStatus to, String actor,
        String reason) {
}
