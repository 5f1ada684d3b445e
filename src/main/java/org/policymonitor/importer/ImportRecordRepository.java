package org.policymonitor.importer;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImportRecordRepository extends JpaRepository<ImportRecord, Long> {

    Optional<ImportRecord> findFirstByPartyIdAndCycleIdAndFingerprint(Long partyId, Long cycleId, String fingerprint);

    Optional<ImportRecord> findFirstByPartyIdAndCycleIdAndTitleKey(Long partyId, Long cycleId, String titleKey);

    List<ImportRecord> findByBatchIdOrderById(String batchId);
}
