package org.policymonitor.workflow;

import java.time.Instant;

/**
 * One line of a submission's timeline: who did what at which step, when, and the comment or reason.
 *
 * @param actor username, or {@link SubmissionWorkflow#SYSTEM} for timers
 * @param subject what the step was about when not the whole measure (a partner organisation, a new assignee)
 */
public record StepLogEntry(Long measureId, WorkflowStep step, StepOutcome outcome, String actor, String subject,
        String comment, Instant at) {
}
