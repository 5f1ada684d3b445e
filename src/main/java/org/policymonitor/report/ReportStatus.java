package org.policymonitor.report;

import java.util.EnumSet;
import java.util.Set;

/** Where a periodic report stands. The allowed moves are listed here once; the report refuses anything else. */
public enum ReportStatus {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED;

    public Set<ReportStatus> allowedNext() {
        return switch (this) {
            case DRAFT, RETURNED -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(RETURNED, ACCEPTED);
            case ACCEPTED -> EnumSet.noneOf(ReportStatus.class);
        };
    }

    public boolean canMoveTo(ReportStatus target) {
        return allowedNext().contains(target);
    }

    /** The coordinator may change the report only while it is with them. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    public String messageKey() {
        return "report.status." + name();
    }
}
