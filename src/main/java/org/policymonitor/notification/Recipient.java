package org.policymonitor.notification;

/** A user to notify, as the security module lists them. {@code email} may be null (no e-mail then). */
public record Recipient(String username, String displayName, String email, String preferredLanguage) {
}
