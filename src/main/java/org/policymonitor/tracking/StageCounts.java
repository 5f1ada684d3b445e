package org.policymonitor.tracking;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One row of the board: the number of measures in each stage for a Party, a ministry or a cycle.
 *
 * @param dimension what the row groups by
 * @param id the Party, ministry or cycle id (for the drill-down filter)
 */
public record StageCounts(Dimension dimension, Long id, String label, Map<Stage, Long> counts, long overdue) {

    public enum Dimension {
        PARTY, MINISTRY, CYCLE
    }

    public StageCounts {
        EnumMap<Stage, Long> all = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            all.put(stage, counts.getOrDefault(stage, 0L));
        }
        counts = Collections.unmodifiableMap(all);
    }

    public long count(Stage stage) {
        return counts.get(stage);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The drill-down filter of this row, inside the board's filter. */
    public BoardFilter filter(BoardFilter within) {
        return switch (dimension) {
            case PARTY -> within.withParty(id);
            case MINISTRY -> within.withMinistry(id);
            case CYCLE -> within.withCycle(id);
        };
    }
}
