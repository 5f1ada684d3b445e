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
    PUBLICATION;

    public String messageKey() {
        return "notification.kind." + name();
    }
}
