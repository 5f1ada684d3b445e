package org.policymonitor.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class WorkflowPropertiesTest {

    private static WorkflowProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("policymonitor.workflow", WorkflowProperties.class);
    }

    @Test
    void timeLimitsAreIsoDurationsWithDefaults() {
        WorkflowProperties properties = bind(Map.of(
                "policymonitor.workflow.partner-reminder", "P3D",
                "policymonitor.workflow.partner-escalation", "P10D"));

        assertThat(properties.partnerReminder()).isEqualTo(Duration.ofDays(3));
        assertThat(properties.partnerEscalation()).isEqualTo(Duration.ofDays(10));
        assertThat(properties.reviewDue()).isEqualTo(Duration.ofDays(14));
        assertThat(properties.signOffDue()).isEqualTo(Duration.ofDays(14));
    }

    @Test
    void withNothingConfiguredPartnersAreRemindedAfterAWeekAndEscalatedAfterTwo() {
        WorkflowProperties properties = bind(Map.of());

        assertThat(properties.partnerReminder()).isEqualTo(Duration.ofDays(7));
        assertThat(properties.partnerEscalation()).isEqualTo(Duration.ofDays(14));
        // the engine reads them as ISO-8601 durations
        assertThat(properties.partnerReminder().toString()).isEqualTo("PT168H");
    }
}
