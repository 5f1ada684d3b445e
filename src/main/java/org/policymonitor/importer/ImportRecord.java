package org.policymonitor.importer;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
class ImportRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String fingerprint;
    private Long partyId;
    private Long cycleId;
    private String titleKey;
    private Long measureId;
    private String sourceName;
    private Instant importedAt;
    private String importedBy;
    private String batchId;
    /** Set when the batch updated an earlier draft: the draft's version before, to restore on undo. */
    private Long versionBefore;

    protected ImportRecord() {
    }

    ImportRecord(String fingerprint, Long partyId, Long cycleId, String titleKey, Long measureId, String sourceName,
            Instant importedAt, String importedBy, String batchId) {
        this.fingerprint = fingerprint;
        this.partyId = partyId;
        this.cycleId = cycleId;
        this.titleKey = titleKey;
        this.measureId = measureId;
        this.sourceName = sourceName;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
        this.batchId = batchId;
    }

    void replacedBy(String newFingerprint, Instant at, String by, String newBatchId, long draftVersionBefore) {
        this.fingerprint = newFingerprint;
        this.importedAt = at;
        this.importedBy = by;
        this.batchId = newBatchId;
        this.versionBefore = draftVersionBefore;
    }

    /** After an undone update: the record stands for the restored content again, in no batch. */
    void restored(String restoredFingerprint) {
        this.fingerprint = restoredFingerprint;
        this.batchId = null;
        this.versionBefore = null;
    }

    String getFingerprint() {
        return fingerprint;
    }

    Long getMeasureId() {
        return measureId;
    }

    String getBatchId() {
        return batchId;
    }

    Long getVersionBefore() {
        return versionBefore;
    }

    String getSourceName() {
        return sourceName;
    }
}
