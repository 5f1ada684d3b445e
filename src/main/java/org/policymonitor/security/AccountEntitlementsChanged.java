package org.policymonitor.security;

/**
 * An account's roles or scope changed, or it was deactivated: what it was entitled to before may no longer
 * hold (published in the transaction of the change).
 */
public record AccountEntitlementsChanged(String username) {
}
