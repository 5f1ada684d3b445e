package org.policymonitor.security;

/** The columns of an account that decide whether a signed-in session may go on. */
record SessionState(boolean enabled, long securityStamp, boolean passwordChangeRequired) {
}
