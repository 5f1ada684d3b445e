package org.policymonitor.report;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The coordinator's decision on a civil-society contribution: taken into the report, or returned with a reason
 * for its author. Each decision is a row of its own, so an earlier return and its reason stay.
 */
@Entity
@Table(name = "report_contribution")
public class ContributionDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private Long measureId;
    @Column(updatable = false)
    private boolean accepted;
    @Column(updatable = false)
    private String reason;
    @Column(updatable = false)
    private String decidedBy;
    @Column(updatable = false)
    private Instant decidedAt;

    protected ContributionDecision() {
    }

    ContributionDecision(Long measureId, boolean accepted, String reason, String decidedBy, Instant decidedAt) {
        this.measureId = measureId;
        this.accepted = accepted;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Long getMeasureId() {
        return measureId;
    }

    public boolean isAccepted() {
        return accepted;
    }

    public String getReason() {
        return reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
