package org.policymonitor.measure;

import java.time.Instant;

/** One saved version of a measure's content: who saved it, when, and what it said. */
public record MeasureRevision(Long measureId, long version, Instant savedAt, String savedBy, MeasureContent content) {
}
