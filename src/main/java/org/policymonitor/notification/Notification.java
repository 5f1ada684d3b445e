package org.policymonitor.notification;

import java.time.Instant;

/** An entry of a user's in-app notification list. */
/** @param taskId the task it is about (a task offered or given to the user), else null */
public record Notification(Long id, NotificationKind kind, Long measureId, String measureTitle, String detail,
        Instant createdAt, Instant readAt, String taskId) {

    public boolean unread() {
        return readAt == null;
    }
}
