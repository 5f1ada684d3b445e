package org.policymonitor.security;

import java.time.Instant;
import java.util.Set;

/** A user account as administrators see it. {@code lockedUntil} is null unless the account is locked now. */
public record UserSummary(Long id, String username, String displayName, String email, Set<Role> roles, Scope scope,
        boolean enabled, Instant lockedUntil, int failedSignIns) {

    public UserSummary {
        roles = Set.copyOf(roles);
    }

    public boolean locked() {
        return lockedUntil != null;
    }
}
