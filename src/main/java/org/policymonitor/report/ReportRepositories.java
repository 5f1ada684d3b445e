package org.policymonitor.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PeriodicReportRepository extends JpaRepository<PeriodicReport, Long> {
    Optional<PeriodicReport> findByPartyIdAndCycleId(Long partyId, Long cycleId);

    List<PeriodicReport> findByDueDateIsNotNull();

    List<PeriodicReport> findByStatus(ReportStatus status);
}
