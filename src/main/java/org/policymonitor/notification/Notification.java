package org.policymonitor.notification;

import java.time.Instant;

/** An entry of a user's in-app notification list. */
public record Notification(Long id, NotificationKind kind, Long measureId, String measureTitle, String detail,
        Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
