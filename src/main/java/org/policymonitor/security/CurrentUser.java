package org.policymonitor.security;

import java.io.Serializable;
import java.util.Set;

/** The signed-in user as the rest of the application sees it. */
public record CurrentUser(Long id, String username, String displayName, Set<Role> roles, Scope scope,
        String preferredLanguage) implements Serializable {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }
}
