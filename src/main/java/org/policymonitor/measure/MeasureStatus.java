package org.policymonitor.measure;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a measure stands. The allowed moves between statuses are listed here once; the measure's
 * methods go through {@link #canMoveTo(MeasureStatus)} and refuse anything else.
 */
public enum MeasureStatus {
    DRAFT, SUBMITTED, IN_REVIEW, RETURNED, AWAITING_PARTNERS, AWAITING_SIGN_OFF, PUBLISHED, WITHDRAWN;

    private static final Set<MeasureStatus> IN_PROCESS = EnumSet.of(SUBMITTED, IN_REVIEW, AWAITING_PARTNERS, AWAITING_SIGN_OFF);

    public Set<MeasureStatus> allowedNext() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
            case SUBMITTED -> EnumSet.of(IN_REVIEW, DRAFT, WITHDRAWN);
            case IN_REVIEW -> EnumSet.of(AWAITING_PARTNERS, AWAITING_SIGN_OFF, RETURNED, DRAFT, WITHDRAWN);
            case AWAITING_PARTNERS -> EnumSet.of(AWAITING_SIGN_OFF, RETURNED, DRAFT, WITHDRAWN);
            case AWAITING_SIGN_OFF -> EnumSet.of(PUBLISHED, RETURNED, DRAFT, WITHDRAWN);
            case RETURNED -> EnumSet.of(SUBMITTED, WITHDRAWN);
            case PUBLISHED -> EnumSet.of(DRAFT);
            case WITHDRAWN -> EnumSet.noneOf(MeasureStatus.class);
        };
    }

    public boolean canMoveTo(MeasureStatus target) {
        return allowedNext().contains(target);
    }

    /** Content may be changed by its editors only while the measure is with them. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Inside the review / confirmation / sign-off process. */
    public boolean isInProcess() {
        return IN_PROCESS.contains(this);
    }

    public String messageKey() {
        return "measure.status." + name();
    }
}
