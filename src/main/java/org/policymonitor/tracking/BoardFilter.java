package org.policymonitor.tracking;

/** Which measures the board (or a drill-down) covers; null fields do not filter. */
public record BoardFilter(Long partyId, Long ministryId, Long cycleId, Stage stage, boolean overdueOnly) {

    public static BoardFilter all() {
        return new BoardFilter(null, null, null, null, false);
    }

    public BoardFilter withStage(Stage newStage) {
        return new BoardFilter(partyId, ministryId, cycleId, newStage, overdueOnly);
    }

    public BoardFilter withParty(Long id) {
        return new BoardFilter(id, ministryId, cycleId, stage, overdueOnly);
    }

    public BoardFilter withMinistry(Long id) {
        return new BoardFilter(partyId, id, cycleId, stage, overdueOnly);
    }

    public BoardFilter withCycle(Long id) {
        return new BoardFilter(partyId, ministryId, id, stage, overdueOnly);
    }

    public BoardFilter overdue(boolean only) {
        return new BoardFilter(partyId, ministryId, cycleId, stage, only);
    }
}
