package org.policymonitor.notification;

/** Why a user is notified. Each user can turn the e-mail of each kind off; the in-app list keeps them all. */
public enum NotificationKind {
    /** A review or sign-off task was offered or given to the user. */
    TASK_ASSIGNED,
    /** A measure of the user's ministry was returned, with the reason. */
    RETURNED,
    /** The user's organisation is asked to confirm its part in a measure. */
    PARTNER_CONFIRMATION,
    /** A partner confirmation is still waiting. */
    REMINDER,
    /** Partners did not answer in time; the reviewers are asked to step in. */
    ESCALATION,
    /** A measure of the user's ministry was published. */
    PUBLICATION,
    /** An administrator cancelled the submission of a measure of the user's ministry, with the reason. */
    CANCELLED,
    /** An administrator gave a task the user had taken to someone else. */
    TASK_REASSIGNED,
    /** The Secretariat returned the Party's periodic report to its coordinators, with the reason. */
    REPORT_RETURNED,
    /** The Secretariat accepted the Party's periodic report. */
    REPORT_ACCEPTED,
    /** The deadline of the Party's periodic report is near and it is not submitted yet. */
    REPORT_REMINDER;

    public String messageKey() {
        return "notification.kind." + name();
    }

    /**
     * The page a notification of this kind opens: the task list for work waiting, the editor for a returned
     * measure, the public page for a published one.
     */
    public String target(Long measureId) {
        return switch (this) {
            case TASK_ASSIGNED, PARTNER_CONFIRMATION, REMINDER, ESCALATION, TASK_REASSIGNED -> "inbox";
            case RETURNED, CANCELLED -> measureId == null ? "my-measures" : "measures/" + measureId + "/edit";
            case PUBLICATION -> measureId == null ? "catalogue" : "catalogue/measures/" + measureId;
            case REPORT_RETURNED, REPORT_ACCEPTED, REPORT_REMINDER -> "periodic-report";
        };
    }
}
