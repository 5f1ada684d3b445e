package org.policymonitor.report;

import java.util.Map;

/** A save refused because a field is too long or malformed; nothing was written. */
public class InvalidReportContentException extends IllegalArgumentException {

    private final Map<String, String> problems;

    InvalidReportContentException(Map<String, String> problems) {
        super("Report content refused: " + problems);
        this.problems = Map.copyOf(problems);
    }

    /** Message key by field name (see {@link ReportLimits#problems}). */
    public Map<String, String> problems() {
        return problems;
    }
}
