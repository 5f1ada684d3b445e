package org.policymonitor.workflow;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.jpa.repository.JpaRepository;

/** A row of {@code workflow_party_policy}: a Party whose administrators changed its four-eyes rule. */
@Entity
@Table(name = "workflow_party_policy")
class PartyWorkflowPolicy {

    @Id
    private Long partyId;
    private boolean samePersonStepsAllowed;
    private String changedBy;
    private Instant changedAt;
    @Version
    private long version;

    protected PartyWorkflowPolicy() {
    }

    PartyWorkflowPolicy(Long partyId) {
        this.partyId = partyId;
    }

    void change(boolean allowed, String actor, Instant now) {
        this.samePersonStepsAllowed = allowed;
        this.changedBy = actor;
        this.changedAt = now;
    }

    Long getPartyId() {
        return partyId;
    }

    boolean isSamePersonStepsAllowed() {
        return samePersonStepsAllowed;
    }

    String getChangedBy() {
        return changedBy;
    }

    Instant getChangedAt() {
        return changedAt;
    }
}

interface PartyWorkflowPolicyRepository extends JpaRepository<PartyWorkflowPolicy, Long> {
}
