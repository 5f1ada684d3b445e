package org.policymonitor.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "security_audit_event")
class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant occurredAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "event_type")
    private AuditEventType type;
    private String username;
    private String actor;
    private String detail;

    protected AuditRecord() {
    }

    AuditRecord(Instant occurredAt, AuditEventType type, String username, String actor, String detail) {
        this.occurredAt = occurredAt;
        this.type = type;
        this.username = truncate(username, 100);
        this.actor = truncate(actor, 100);
        this.detail = truncate(detail, 2000);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    SecurityEvent toEntry() {
        return new SecurityEvent(id, occurredAt, type, username, actor, detail);
    }
}
