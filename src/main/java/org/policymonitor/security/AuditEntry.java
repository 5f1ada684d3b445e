package org.policymonitor.security;

import java.time.Instant;

/** One record of the security audit log: who ({@code username}) was concerned, who acted, and what happened. */
public record AuditEntry(Long id, Instant occurredAt, AuditEventType type, String username, String actor,
        String detail) {
}
