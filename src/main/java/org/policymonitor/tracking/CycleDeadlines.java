package org.policymonitor.tracking;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.policymonitor.audit.AuditTrail;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators set when each Party's report for a cycle is due. The date lives on the party module's
 * {@code periodic_report} row, which has no setter yet; this writes the one column with JDBC (creating the
 * report row when the Party has none for the cycle) and records the change in the audit trail.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class CycleDeadlines {

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final AccountService accounts;

    CycleDeadlines(JdbcTemplate jdbc, AuditTrail audit, AccountService accounts) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.accounts = accounts;
    }

    /** Every Party for the cycle, with its deadline when one is set. */
    @Transactional(readOnly = true)
    public List<CycleDeadline> ofCycle(Long cycleId) {
        return jdbc.query("""
                select p.id party_id, p.name party_name, c.id cycle_id, c.code, r.due_date
                from party p cross join reporting_cycle c
                left join periodic_report r on r.party_id = p.id and r.cycle_id = c.id
                where c.id = ? order by p.name
                """, (rs, n) -> new CycleDeadline(rs.getLong("party_id"), rs.getString("party_name"),
                rs.getLong("cycle_id"), rs.getString("code"),
                rs.getDate("due_date") == null ? null : rs.getDate("due_date").toLocalDate()), cycleId);
    }

    @Transactional
    public void setDueDate(Long partyId, Long cycleId, LocalDate dueDate) {
        CurrentUser admin = accounts.currentUser().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        Date value = dueDate == null ? null : Date.valueOf(dueDate);
        List<LocalDate> previous = jdbc.query("select due_date from periodic_report where party_id = ? and cycle_id = ?",
                (rs, n) -> rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate(), partyId, cycleId);
        if (previous.isEmpty()) {
            jdbc.update("insert into periodic_report (party_id, cycle_id, due_date, version) values (?, ?, ?, 0)",
                    partyId, cycleId, value);
        } else {
            jdbc.update("update periodic_report set due_date = ?, version = version + 1 where party_id = ? and cycle_id = ?",
                    value, partyId, cycleId);
        }
        String cycle = jdbc.queryForObject("select code from reporting_cycle where id = ?", String.class, cycleId);
        String party = jdbc.queryForObject("select name from party where id = ?", String.class, partyId);
        audit.recordAdminAction(admin.username(), "DEADLINE_SET", null, party + " " + cycle + ": "
                + (previous.isEmpty() || previous.getFirst() == null ? "—" : previous.getFirst()) + " → "
                + (dueDate == null ? "—" : dueDate));
    }
}
