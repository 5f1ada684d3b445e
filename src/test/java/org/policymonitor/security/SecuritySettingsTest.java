package org.policymonitor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class SecuritySettingsTest {

    @Test
    void defaultsAreFiveFailuresAndFifteenMinutes() {
        SecuritySettings settings = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("policymonitor.security", SecuritySettings.class);
        assertThat(settings.maxFailedSignIns()).isEqualTo(5);
        assertThat(settings.lockoutDuration()).isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.minPasswordLength()).isEqualTo(10);
        assertThat(settings.oidc().enabled()).isFalse();
    }

    @Test
    void propertiesOverrideTheDefaults() {
        SecuritySettings settings = new Binder(new MapConfigurationPropertySource(Map.of(
                "policymonitor.security.max-failed-sign-ins", "3",
                "policymonitor.security.lockout-duration", "1h",
                "policymonitor.security.oidc.enabled", "true")))
                .bindOrCreate("policymonitor.security", SecuritySettings.class);
        assertThat(settings.maxFailedSignIns()).isEqualTo(3);
        assertThat(settings.lockoutDuration()).isEqualTo(Duration.ofHours(1));
        assertThat(settings.oidc().enabled()).isTrue();
    }
}
