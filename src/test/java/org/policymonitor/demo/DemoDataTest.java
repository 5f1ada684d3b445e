package org.policymonitor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.PublishedMeasure;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

@IntegrationTest
class DemoDataTest {

    @Autowired
    DemoDataLoader loader;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    MeasureService measures;
    @Autowired
    AccountService accounts;

    @Test
    void theSeedPartiesMeasuresAndOneAccountPerRoleAreLoaded() {
        assertThat(referenceData.parties()).extracting(p -> p.getIsoCode()).containsExactly("AZ", "LT", "MN");
        assertThat(referenceData.ministriesOf(referenceData.partyByIso("MN").orElseThrow().getId()))
                .extracting(m -> m.getName())
                .contains("Ministry of Culture", "Ministry of Education, Culture and Science");
        assertThat(measures.currentPublications()).filteredOn(p -> DemoDataLoader.ACTOR.equals(p.publishedBy()))
                .extracting(p -> p.content().title())
                .containsExactlyInAnyOrder(
                        "Culture Internationalisation Policy",
                        "Technical cooperation among specialists working in cultural and creative industries",
                        "Bilateral policy dialogues with cultural authorities of other countries",
                        "National Program of Cultural Industry / 2016-2020 /",
                        "Mechanisms of regular consultation and exchange with the civil society organizations and actors");
        for (Role role : Role.values()) {
            assertThat(DemoDataLoader.ACCOUNTS).anySatisfy(a -> assertThat(a.role()).isEqualTo(role));
        }
        for (DemoDataLoader.DemoAccount account : DemoDataLoader.ACCOUNTS) {
            assertThat(accounts.find(account.username())).hasValueSatisfying(
                    user -> assertThat(user.roles()).containsExactly(account.role()));
        }
    }

    @Test
    void seedMeasuresKeepTheirPartnersAndBudgets() {
        PublishedMeasure azerbaijan = measures.currentPublications().stream()
                .filter(p -> p.content().title().startsWith("Mechanisms of regular consultation")).findFirst().orElseThrow();
        assertThat(azerbaijan.content().budgetText()).isEqualTo("65 000");
        assertThat(azerbaijan.content().budgetUsd()).isEqualByComparingTo("65000");
        assertThat(azerbaijan.content().partners()).hasSize(5)
                .allSatisfy(p -> assertThat(p.entityType()).isEqualTo("CIVIL_SOCIETY"));
        assertThat(referenceData.partyByIso("AZ").orElseThrow().getId()).isEqualTo(azerbaijan.partyId());
    }

    @Test
    void runningTheLoaderAgainAddsNothing() throws Exception {
        long parties = referenceData.partyCount();
        long measureCount = measures.count();
        long accountCount = accounts.count();

        loader.run(new DefaultApplicationArguments());

        assertThat(referenceData.partyCount()).isEqualTo(parties);
        assertThat(measures.count()).isEqualTo(measureCount);
        assertThat(accounts.count()).isEqualTo(accountCount);
    }
}
