package org.policymonitor.workflow;

/**
 * The Secretariat decided on a submitted periodic report. Published in the transaction of the decision; the
 * report module listens and moves the report (the workflow knows nothing of the report module).
 *
 * @param reason the return's reason; null when accepted
 */
public record ReportReviewDecided(Long reportId, boolean accepted, String actor, String reason) {
}
