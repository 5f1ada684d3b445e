package org.policymonitor.i18n;

import java.util.List;
import java.util.Locale;

/** The languages every screen is offered in. */
public final class SupportedLanguages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale SPANISH = Locale.of("es");
    public static final List<Locale> ALL = List.of(ENGLISH, FRENCH, SPANISH);

    private SupportedLanguages() {
    }

    /** The supported language closest to the given one; English when none matches. */
    public static Locale closest(Locale locale) {
        if (locale == null) {
            return ENGLISH;
        }
        return ALL.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst().orElse(ENGLISH);
    }

    public static Locale fromTag(String tag) {
        return tag == null || tag.isBlank() ? ENGLISH : closest(Locale.forLanguageTag(tag.strip()));
    }
}
