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

    protected ImportRecord() {
    }

    ImportRecord(String fingerprint, Long partyId, Long cycleId, String titleKey, Long measureId, String sourceName,
            Instant importedAt, String importedBy) {
        this.fingerprint = fingerprint;
        this.partyId = partyId;
        this.cycleId = cycleId;
        this.titleKey = titleKey;
        this.measureId = measureId;
        this.sourceName = sourceName;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
    }

    void replacedBy(String newFingerprint, Instant at, String by) {
        this.fingerprint = newFingerprint;
        this.importedAt = at;
        this.importedBy = by;
    }

    String getFingerprint() {
        return fingerprint;
    }

    Long getMeasureId() {
        return measureId;
    }
}
