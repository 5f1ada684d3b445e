package org.policymonitor.tracking;

import java.time.LocalDate;

/** The deadline of a Party's periodic report for a cycle; {@code dueDate} null when none is set. */
public record CycleDeadline(Long partyId, String partyName, Long cycleId, String cycleCode, LocalDate dueDate) {
}
