package org.policymonitor.measure;

import java.time.Instant;

/**
 * An immutable published version of a measure: exactly what the public sees. {@code civilSocietyOrganisation} is
 * the organisation of a civil-society contribution ("Reported by civil society: ..."), null otherwise and in
 * versions published before contributions existed.
 */
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
        String publishedBy,
        String civilSocietyOrganisation) {

    /** A version with no contributing organisation. */
    public PublishedMeasure(Long measureId, int publicationNo, Long partyId, Long ministryId, Long cycleId,
            FormVersion formVersion, boolean reportedByCivilSociety, MeasureContent content, Instant publishedAt,
            String publishedBy) {
        this(measureId, publicationNo, partyId, ministryId, cycleId, formVersion, reportedByCivilSociety, content,
                publishedAt, publishedBy, null);
    }
}
