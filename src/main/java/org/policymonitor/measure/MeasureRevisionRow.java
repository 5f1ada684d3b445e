package org.policymonitor.measure;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of {@code measure_revision}: the content saved at one version, as JSON. Never updated. */
@Entity
@Table(name = "measure_revision")
class MeasureRevisionRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long measureId;
    private long version;
    private Instant savedAt;
    private String savedBy;
    private String snapshot;

    protected MeasureRevisionRow() {
    }

    MeasureRevisionRow(Long measureId, long version, Instant savedAt, String savedBy, String snapshot) {
        this.measureId = measureId;
        this.version = version;
        this.savedAt = savedAt;
        this.savedBy = savedBy;
        this.snapshot = snapshot;
    }

    Long getMeasureId() {
        return measureId;
    }

    long getVersion() {
        return version;
    }

    Instant getSavedAt() {
        return savedAt;
    }

    String getSavedBy() {
        return savedBy;
    }

    String getSnapshot() {
        return snapshot;
    }
}
