package org.policymonitor.report;

/** Someone saved the report after this user loaded it; nothing was written, the user's text is still theirs. */
public class StaleReportException extends RuntimeException {

    private final String savedBy;
    private final java.time.Instant savedAt;

    StaleReportException(String savedBy, java.time.Instant savedAt) {
        super("The report was saved by " + savedBy + " meanwhile");
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public String savedBy() {
        return savedBy;
    }

    public java.time.Instant savedAt() {
        return savedAt;
    }
}
