package org.policymonitor.report;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step in a report's life (submitted, returned with its reason, accepted): written once, never changed. */
@Entity
@Table(name = "report_event")
public class ReportEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private Instant happenedAt;
    @Column(updatable = false)
    private String actor;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ReportStatus status;
    @Column(updatable = false)
    private String reason;

    protected ReportEvent() {
    }

    ReportEvent(ReportStatus status, String actor, String reason, Instant at) {
        this.status = status;
        this.actor = actor;
        this.reason = reason;
        this.happenedAt = at;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public String getActor() {
        return actor;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }
}
