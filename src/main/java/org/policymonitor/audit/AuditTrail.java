package org.policymonitor.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail: append-only (nothing here updates or deletes), searchable by administrators. Written
 * with JDBC so it can be called while Hibernate is flushing (see the workflow's step-log events).
 */
@Service
public class AuditTrail {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditTrail(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an administrator's action; other modules call this for their administrative changes. */
    @Transactional
    public void recordAdminAction(String actor, String action, Long measureId, String detail) {
        append(new AuditEntry(null, clock.instant(), actor, AuditCategory.ADMIN_ACTION, action, measureId, null, null,
                null, detail));
    }

    /** Records a step of a periodic report (submitted, returned, accepted, a contribution decided). */
    @Transactional
    public void recordReportStep(String actor, String action, String detail) {
        append(new AuditEntry(null, clock.instant(), actor, AuditCategory.REPORT_STEP, action, null, null, null, null,
                detail));
    }

    @Transactional
    void append(AuditEntry e) {
        jdbc.update("insert into audit_entry (happened_at, actor, category, action, measure_id, field_name, old_value, "
                + "new_value, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Timestamp.from(e.at() == null ? clock.instant() : e.at()), e.actor() == null ? "system" : e.actor(),
                e.category().name(), e.action(), e.measureId(), e.field(), e.oldValue(), e.newValue(), e.detail());
    }

    /** Newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery query) {
        StringBuilder sql = new StringBuilder("select * from audit_entry where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (query.measureId() != null) {
            sql.append(" and measure_id = ?");
            args.add(query.measureId());
        }
        if (query.category() != null) {
            sql.append(" and category = ?");
            args.add(query.category().name());
        }
        if (query.from() != null) {
            sql.append(" and happened_at >= ?");
            args.add(Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            sql.append(" and happened_at < ?");
            args.add(Timestamp.from(query.to()));
        }
        if (query.text() != null && !query.text().isBlank()) {
            String like = "%" + query.text().strip().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_")
                    + "%";
            sql.append(" and (lower(actor) like ? or lower(action) like ? or lower(coalesce(field_name, '')) like ?"
                    + " or lower(coalesce(old_value, '')) like ? or lower(coalesce(new_value, '')) like ?"
                    + " or lower(coalesce(detail, '')) like ?)");
            for (int i = 0; i < 6; i++) {
                args.add(like);
            }
        }
        sql.append(" order by happened_at desc, id desc fetch first ? rows only");
        args.add(query.limit());
        return jdbc.query(sql.toString(), ROW, args.toArray());
    }

    private static final RowMapper<AuditEntry> ROW = (rs, n) -> new AuditEntry(rs.getLong("id"),
            rs.getTimestamp("happened_at").toInstant(), rs.getString("actor"),
            AuditCategory.valueOf(rs.getString("category")), rs.getString("action"),
            (Long) rs.getObject("measure_id", Long.class), rs.getString("field_name"), rs.getString("old_value"),
            rs.getString("new_value"), rs.getString("detail"));
}
