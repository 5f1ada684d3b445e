package org.policymonitor.report;

/** A step the report's status does not allow (e.g. accepting a draft, editing a submitted report). */
public class ReportStatusException extends IllegalStateException {

    private final ReportStatus from;
    private final ReportStatus to;

    ReportStatusException(ReportStatus from, ReportStatus to) {
        super(to == null ? "A report in status " + from + " cannot be changed"
                : "A report cannot move from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public ReportStatus from() {
        return from;
    }

    /** null: the report was to be edited, not moved. */
    public ReportStatus to() {
        return to;
    }
}
