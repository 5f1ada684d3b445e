package org.policymonitor.security;

import java.util.Set;

import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.party.PartnerOrganisation;
import org.policymonitor.party.Party;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.tracking.SubmissionFixtures;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Civil-society contacts of the right and the wrong scope, as stored accounts: the demo contact {@code civil}
 * (Mongolian Culture NGO Network, Mongolia), the contact of another civil-society organisation of Mongolia, and
 * the contact of a civil-society organisation of Lithuania; and contributions of the demo organisation for them
 * to reach for. Created as the system (no one signed in).
 */
final class CivilSocietyScopes {

    static final String OWN = "civil";
    static final String OTHER_ORGANISATION = "civil.other";
    static final String OTHER_PARTY = "civil.lt";
    static final String OWN_ORGANISATION_NAME = "Mongolian Culture NGO Network";

    private final AccountService accounts;
    private final ReferenceData referenceData;
    private final MeasureService measures;

    CivilSocietyScopes(AccountService accounts, ReferenceData referenceData, MeasureService measures) {
        this.accounts = accounts;
        this.referenceData = referenceData;
        this.measures = measures;
    }

    void ensureExist() {
        SecurityContextHolder.clearContext();
        Party lithuania = referenceData.partyByIso("LT").orElseThrow();
        PartnerOrganisation heritage = referenceData.partnerOrganisation("Mongolian Heritage Volunteers",
                AccountService.CIVIL_SOCIETY_TYPE, mongolia().getId());
        PartnerOrganisation forum = referenceData.partnerOrganisation("Lithuanian Culture Forum",
                AccountService.CIVIL_SOCIETY_TYPE, lithuania.getId());
        create(OTHER_ORGANISATION, Scope.civilSociety(heritage.getId(), mongolia().getId()));
        create(OTHER_PARTY, Scope.civilSociety(forum.getId(), lithuania.getId()));
    }

    private void create(String username, Scope scope) {
        if (!accounts.exists(username)) {
            accounts.createUser(username, username, username + "@example.org", "Civil-scope-passw0rd",
                    Set.of(Role.CIVIL_SOCIETY), scope);
        }
    }

    Party mongolia() {
        return referenceData.partyByIso("MN").orElseThrow();
    }

    PartnerOrganisation ownOrganisation() {
        return referenceData.partnerOrganisationByName(OWN_ORGANISATION_NAME).orElseThrow();
    }

    /** A complete contribution of the demo organisation in the newest cycle, created by the system. */
    Long contribution(String title) {
        SecurityContextHolder.clearContext();
        return measures.createContribution(mongolia().getId(), ownOrganisation().getId(), OWN_ORGANISATION_NAME,
                referenceData.cycles().getFirst().getId(), FormVersion.FORM_2020,
                SubmissionFixtures.content(title, java.util.List.of()), OWN).getId();
    }
}
