package org.policymonitor.report;

import java.time.LocalDate;

/** A report still with its coordinators is due soon (or overdue): they are reminded once per deadline. */
public record ReportReminderDue(Long reportId, Long partyId, String label, LocalDate dueDate) {
}
