package org.policymonitor.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.policymonitor.measure.MeasureCounts;
import org.policymonitor.measure.MeasureStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Gauge {@code policymonitor.measures{status=...}}: how many measures stand in each status. The counts come
 * from the measure module's one grouped query ({@link MeasureCounts}), run at most once per
 * {@code policymonitor.ops.measure-metrics-max-age} (15 s) however often the metrics are scraped.
 */
@Component
class MeasureMetrics {

    private final MeasureCounts measures;
    private final Duration maxAge;
    private final Clock clock;
    private Map<MeasureStatus, Long> counts = new EnumMap<>(MeasureStatus.class);
    private Instant countedAt = Instant.MIN;

    MeasureMetrics(MeasureCounts measures, Clock clock, MeterRegistry registry,
            @Value("${policymonitor.ops.measure-metrics-max-age:15s}") Duration maxAge) {
        this.measures = measures;
        this.maxAge = maxAge;
        this.clock = clock;
        for (MeasureStatus status : MeasureStatus.values()) {
            Gauge.builder("policymonitor.measures", this, metrics -> metrics.count(status))
                    .description("Measures in each status")
                    .tag("status", status.name())
                    .register(registry);
        }
    }

    synchronized double count(MeasureStatus status) {
        Instant now = clock.instant();
        if (!countedAt.plus(maxAge).isAfter(now)) {
            counts = measures.byStatus();
            countedAt = now;
        }
        return counts.getOrDefault(status, 0L);
    }
}
