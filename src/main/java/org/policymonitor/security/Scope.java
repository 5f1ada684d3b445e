package org.policymonitor.security;

/** What a user's scoped roles apply to: a ministry (editor), a Party (reviewer, evaluator), an organisation (partner), an
 * organisation and its Party (civil-society contact). */
public record Scope(Long ministryId, Long partyId, Long partnerOrganisationId) {

    public static Scope none() {
        return new Scope(null, null, null);
    }

    public static Scope ministry(Long ministryId, Long partyId) {
        return new Scope(ministryId, partyId, null);
    }

    public static Scope party(Long partyId) {
        return new Scope(null, partyId, null);
    }

    public static Scope partner(Long partnerOrganisationId) {
        return new Scope(null, null, partnerOrganisationId);
    }

    /** A civil-society contact's: the organisation and the Party it belongs to. */
    public static Scope civilSociety(Long organisationId, Long partyId) {
        return new Scope(null, partyId, organisationId);
    }
}
