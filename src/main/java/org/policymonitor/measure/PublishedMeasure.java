package org.policymonitor.measure;

import java.time.Instant;

/** An immutable published version of a measure: exactly what the public sees. */
public record PublishedMeasure(
        Long measureId,
        int publicationNo,
        Long partyId,
        Long ministryId,
        Long cycleId,
        FormVersion formVersion,
        boolean reportedByCivilSociety,
        MeasureContent content,
        Instant publishedAt,
        String publishedBy) {
}
