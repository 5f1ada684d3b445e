package org.policymonitor.workflow;

/** What a reviewer, partner contact or evaluator decides on their task. */
public enum Decision {
    APPROVE(StepOutcome.APPROVED, false),
    RETURN(StepOutcome.RETURNED, true),
    CONFIRM(StepOutcome.CONFIRMED, false),
    DECLINE(StepOutcome.DECLINED, true),
    SIGN_OFF(StepOutcome.SIGNED_OFF, false);

    private final StepOutcome outcome;
    private final boolean reasonRequired;

    Decision(StepOutcome outcome, boolean reasonRequired) {
        this.outcome = outcome;
        this.reasonRequired = reasonRequired;
    }

    public StepOutcome outcome() {
        return outcome;
    }

    /** Returning and declining need a written reason; it is kept for good on the measure's timeline. */
    public boolean reasonRequired() {
        return reasonRequired;
    }

    public String messageKey() {
        return "workflow.decision." + name();
    }
}
