package org.policymonitor.vocabulary;

public enum VocabularyKind {
    GOAL, AREA, DOMAIN, ENTITY_TYPE, SCOPE, NATURE, REGION,
    /** The 17 Sustainable Development Goals a measure contributes to. */
    SDG
}
