package org.policymonitor.workflow;

/** How a step ended, as written in the step log. */
public enum StepOutcome {
    SUBMITTED, STARTED, APPROVED, RETURNED, CONFIRMED, DECLINED, REMINDER_SENT, ESCALATED, SIGNED_OFF, PUBLISHED,
    CANCELLED, REASSIGNED, WITHDRAWN,
    /** A claim handed back to the group because its holder's roles or scope changed. */
    RELEASED;

    public String messageKey() {
        return "workflow.outcome." + name();
    }
}
