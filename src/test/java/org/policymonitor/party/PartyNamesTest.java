package org.policymonitor.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class PartyNamesTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void partiesAreNamedInTheReadersLanguage() {
        Party mongolia = new Party("MN", "Mongolia", "APA", LocalDate.of(2007, 1, 1));
        assertThat(PartyNames.of(mongolia, Locale.ENGLISH)).isEqualTo("Mongolia");
        assertThat(PartyNames.of(mongolia, Locale.FRENCH)).isEqualTo("Mongolie");
        assertThat(PartyNames.of("LT", "Lithuania", SPANISH)).isEqualTo("Lituania");
        assertThat(PartyNames.of("EU", "European Union", Locale.FRENCH)).isEqualTo("Union européenne");
    }

    @Test
    void aCodeTheJdkDoesNotKnowKeepsTheStoredName() {
        assertThat(PartyNames.of("QQ", "Stored name", Locale.FRENCH)).isEqualTo("Stored name");
        assertThat(PartyNames.of("XYZ", "Three letters", Locale.FRENCH)).isEqualTo("Three letters");
        assertThat(PartyNames.of(null, "No code", SPANISH)).isEqualTo("No code");
    }
}
