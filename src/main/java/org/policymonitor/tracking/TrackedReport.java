package org.policymonitor.tracking;

import java.time.LocalDate;

import org.policymonitor.report.ReportStatus;

/**
 * A Party's periodic report as the board shows it.
 *
 * @param late the deadline has passed and the report has not reached the Secretariat
 */
public record TrackedReport(Long reportId, Long partyId, String partyName, Long cycleId, String cycleCode,
        ReportStatus status, LocalDate dueDate, boolean late) {
}
