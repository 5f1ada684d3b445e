package org.policymonitor.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.policymonitor.measure.MeasureStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Gauge {@code policymonitor.measures{status=...}}: how many measures stand in each status. The counts come
 * from one grouped query, run at most once per
 * {@code policymonitor.ops.measure-metrics-max-age} (15 s) however often the metrics are scraped.
 */
@Component
class MeasureMetrics {

    private final JdbcTemplate jdbc;
    private final Duration maxAge;
    private final Clock clock;
    private Map<MeasureStatus, Long> counts = new EnumMap<>(MeasureStatus.class);
    private Instant countedAt = Instant.MIN;

    MeasureMetrics(JdbcTemplate jdbc, Clock clock, MeterRegistry registry,
            @Value("${policymonitor.ops.measure-metrics-max-age:15s}") Duration maxAge) {
        this.jdbc = jdbc;
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
            Map<MeasureStatus, Long> fresh = new EnumMap<>(MeasureStatus.class);
            // Plain SQL on the measure table: the measure module's service has no per-status count, and a
            // grouped count is the cheapest way to get all eight at once.
            jdbc.query("select status, count(*) from measure group by status",
                    row -> {
                        fresh.put(MeasureStatus.valueOf(row.getString(1)), row.getLong(2));
                    });
            counts = fresh;
            countedAt = now;
        }
        return counts.getOrDefault(status, 0L);
    }
}
