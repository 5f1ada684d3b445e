package org.policymonitor.security;

import java.time.Instant;

/** Filter for the audit log; every field is optional. {@code username} matches the concerned user or the actor. */
public record AuditQuery(String username, AuditEventType type, Instant from, Instant to, int limit) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, 500);
    }
}
