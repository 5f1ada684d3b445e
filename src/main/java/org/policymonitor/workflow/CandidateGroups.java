package org.policymonitor.workflow;

import java.util.LinkedHashSet;
import java.util.Set;

import org.policymonitor.security.CurrentUser;
import org.policymonitor.security.Role;
import org.policymonitor.security.Scope;

/**
 * The groups tasks are offered to. Users and roles live in the app's own tables, not Flowable's identity
 * tables: a task names a group such as {@code reviewer:12}, and a user belongs to it through a role and
 * its scope (a REVIEWER whose scope is Party 12).
 */
final class CandidateGroups {

    private CandidateGroups() {
    }

    static String reviewers(Long partyId) {
        return "reviewer:" + partyId;
    }

    static String evaluators(Long partyId) {
        return "evaluator:" + partyId;
    }

    static String partner(Long partnerOrganisationId) {
        return "partner:" + partnerOrganisationId;
    }

    static Set<String> of(CurrentUser user) {
        Set<String> groups = new LinkedHashSet<>();
        Scope scope = user.scope();
        if (user.has(Role.REVIEWER) && scope.partyId() != null) {
            groups.add(reviewers(scope.partyId()));
        }
        if (user.has(Role.EVALUATOR) && scope.partyId() != null) {
            groups.add(evaluators(scope.partyId()));
        }
        if (user.has(Role.PARTNER) && scope.partnerOrganisationId() != null) {
            groups.add(partner(scope.partnerOrganisationId()));
        }
        return groups;
    }
}
