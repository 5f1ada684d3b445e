package org.policymonitor.measure;

import java.util.List;

/**
 * Published while a measure's insert or update is written to the database, inside the writing transaction:
 * everything the aggregate recorded since it was last written, oldest first, with the measure's id. It is
 * published by Hibernate's own insert and update events ({@code MeasureWriteEvents}), so no code path that
 * changes a measure can skip it, and a rollback takes whatever a listener wrote with it along. Listeners run
 * during the flush: they may use JDBC, not the JPA session.
 */
public record MeasureChangesWritten(Long measureId, List<MeasureChange> changes) {

    public MeasureChangesWritten {
        changes = List.copyOf(changes);
    }
}
