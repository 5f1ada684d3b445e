package org.policymonitor.vocabulary;

import java.util.Locale;

/** One entry of a vocabulary with its label in each supported language. */
public record Term(VocabularyKind kind, String code, int sortOrder, String labelEn, String labelFr, String labelEs) {

    public String label(Locale locale) {
        return switch (locale == null ? "en" : locale.getLanguage()) {
            case "fr" -> labelFr;
            case "es" -> labelEs;
            default -> labelEn;
        };
    }
}
