package org.policymonitor.workflow;

/** A line was added to a submission's step log; published in the transaction that wrote it. */
public record WorkflowStepRecorded(StepLogEntry entry) {
}
