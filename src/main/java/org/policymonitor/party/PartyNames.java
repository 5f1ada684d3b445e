package org.policymonitor.party;

import java.util.Locale;

/**
 * A Party's name in the reader's language. The JDK's locale data names every ISO 3166 country (and the
 * European Union, "EU") in English, French and Spanish, so "Rapport de Mongolie", not "Rapport de Mongolia".
 * The name stored with the Party is kept for codes the JDK does not know.
 */
public final class PartyNames {

    private PartyNames() {
    }

    public static String of(Party party, Locale locale) {
        return of(party.getIsoCode(), party.getName(), locale);
    }

    public static String of(String isoCode, String storedName, Locale locale) {
        if (isoCode == null || !isoCode.matches("[A-Za-z]{2}")) {
            return storedName;
        }
        String shown = new Locale.Builder().setRegion(isoCode.toUpperCase(Locale.ROOT)).build()
                .getDisplayCountry(locale == null ? Locale.ENGLISH : locale);
        return shown.isBlank() || shown.equalsIgnoreCase(isoCode) ? storedName : shown;
    }
}
