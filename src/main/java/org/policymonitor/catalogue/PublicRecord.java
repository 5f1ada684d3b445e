package org.policymonitor.catalogue;

import java.util.Map;

import org.policymonitor.measure.PublishedMeasure;
import org.policymonitor.party.Party;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.Role;
import org.springframework.stereotype.Component;

/**
 * A published version as the public sees it: {@code publishedBy} names the signing role and Party
 * ("Evaluator, Mongolia"), never the login name, which would tell anyone whose account to attack. A
 * publication not signed off by an evaluator (an import of the published record) is the Secretariat's.
 */
@Component
class PublicRecord {

    static final String SECRETARIAT = "Secretariat";

    private final AccountService accounts;
    private final ReferenceData referenceData;

    PublicRecord(AccountService accounts, ReferenceData referenceData) {
        this.accounts = accounts;
        this.referenceData = referenceData;
    }

    PublishedMeasure of(PublishedMeasure published) {
        return of(published, null);
    }

    /** With {@code evaluators} (login name -> is an evaluator) to look each account up once in a rebuild. */
    PublishedMeasure of(PublishedMeasure published, Map<String, Boolean> evaluators) {
        String actor = published.publishedBy();
        boolean evaluator = actor != null && (evaluators == null ? isEvaluator(actor)
                : evaluators.computeIfAbsent(actor, this::isEvaluator));
        String signer = evaluator ? "Evaluator, " + referenceData.party(published.partyId()).map(Party::getName)
                .orElse("") : SECRETARIAT;
        return new PublishedMeasure(published.measureId(), published.publicationNo(), published.partyId(),
                published.ministryId(), published.cycleId(), published.formVersion(), published.reportedByCivilSociety(),
                published.content(), published.publishedAt(), signer, published.civilSocietyOrganisation());
    }

    private boolean isEvaluator(String username) {
        return accounts.find(username).map(user -> user.has(Role.EVALUATOR)).orElse(false);
    }
}
