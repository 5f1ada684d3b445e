package org.policymonitor.catalogue;

import java.util.Optional;

import org.policymonitor.vocabulary.VocabularyKind;

/**
 * A dimension the catalogue can be filtered on. {@code parameter} is its name in URLs and in the REST API;
 * values are codes (Party ISO code, cycle code, vocabulary codes, YES/NO/NOT_ANSWERED, YES/NO).
 */
public enum Facet {
    PARTY("party", null),
    REGION("region", VocabularyKind.REGION),
    CYCLE("cycle", null),
    GOAL("goal", VocabularyKind.GOAL),
    AREA("area", VocabularyKind.AREA),
    DOMAIN("domain", VocabularyKind.DOMAIN),
    PARTNER_TYPE("partnerType", VocabularyKind.ENTITY_TYPE),
    EVALUATED("evaluated", null),
    /** The current form's yes/no questions: YES or NO (an unanswered question is in neither). */
    YOUTH("youth", null),
    PREFERENTIAL_TREATMENT("preferentialTreatment", null),
    GENDER_EQUALITY("genderEquality", null),
    SDG("sdg", VocabularyKind.SDG);

    private final String parameter;
    private final VocabularyKind vocabulary;

    Facet(String parameter, VocabularyKind vocabulary) {
        this.parameter = parameter;
        this.vocabulary = vocabulary;
    }

    public String parameter() {
        return parameter;
    }

    /** The vocabulary holding the labels of this facet's codes, if it is one. */
    public Optional<VocabularyKind> vocabulary() {
        return Optional.ofNullable(vocabulary);
    }

    public String messageKey() {
        return "catalogue.facet." + parameter;
    }

    /** Whether the facet is a yes/no question of the current form (its codes are {@link #YES_NO}). */
    public boolean isYesNo() {
        return this == YOUTH || this == PREFERENTIAL_TREATMENT || this == GENDER_EQUALITY;
    }

    /** The codes of a yes/no facet. */
    public static final java.util.List<String> YES_NO = java.util.List.of("YES", "NO");

    public static Optional<Facet> ofParameter(String parameter) {
        for (Facet facet : values()) {
            if (facet.parameter.equals(parameter)) {
                return Optional.of(facet);
            }
        }
        return Optional.empty();
    }
}
