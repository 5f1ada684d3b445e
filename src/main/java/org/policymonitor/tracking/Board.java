package org.policymonitor.tracking;

import java.time.Instant;
import java.util.List;

/** The status board at one moment: counts by Party, ministry and cycle, overdue measures, pending tasks. */
public record Board(Instant at, BoardFilter filter, List<StageCounts> byParty, List<StageCounts> byMinistry,
        List<StageCounts> byCycle, List<TrackedMeasure> overdue, List<PendingTasks> pendingTasks) {
}
