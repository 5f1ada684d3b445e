package org.policymonitor.admin.ui;

import java.util.ArrayList;
import java.util.List;

import org.policymonitor.party.Ministry;
import org.policymonitor.party.PartyNames;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.Scope;

/** A user's scope in words: "Ministry of Culture (Mongolia)", "Mongolia", an organisation's name. */
final class ScopeLabels {

    private ScopeLabels() {
    }

    static String describe(Scope scope, ReferenceData referenceData, java.util.Locale locale) {
        List<String> parts = new ArrayList<>();
        referenceData.ministry(scope.ministryId()).map(Ministry::getName).ifPresent(parts::add);
        referenceData.party(scope.partyId()).map(p -> PartyNames.of(p, locale)).ifPresent(name ->
                parts.add(parts.isEmpty() ? name : "(" + name + ")"));
        referenceData.partnerOrganisation(scope.partnerOrganisationId()).map(p -> p.getName()).ifPresent(parts::add);
        return String.join(" ", parts);
    }
}
