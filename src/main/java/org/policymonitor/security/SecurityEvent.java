package org.policymonitor.security;

import java.time.Instant;

/** One security event (sign-in, lockout, account change, refused access) of the security audit log: who ({@code username}) was concerned, who acted, and what happened. */
public record SecurityEvent(Long id, Instant occurredAt, AuditEventType type, String username, String actor,
        String detail) {
}
