package org.policymonitor.workflow;

/**
 * An administrator gave a task that {@code previousAssignee} had taken to someone else, so the previous holder
 * learns it is no longer theirs. Published in the reassigning transaction.
 */
public record WorkflowTaskTakenAway(String taskId, Long measureId, WorkflowStep step, String previousAssignee,
        String newAssignee) {
}
