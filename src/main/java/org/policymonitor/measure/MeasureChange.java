package org.policymonitor.measure;

import java.time.Instant;

/**
 * One change of a measure as the aggregate recorded it while it happened (see {@link MeasureChangesWritten}).
 * Content changes carry the content before and after, so a listener can compare field by field.
 */
public sealed interface MeasureChange {

    String actor();

    Instant at();

    /** A new measure (a draft, a carried-forward copy or an imported publication) with its first content. */
    record Created(String actor, Instant at, MeasureContent content, Long carriedForwardFromId) implements MeasureChange {
    }

    /** The content was replaced; {@code before} and {@code after} may not differ in any field. */
    record ContentEdited(String actor, Instant at, MeasureContent before, MeasureContent after) implements MeasureChange {
    }

    /** The "reported by civil society" flag changed. */
    record CivilSocietyFlagChanged(String actor, Instant at, boolean before, boolean after) implements MeasureChange {
    }

    /** A status move; {@code from} is null for a measure created in its status (an import). */
    record StatusMoved(String actor, Instant at, MeasureStatus from, MeasureStatus to, String reason)
            implements MeasureChange {
    }
}
