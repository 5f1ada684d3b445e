package org.policymonitor.security;

import java.nio.charset.StandardCharsets;

/**
 * The limit every new password is held to besides its minimum length: BCrypt reads at most 72 bytes, so a
 * longer password would be silently cut (or refused by the encoder). The limit is on UTF-8 bytes, not
 * characters: "é" is two bytes, most CJK characters three.
 */
public final class PasswordRules {

    public static final int MAX_BYTES = 72;

    private PasswordRules() {
    }

    public static boolean tooLong(String password) {
        return password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }
}
