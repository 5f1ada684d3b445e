package org.policymonitor.tracking;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.policymonitor.measure.MeasureStatus;
import org.policymonitor.measure.MeasureStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Remembers when each measure entered its current status, in the transaction of the change (table {@code tracking_stage}). */
@Component
class StageEntries {

    private final JdbcTemplate jdbc;

    /** The status a measure entered last, and when. */
    record Entered(MeasureStatus status, Instant at) {
    }

    StageEntries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** By measure id. A status no longer known (renamed) counts as no entry. */
    Map<Long, Entered> all() {
        Map<Long, Entered> entries = new HashMap<>();
        jdbc.query("select measure_id, status, entered_at from tracking_stage", row -> {
            String name = row.getString("status");
            MeasureStatus status = Arrays.stream(MeasureStatus.values()).filter(s -> s.name().equals(name))
                    .findFirst().orElse(null);
            if (status != null) {
                entries.put(row.getLong("measure_id"), new Entered(status, row.getTimestamp("entered_at").toInstant()));
            }
        });
        return entries;
    }

    @EventListener
    void on(MeasureStatusChanged event) {
        if (event.measureId() == null) {
            return;
        }
        Timestamp at = Timestamp.from(event.at());
        int updated = jdbc.update("update tracking_stage set status = ?, entered_at = ? where measure_id = ?",
                event.to().name(), at, event.measureId());
        if (updated == 0) {
            jdbc.update("insert into tracking_stage (measure_id, status, entered_at) values (?, ?, ?)",
                    event.measureId(), event.to().name(), at);
        }
    }
}
