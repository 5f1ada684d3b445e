package org.policymonitor.tracking;

import java.sql.Timestamp;

import org.policymonitor.measure.MeasureStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Remembers when each measure entered its current status, in the transaction of the change. */
@Component
class StageEntries {

    private final JdbcTemplate jdbc;

    StageEntries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
