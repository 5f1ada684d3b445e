package org.policymonitor.report;

import java.util.List;
import java.util.Map;

/** A submit refused because a section is incomplete or an included measure is not yet published. */
public class IncompleteReportException extends IllegalStateException {

    private final Map<ReportSection, List<Missing>> missing;

    IncompleteReportException(Map<ReportSection, List<Missing>> missing) {
        super("The report is not complete: " + missing);
        this.missing = missing;
    }

    public Map<ReportSection, List<Missing>> missing() {
        return missing;
    }
}
