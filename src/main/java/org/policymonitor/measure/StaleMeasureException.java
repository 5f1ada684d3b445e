package org.policymonitor.measure;

/** Someone saved the measure after the caller loaded it: the caller's version is stale. */
public class StaleMeasureException extends RuntimeException {

    private final Long measureId;
    private final long expectedVersion;
    private final long actualVersion;
    private final String lastChangedBy;

    public StaleMeasureException(Long measureId, long expectedVersion, long actualVersion, String lastChangedBy) {
        super("Measure " + measureId + " was saved by " + lastChangedBy + " (version " + actualVersion
                + ") after version " + expectedVersion + " was loaded");
        this.measureId = measureId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
        this.lastChangedBy = lastChangedBy;
    }

    public Long measureId() {
        return measureId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long actualVersion() {
        return actualVersion;
    }

    public String lastChangedBy() {
        return lastChangedBy;
    }
}
