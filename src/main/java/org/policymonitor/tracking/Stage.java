package org.policymonitor.tracking;

import java.util.Optional;

import org.policymonitor.measure.MeasureStatus;

/** The columns of the status board: measure statuses as administrators follow them. */
public enum Stage {
    DRAFT, IN_REVIEW, AWAITING_PARTNERS, AWAITING_SIGN_OFF, RETURNED, PUBLISHED;

    /** Submitted measures count as in review (the process starts the review at once); withdrawn ones are off the board. */
    public static Optional<Stage> of(MeasureStatus status) {
        return switch (status) {
            case DRAFT -> Optional.of(DRAFT);
            case SUBMITTED, IN_REVIEW -> Optional.of(IN_REVIEW);
            case AWAITING_PARTNERS -> Optional.of(AWAITING_PARTNERS);
            case AWAITING_SIGN_OFF -> Optional.of(AWAITING_SIGN_OFF);
            case RETURNED -> Optional.of(RETURNED);
            case PUBLISHED -> Optional.of(PUBLISHED);
            case WITHDRAWN -> Optional.empty();
        };
    }

    public String messageKey() {
        return "tracking.stage." + name();
    }
}
