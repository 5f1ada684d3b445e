package org.policymonitor.workflow;

import java.time.Instant;
import java.util.List;

/** Partners have not answered within the escalation period; the reviewers of the Party are asked to step in. */
public record PartnerConfirmationEscalated(Long measureId, Long partyId, String measureTitle,
        List<String> pendingPartners, Instant at) {
}
