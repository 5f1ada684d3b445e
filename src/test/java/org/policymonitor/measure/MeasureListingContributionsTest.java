package org.policymonitor.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.party.PartnerOrganisation;
import org.policymonitor.party.Party;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.tracking.SubmissionFixtures;
import org.policymonitor.workflow.Decision;
import org.policymonitor.workflow.SubmissionWorkflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** {@link MeasureListing#contributions}: what the periodic report (H3) lists as its civil-society section. */
@IntegrationTest
class MeasureListingContributionsTest {

    @Autowired
    MeasureListing listing;
    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;
    @Autowired
    SubmissionWorkflow workflow;

    @Test
    void listsTheContributionsOfThePartyAndCycleWithOrganisationStatusAndWhetherPublished() {
        SecurityContextHolder.clearContext();
        SubmissionFixtures fixtures = new SubmissionFixtures(measures, referenceData, accounts, workflow);
        Party mongolia = referenceData.partyByIso("MN").orElseThrow();
        Party lithuania = referenceData.partyByIso("LT").orElseThrow();
        PartnerOrganisation ngos = referenceData.partnerOrganisationByName("Mongolian Culture NGO Network").orElseThrow();
        PartnerOrganisation readers = referenceData.partnerOrganisation("Listing Readers Club", "CIVIL_SOCIETY",
                mongolia.getId());
        PartnerOrganisation vilnius = referenceData.partnerOrganisation("Listing Vilnius Forum", "CIVIL_SOCIETY",
                lithuania.getId());
        Long current = referenceData.cycleByCode("2024-2027").orElseThrow().getId();
        Long earlier = referenceData.cycleByCode("2020-2023").orElseThrow().getId();

        Long draft = contribution(mongolia, readers, current, "Listing: reading tents");
        Long published = contribution(mongolia, ngos, current, "Listing: NGO film nights");
        measures.submit(published, "civil");
        fixtures.decide("reviewer", published, Decision.APPROVE, null);
        fixtures.decide("evaluator", published, Decision.SIGN_OFF, null);
        Long withdrawn = contribution(mongolia, ngos, current, "Listing: withdrawn idea");
        measures.withdraw(withdrawn, "civil", "Merged with the film nights");
        Long otherCycle = contribution(mongolia, ngos, earlier, "Listing: an earlier cycle's");
        Long otherParty = contribution(lithuania, vilnius, current, "Listing: Lithuania's");
        Long ministryMeasure = fixtures.draft(fixtures.culture(), "Listing: a ministry's measure", List.of());

        List<MeasureListing.Contribution> listed = listing.contributions(mongolia.getId(), current);

        assertThat(listed).extracting(MeasureListing.Contribution::id)
                .contains(draft, published)
                .doesNotContain(withdrawn, otherCycle, otherParty, ministryMeasure);
        assertThat(listed).filteredOn(c -> c.id().equals(published)).singleElement().isEqualTo(
                new MeasureListing.Contribution(published, "Listing: NGO film nights", ngos.getId(), ngos.getName(),
                        MeasureStatus.PUBLISHED, true));
        assertThat(listed).filteredOn(c -> c.id().equals(draft)).singleElement().isEqualTo(
                new MeasureListing.Contribution(draft, "Listing: reading tents", readers.getId(), readers.getName(),
                        MeasureStatus.DRAFT, false));
        // by organisation name, then title
        assertThat(listed).extracting(MeasureListing.Contribution::organisationName).isSorted();
        assertThat(listing.contributions(lithuania.getId(), current)).extracting(MeasureListing.Contribution::id)
                .contains(otherParty).doesNotContain(draft, published);
    }

    private Long contribution(Party party, PartnerOrganisation organisation, Long cycleId, String title) {
        return measures.createContribution(party.getId(), organisation.getId(), organisation.getName(), cycleId,
                FormVersion.FORM_2020, SubmissionFixtures.content(title, List.of()), "civil").getId();
    }
}
