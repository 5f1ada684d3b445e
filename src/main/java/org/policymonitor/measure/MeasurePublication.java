package org.policymonitor.measure;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * Row of {@code measure_publication}: one published version, stored as a JSON snapshot beside the
 * columns the catalogue filters on. Never updated except to clear {@code currentVersion}.
 */
@Entity
class MeasurePublication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long measureId;
    private int publicationNo;
    private Long partyId;
    private Long cycleId;
    private String title;
    private Instant publishedAt;
    private String publishedBy;
    @Column(name = "current_version")
    private boolean currentVersion;
    private String snapshot;

    protected MeasurePublication() {
    }

    MeasurePublication(PublishedMeasure published, String snapshotJson) {
        this.measureId = published.measureId();
        this.publicationNo = published.publicationNo();
        this.partyId = published.partyId();
        this.cycleId = published.cycleId();
        this.title = published.content().title();
        this.publishedAt = published.publishedAt();
        this.publishedBy = published.publishedBy();
        this.currentVersion = true;
        this.snapshot = snapshotJson;
    }

    void supersede() {
        this.currentVersion = false;
    }

    Long getId() {
        return id;
    }

    int getPublicationNo() {
        return publicationNo;
    }

    String getSnapshot() {
        return snapshot;
    }

    boolean isCurrentVersion() {
        return currentVersion;
    }
}
