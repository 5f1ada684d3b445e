package org.policymonitor.workflow;

/**
 * The task can no longer be acted on by this user: someone else completed or claimed it first, or the
 * submission ended. {@link #messageKey()} says which, in the user's language.
 */
public class TaskNotAvailableException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    TaskNotAvailableException(String messageKey, String message, Object... arguments) {
        super(message);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    static TaskNotAvailableException gone(String taskId) {
        return new TaskNotAvailableException("workflow.error.taskGone",
                "Task " + taskId + " was completed by someone else or its submission ended");
    }

    static TaskNotAvailableException claimedBy(String taskId, String assignee) {
        return new TaskNotAvailableException("workflow.error.taskClaimed",
                "Task " + taskId + " is claimed by " + assignee, assignee);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
