package org.policymonitor.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

import org.policymonitor.measure.PartnerRow;
import org.policymonitor.party.PartnerOrganisation;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.CurrentEntitlements;
import org.springframework.stereotype.Component;

/**
 * Who confirms each partner row of a submitted measure: the contacts of the registered organisation the row
 * refers to (by id, or by its name without regard to case, accents or spacing); when the organisation has no
 * contact account, or the row names no registered organisation, the Party's reviewers confirm on its behalf.
 */
@Component
class PartnerRouting {

    /** Keys of one partner's entry in the process variable {@code partners} (the BPMN reads them). */
    static final String GROUP = "group";
    static final String NAME = "name";
    static final String ON_BEHALF = "onBehalf";

    private final ReferenceData referenceData;
    private final CurrentEntitlements entitlements;

    PartnerRouting(ReferenceData referenceData, CurrentEntitlements entitlements) {
        this.referenceData = referenceData;
        this.entitlements = entitlements;
    }

    ArrayList<HashMap<String, String>> route(Long partyId, List<PartnerRow> rows) {
        ArrayList<HashMap<String, String>> partners = new ArrayList<>();
        for (PartnerRow row : rows) {
            if (row.name() == null || row.name().isBlank()) {
                continue;
            }
            Optional<PartnerOrganisation> organisation = referenceData.matchPartnerOrganisation(partyId,
                    row.organisationId(), row.name());
            boolean contact = organisation.map(o -> entitlements.hasPartnerContact(o.getId())).orElse(false);
            HashMap<String, String> partner = new HashMap<>();
            partner.put(GROUP, contact ? CandidateGroups.partner(organisation.get().getId())
                    : CandidateGroups.reviewers(partyId));
            partner.put(NAME, organisation.map(PartnerOrganisation::getName).orElse(row.name().strip()));
            partner.put(ON_BEHALF, Boolean.toString(!contact));
            partners.add(partner);
        }
        return partners;
    }
}
