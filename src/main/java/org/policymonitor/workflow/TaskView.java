package org.policymonitor.workflow;

import java.time.Duration;
import java.time.Instant;

/**
 * An open task as the inbox shows it.
 *
 * @param partnerName for a partner confirmation, the organisation asked to confirm; else null
 * @param assignee username of the user who claimed it, or null while it is offered to a group
 * @param canClaim the current user may claim it (offered to one of their groups, not claimed)
 * @param canUnclaim the current user may hand it back to the group (they hold it, or they are an administrator)
 * @param canDecide the current user may complete it
 * @param onBehalf a partner confirmation the Party's reviewers give for an organisation without an account
 * @param audience who the task is offered to (the groups that must act while nobody holds it)
 * @param refusal why the four-eyes rule keeps the current user from acting on it (a message key), or null
 */
public record TaskView(String id, Long measureId, String measureTitle, WorkflowStep step, String partnerName,
        String assignee, Instant createdAt, Instant dueAt, boolean canClaim, boolean canUnclaim, boolean canDecide,
        boolean onBehalf, java.util.List<TaskAudience> audience, String refusal) {

    public TaskView {
        audience = audience == null ? java.util.List.of() : java.util.List.copyOf(audience);
    }

    public boolean overdue(Instant now) {
        return dueAt != null && dueAt.isBefore(now);
    }

    public Duration age(Instant now) {
        return createdAt == null ? Duration.ZERO : Duration.between(createdAt, now);
    }
}
