package org.policymonitor.security;

/** An enabled user as other modules may reach them (notifications, the status board). {@code email} may be null. */
public record Contact(String username, String displayName, String email, String preferredLanguage) {
}
