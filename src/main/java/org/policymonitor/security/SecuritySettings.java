package org.policymonitor.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code policymonitor.security.*}: lockout after {@code max-failed-sign-ins} failures for
 * {@code lockout-duration}; at most {@code address-max-failed-sign-ins} failures per client address within
 * {@code address-window} (for any usernames); the minimum length of a new password; how long a one-time
 * password (invite, reset, setup) is valid; and optional OpenID Connect sign-in.
 */
@ConfigurationProperties("policymonitor.security")
public record SecuritySettings(
        @DefaultValue("5") int maxFailedSignIns,
        @DefaultValue("15m") Duration lockoutDuration,
        @DefaultValue("20") int addressMaxFailedSignIns,
        @DefaultValue("15m") Duration addressWindow,
        @DefaultValue("10") int minPasswordLength,
        @DefaultValue("7d") Duration oneTimePasswordValidity,
        @DefaultValue Oidc oidc) {

    /** Single sign-on: off by default; the registrations come from {@code spring.security.oauth2.client.*}. */
    public record Oidc(@DefaultValue("false") boolean enabled) {
    }
}
