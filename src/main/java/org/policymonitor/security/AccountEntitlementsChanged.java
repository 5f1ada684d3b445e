package org.policymonitor.security;

/**
 * Published (inside the administrator's transaction) when a user's roles or scope change or the account is
 * deactivated: what the user may do has changed, their open sessions are ended, and whatever they hold on to
 * under their old rights (claimed tasks) should be let go.
 */
public record AccountEntitlementsChanged(Long userId, String username) {
}
