package org.policymonitor.workflow;

import java.time.Instant;

/** A submitted report waiting for the Secretariat. */
public record ReportReview(Long reportId, Long partyId, String label, String submittedBy, Instant submittedAt) {
}
