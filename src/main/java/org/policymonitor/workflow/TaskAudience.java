package org.policymonitor.workflow;

import java.util.Optional;

import org.policymonitor.security.Role;

/**
 * Who a task is offered to, as a role and its scope: the readable form of a candidate group (see
 * {@link CandidateGroups}), so other modules need not know the group naming.
 */
public record TaskAudience(Role role, Long partyId, Long partnerOrganisationId) {

    static Optional<TaskAudience> ofGroup(String group) {
        if (group == null) {
            return Optional.empty();
        }
        int colon = group.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        Long id;
        try {
            id = Long.valueOf(group.substring(colon + 1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return switch (group.substring(0, colon)) {
            case "reviewer" -> Optional.of(new TaskAudience(Role.REVIEWER, id, null));
            case "evaluator" -> Optional.of(new TaskAudience(Role.EVALUATOR, id, null));
            case "partner" -> Optional.of(new TaskAudience(Role.PARTNER, null, id));
            default -> Optional.empty();
        };
    }
}
