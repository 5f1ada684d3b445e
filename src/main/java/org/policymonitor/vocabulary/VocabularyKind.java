package org.policymonitor.vocabulary;

public enum VocabularyKind {
    GOAL, AREA, DOMAIN, ENTITY_TYPE, SCOPE, NATURE, REGION
}
