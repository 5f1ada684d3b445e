package org.policymonitor.party;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How two spellings of an organisation's name are recognised as one: without regard to case, accents or
 * spacing ("Mongolian arts  council" is "Mongolian Arts Council", "Conseil des Arts" is "Conseil des arts").
 */
public final class OrganisationNames {

    private OrganisationNames() {
    }

    /** The comparison key of a name; null for a blank name. */
    public static String key(String name) {
        if (name == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        String key = decomposed.replaceAll("\\p{M}+", "").replaceAll("[\\s\\p{Z}]+", "")
                .toLowerCase(Locale.ROOT);
        return key.isEmpty() ? null : key;
    }

    public static boolean same(String a, String b) {
        String key = key(a);
        return key != null && key.equals(key(b));
    }
}
