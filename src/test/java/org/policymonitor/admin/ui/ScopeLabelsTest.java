package org.policymonitor.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.Scope;
import org.springframework.beans.factory.annotation.Autowired;

/** A user's scope names its Party in the reader's language: "Ministry of Culture (Mongolie)". */
@IntegrationTest
class ScopeLabelsTest {

    @Autowired
    ReferenceData referenceData;

    @Test
    void thePartyOfAScopeIsNamedInTheReadersLanguage() {
        Long mongolia = referenceData.partyByIso("MN").orElseThrow().getId();
        Long culture = referenceData.ministriesOf(mongolia).stream()
                .filter(m -> m.getName().equals("Ministry of Culture")).findFirst().orElseThrow().getId();
        assertThat(ScopeLabels.describe(Scope.party(mongolia), referenceData, Locale.FRENCH)).isEqualTo("Mongolie");
        assertThat(ScopeLabels.describe(Scope.ministry(culture, mongolia), referenceData, Locale.of("es")))
                .isEqualTo("Ministry of Culture (Mongolia)");
        assertThat(ScopeLabels.describe(Scope.party(referenceData.partyByIso("LT").orElseThrow().getId()),
                referenceData, Locale.of("es"))).isEqualTo("Lituania");
    }
}
