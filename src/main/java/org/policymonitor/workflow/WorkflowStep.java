package org.policymonitor.workflow;

import java.util.List;

/** A step of a submission as the timeline and the inbox name it. */
public enum WorkflowStep {
    SUBMISSION,
    REVIEW,
    PARTNER_CONFIRMATION,
    SIGN_OFF,
    PUBLICATION,
    CANCELLATION,
    REASSIGNMENT,
    WITHDRAWAL;

    /** The decisions a user can take on a task of this step (none for steps that are not tasks). */
    public List<Decision> decisions() {
        return switch (this) {
            case REVIEW -> List.of(Decision.APPROVE, Decision.RETURN);
            case PARTNER_CONFIRMATION -> List.of(Decision.CONFIRM, Decision.DECLINE);
            case SIGN_OFF -> List.of(Decision.SIGN_OFF, Decision.RETURN);
            default -> List.of();
        };
    }

    /** The user task of the process for this step, or null. */
    String taskDefinitionKey() {
        return switch (this) {
            case REVIEW -> "review";
            case PARTNER_CONFIRMATION -> "confirmPartner";
            case SIGN_OFF -> "signOff";
            default -> null;
        };
    }

    static WorkflowStep ofTaskDefinitionKey(String key) {
        for (WorkflowStep step : values()) {
            if (key != null && key.equals(step.taskDefinitionKey())) {
                return step;
            }
        }
        throw new IllegalArgumentException("Not a task of the submission process: " + key);
    }

    public String messageKey() {
        return "workflow.step." + name();
    }
}
