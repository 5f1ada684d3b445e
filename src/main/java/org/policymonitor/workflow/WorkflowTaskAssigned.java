package org.policymonitor.workflow;

/**
 * A task of a submission was given to one user: claimed by them, or reassigned by an administrator.
 *
 * @param assignedBy the signed-in user who made the assignment, or {@link SubmissionWorkflow#SYSTEM}
 */
public record WorkflowTaskAssigned(String taskId, Long measureId, String measureTitle, WorkflowStep step,
        String assignee, String assignedBy) {

    /** The user took the task themselves (a claim), rather than being given it. */
    public boolean selfAssigned() {
        return assignee != null && assignee.equals(assignedBy);
    }
}
