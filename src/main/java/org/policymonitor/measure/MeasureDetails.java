package org.policymonitor.measure;

import java.time.Instant;

/**
 * A measure as the editor opens it: the content and the version it was loaded at; a civil-society contribution
 * names its organisation (and has no ministry).
 */
public record MeasureDetails(
        Long id,
        long version,
        Long partyId,
        Long ministryId,
        Long cycleId,
        MeasureStatus status,
        FormVersion formVersion,
        MeasureContent content,
        Instant updatedAt,
        String updatedBy,
        Long carriedForwardFromId,
        String statusReason,
        String statusChangedBy,
        Instant statusChangedAt,
        Long contributingOrganisationId,
        String contributingOrganisationName) {

    /** Reads the measure; call inside a transaction (its collections are loaded lazily). */
    static MeasureDetails of(Measure m) {
        return new MeasureDetails(m.getId(), m.getVersion(), m.getPartyId(), m.getMinistryId(), m.getCycleId(),
                m.getStatus(), m.getFormVersion(), m.content(), m.getUpdatedAt(), m.getUpdatedBy(),
                m.getCarriedForwardFromId(), m.getStatusReason(), m.getStatusChangedBy(), m.getStatusChangedAt(),
                m.getContributingOrganisationId(), m.getContributingOrganisationName());
    }

    /** Whether it is a civil-society contribution (an organisation's, with no ministry). */
    public boolean isContribution() {
        return contributingOrganisationId != null;
    }

    public boolean isEditable() {
        return status.isEditable();
    }

    public Completeness completeness() {
        return Completeness.of(content, formVersion);
    }
}
