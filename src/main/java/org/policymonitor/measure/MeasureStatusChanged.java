package org.policymonitor.measure;

import java.time.Instant;

/** Published whenever a measure's status changes; {@code reason} carries a return or withdrawal reason. */
public record MeasureStatusChanged(Long measureId, MeasureStatus from, MeasureStatus to, String actor, String reason,
        Instant at) {
}
