package org.policymonitor.security;

import java.time.Instant;

/**
 * A user and the one-time password an administrator hands over (invitation, reset or setup); shown once, never
 * stored. It must be replaced at the first sign-in and stops working at {@code expiresAt}.
 */
public record IssuedPassword(UserSummary user, String oneTimePassword, Instant expiresAt) {

    @Override
    public String toString() {
        return "IssuedPassword[" + user.username() + "]";
    }
}
