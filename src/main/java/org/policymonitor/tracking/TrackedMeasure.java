package org.policymonitor.tracking;

import java.time.Instant;
import java.time.LocalDate;

import org.policymonitor.measure.MeasureStatus;

/**
 * A measure as the board shows it.
 *
 * @param enteredStageAt when it reached its current status
 * @param dueDate the deadline of its Party's report for its cycle, if set
 * @param overStageLimit longer than the configured limit in a stage other than published
 * @param pastDeadline not published and the cycle's deadline has passed
 */
public record TrackedMeasure(Long measureId, String title, Long partyId, String partyName, Long ministryId,
        String ministryName, Long cycleId, String cycleCode, MeasureStatus status, Stage stage, Instant enteredStageAt,
        LocalDate dueDate, boolean overStageLimit, boolean pastDeadline) {

    public boolean overdue() {
        return overStageLimit || pastDeadline;
    }
}
