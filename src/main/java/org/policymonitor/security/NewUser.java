package org.policymonitor.security;

import java.util.Set;

/** What an administrator fills in to invite a user. */
public record NewUser(String username, String displayName, String email, Set<Role> roles, Scope scope) {
}
