package org.policymonitor.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.policymonitor.security.ScopeGuard;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** When each Party's periodic report for a cycle is due: read by the status board, set by administrators. */
@Service
@Transactional(readOnly = true)
public class ReportDeadlines {

    /** A report's deadline; {@code dueDate} is null when none is set. */
    public record Deadline(Long partyId, Long cycleId, LocalDate dueDate) {
    }

    /**
     * Where a Party's report for a cycle stands, for the status board.
     *
     * @param late the deadline has passed and the report has not reached the Secretariat (neither submitted nor
     *        accepted): the one place this is decided
     */
    public record ReportState(Long reportId, Long partyId, Long cycleId, LocalDate dueDate, ReportStatus status,
            boolean late) {
    }

    private final PeriodicReportRepository reports;
    private final ScopeGuard guard;

    ReportDeadlines(PeriodicReportRepository reports, ScopeGuard guard) {
        this.reports = reports;
        this.guard = guard;
    }

    /** The deadline of every report that has one. */
    public List<Deadline> all() {
        return reports.findByDueDateIsNotNull().stream()
                .map(r -> new Deadline(r.getPartyId(), r.getCycleId(), r.getDueDate())).toList();
    }

    /** Every report with its status and whether it is late on {@code today}, optionally of one cycle (null: all). */
    public List<ReportState> states(Long cycleId, LocalDate today) {
        return reports.findAll().stream().filter(r -> cycleId == null || cycleId.equals(r.getCycleId()))
                .map(r -> new ReportState(r.getId(), r.getPartyId(), r.getCycleId(), r.getDueDate(), r.getStatus(),
                        r.getDueDate() != null && today.isAfter(r.getDueDate())
                                && r.getStatus().isEditable()))
                .toList();
    }

    /**
     * Sets (or with null, clears) the deadline, creating the Party's report for the cycle when it has none.
     * Returns the deadline before, empty when there was none.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Optional<LocalDate> setDueDate(Long partyId, Long cycleId, LocalDate dueDate) {
        Optional<PeriodicReport> existing = reports.findByPartyIdAndCycleId(partyId, cycleId);
        Optional<LocalDate> previous = existing.map(PeriodicReport::getDueDate);
        existing.ifPresentOrElse(report -> report.changeDueDate(dueDate),
                () -> reports.save(new PeriodicReport(partyId, cycleId, dueDate)));
        return previous;
    }

    /**
     * The Party's report for the cycle, created with the deadline when it has none (demo data and reference-data
     * loaders, which run without a signed-in user; a signed-in caller must be an administrator); an existing report
     * is left as it is.
     */
    @Transactional
    public void ensureReport(Long partyId, Long cycleId, LocalDate dueDate) {
        if (SecurityContextHolder.getContext().getAuthentication() != null) {
            guard.requireAdmin();
        }
        if (reports.findByPartyIdAndCycleId(partyId, cycleId).isEmpty()) {
            reports.save(new PeriodicReport(partyId, cycleId, dueDate));
        }
    }
}
