package org.policymonitor.workflow;

/** Returning, declining and cancelling need a written reason. */
public class ReasonRequiredException extends IllegalArgumentException {

    ReasonRequiredException() {
        super("A reason is required");
    }

    public String messageKey() {
        return "workflow.error.reasonRequired";
    }
}
