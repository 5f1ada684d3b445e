package org.policymonitor.tracking;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.policymonitor.audit.AuditTrail;
import org.policymonitor.party.Party;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.report.ReportDeadlines;
import org.policymonitor.party.ReportingCycle;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators set when each Party's report for a cycle is due. The date lives on the party module's
 * periodic report ({@link ReportDeadlines} sets it, creating the report when the Party has none for the cycle);
 * this records the change in the audit trail.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class CycleDeadlines {

    private final ReferenceData referenceData;
    private final ReportDeadlines deadlines;
    private final AuditTrail audit;
    private final AccountService accounts;

    CycleDeadlines(ReferenceData referenceData, ReportDeadlines deadlines, AuditTrail audit, AccountService accounts) {
        this.referenceData = referenceData;
        this.deadlines = deadlines;
        this.audit = audit;
        this.accounts = accounts;
    }

    /** Every Party for the cycle, with its deadline when one is set. */
    @Transactional(readOnly = true)
    public List<CycleDeadline> ofCycle(Long cycleId) {
        Optional<ReportingCycle> cycle = referenceData.cycle(cycleId);
        if (cycle.isEmpty()) {
            return List.of();
        }
        Map<Long, LocalDate> due = deadlines.all().stream().filter(d -> Objects.equals(d.cycleId(), cycleId))
                .collect(Collectors.toMap(ReportDeadlines.Deadline::partyId, ReportDeadlines.Deadline::dueDate));
        return referenceData.parties().stream().map(p -> new CycleDeadline(p.getId(), p.getName(), cycleId,
                cycle.get().getCode(), due.get(p.getId()))).toList();
    }

    @Transactional
    public void setDueDate(Long partyId, Long cycleId, LocalDate dueDate) {
        CurrentUser admin = accounts.currentUser().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        String cycle = referenceData.cycle(cycleId).map(ReportingCycle::getCode).orElseThrow();
        String party = referenceData.party(partyId).map(Party::getName).orElseThrow();
        Optional<LocalDate> previous = deadlines.setDueDate(partyId, cycleId, dueDate);
        audit.recordAdminAction(admin.username(), "DEADLINE_SET", null, party + " " + cycle + ": "
                + previous.map(LocalDate::toString).orElse("—") + " → " + (dueDate == null ? "—" : dueDate));
    }
}
