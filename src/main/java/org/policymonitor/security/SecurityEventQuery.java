package org.policymonitor.security;

import java.time.Instant;

/** Filter for the security events (not the audit trail of measures: {@code audit.AuditQuery}); every field is optional. {@code username} matches the concerned user or the actor. */
public record SecurityEventQuery(String username, AuditEventType type, Instant from, Instant to, int limit) {

    public static SecurityEventQuery all() {
        return new SecurityEventQuery(null, null, null, null, 500);
    }
}
