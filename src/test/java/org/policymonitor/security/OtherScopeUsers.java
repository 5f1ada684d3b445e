package org.policymonitor.security;

import java.util.List;
import java.util.Set;

import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.PartnerRow;
import org.policymonitor.party.Party;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.tracking.SubmissionFixtures;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stored users of another scope than the demo users' (Lithuania; another partner organisation), and measures of
 * the demo scope (Mongolia's Ministry of Culture) for them to reach for. Created as the system (no one signed in).
 */
final class OtherScopeUsers {

    static final String REVIEWER_LT = "reviewer.lt";
    static final String EVALUATOR_LT = "evaluator.lt";
    static final String OTHER_PARTNER = "partner.other";
    static final String OTHER_ORGANISATION = "Another Partner Organisation";

    private final AccountService accounts;
    private final ReferenceData referenceData;
    private final MeasureService measures;

    OtherScopeUsers(AccountService accounts, ReferenceData referenceData, MeasureService measures) {
        this.accounts = accounts;
        this.referenceData = referenceData;
        this.measures = measures;
    }

    void ensureExist() {
        SecurityContextHolder.clearContext();
        Long lithuania = referenceData.partyByIso("LT").orElseThrow().getId();
        Long otherOrganisation = referenceData.partnerOrganisation(OTHER_ORGANISATION, "CIVIL_SOCIETY").getId();
        create(REVIEWER_LT, Role.REVIEWER, Scope.party(lithuania));
        create(EVALUATOR_LT, Role.EVALUATOR, Scope.party(lithuania));
        create(OTHER_PARTNER, Role.PARTNER, Scope.partner(otherOrganisation));
    }

    private void create(String username, Role role, Scope scope) {
        if (!accounts.exists(username)) {
            accounts.createUser(username, username, username + "@example.org", "Other-scope-passw0rd", Set.of(role),
                    scope);
        }
    }

    Party mongolia() {
        return referenceData.partyByIso("MN").orElseThrow();
    }

    Long mongolianCulture() {
        return referenceData.ministryOf(mongolia(), "Ministry of Culture").getId();
    }

    /** A complete draft of Mongolia's Ministry of Culture in the newest cycle, listing the given partners. */
    Long mongolianDraft(String title, List<PartnerRow> partners) {
        SecurityContextHolder.clearContext();
        return measures.createDraft(mongolia().getId(), mongolianCulture(), referenceData.cycles().getFirst().getId(),
                FormVersion.FORM_2020, SubmissionFixtures.content(title, partners), "editor").getId();
    }

    /** The draft, submitted by the system: its review task is open. */
    Long mongolianSubmission(String title, List<PartnerRow> partners) {
        Long id = mongolianDraft(title, partners);
        measures.submit(id, "editor");
        return id;
    }
}
