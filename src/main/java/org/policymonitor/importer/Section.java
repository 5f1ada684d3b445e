package org.policymonitor.importer;

import org.policymonitor.measure.FormVersion;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policymonitor.vocabulary.VocabularyKind;

/**
 * The labelled sections of an export, each with its headings in English, French and Spanish (and the spelling
 * variants met in exports), the {@link ParsedMeasure} component it fills, and the form it marks (null when it
 * appears in both forms).
 */
enum Section {
    DESCRIPTION("description", Content.TEXT, FormVersion.FORM_2020, null,
            "Describe the main features of the policy/measure",
            "Décrivez les principales caractéristiques de la politique/mesure",
            "Describa las principales características de la política/medida",
            "Describir las principales características de la política/medida",
            "Description of the policy/measure",
            "Description de la politique/mesure",
            "Descripción de la política/medida"),
    WEBSITE("website", Content.TEXT, FormVersion.FORM_2020, null,
            "Website of the policy/measure, if available",
            "Site web de la politique/mesure, si possible",
            "Site web de la politique/mesure, si disponible",
            "Sitio web de la política/medida, si está disponible",
            "Sitio web de la política/medida, si es posible",
            "Website", "Site web", "Sitio web"),
    RESULTS("results", Content.TEXT, FormVersion.FORM_2020, null,
            "What are the results achieved so far through the implementation of the policy/measure?",
            "Quels sont les résultats atteints jusqu'à présent grâce à la mise en œuvre de la politique/mesure ?",
            "¿Cuáles son los resultados alcanzados hasta ahora a través de la implementación de la política/medida?",
            "¿Cuáles son los resultados logrados hasta el momento mediante la implementación de la política/medida?",
            "Results achieved", "Résultats obtenus", "Résultats atteints", "Resultados alcanzados",
            "Resultados obtenidos", "Resultados logrados"),
    BUDGET("budgetText", Content.BUDGET, FormVersion.FORM_2020, null,
            "Financial resources allocated to the policy/measure in USD",
            "Ressources financières allouées à la politique/mesure en dollars américains",
            "Ressources financières allouées à la politique/mesure en USD",
            "Recursos financieros asignados a la política/medida en dólares estadounidenses",
            "Recursos financieros asignados a la política/medida en USD",
            "Financial resources allocated to the policy",
            "Ressources financières allouées à la politique",
            "Recursos financieros asignados a la política"),
    PARTNERS("partners", Content.PARTNERS, null, null,
            "Partner(s) engaged in the implementation of the measure",
            "Partner(s) engaged in the implementation of the policy/measure",
            "Partenaires engagés dans la mise en œuvre de la politique/mesure",
            "Partenaires engagés dans la mise en œuvre de la mesure",
            "Socio(s) involucrado(s) en la implementación de la medida",
            "Socios que participan en la implementación de la política/medida",
            "Socio(s) involucrado(s) en la implementación de la política/medida",
            "Partners", "Partner(s)", "Partenaires", "Socios", "Socio(s)"),
    EVALUATED("evaluated", Content.ANSWER, null, null,
            "Has the implementation of the policy/measure been evaluated?",
            "La mise en œuvre de la politique/mesure a-t-elle été évaluée ?",
            "¿Se ha evaluado la implementación de la política/medida?",
            "¿Ha sido evaluada la implementación de la política/medida?"),
    CONCLUSIONS("conclusions", Content.TEXT, null, null,
            "If yes, what are the main conclusions/recommendations?",
            "Si oui, quelles sont les principales conclusions/recommandations ?",
            "En caso afirmativo, ¿cuáles son las principales conclusiones/recomendaciones?",
            "Si es así, ¿cuáles son las principales conclusiones/recomendaciones?",
            "Principales conclusiones de la evaluación",
            "Main conclusions of the evaluation",
            "Principales conclusions de l'évaluation"),
    /** 2016-2019 extra with no field of its own: kept after the conclusions under its heading (see docs/import.md). */
    INDICATORS("conclusions", Content.INDICATORS, null, null,
            "Indicadores utilizados para determinar el impacto de la medida",
            "Indicators used to determine the impact of the measure",
            "Indicateurs utilisés pour déterminer l'impact de la mesure"),
    /** 2023+ platform layout: the Party, the year and the agency, each under its one-word label. */
    WHERE("party", Content.PARTY, null, null, "Where", "Où", "Dónde"),
    WHEN("year", Content.YEAR, null, null, "When", "Quand", "Cuándo"),
    WHO("agencies", Content.AGENCIES, null, null, "Who", "Qui", "Quién"),
    GOALS("goalCodes", Content.CODES, FormVersion.FORM_2020, VocabularyKind.GOAL,
            "Goal(s) of UNESCO's 2005 Convention",
            "Objectif(s) de la Convention 2005 de l'UNESCO",
            "Objetivo(s) de la Convención 2005 de la UNESCO"),
    AREAS("areaCodes", Content.CODES, FormVersion.FORM_2020, VocabularyKind.AREA,
            "Area(s) of Monitoring",
            "Domaine(s) de suivi",
            "Área(s) de seguimiento"),
    DOMAINS("domainCodes", Content.CODES, FormVersion.FORM_2020, VocabularyKind.DOMAIN,
            "Cultural Domain(s)",
            "Domaines culturels",
            "Domaine(s) culturel(s)",
            "Dominios culturales",
            "Dominio(s) cultural(es)"),
    KEY_OBJECTIVES("keyObjectives", Content.TEXT, FormVersion.FORM_2012, null,
            "Key objectives of the measure",
            "Objectifs clefs de la mesure",
            "Objectifs clés de la mesure",
            "Objetivos clave de la medida"),
    CONTEXT("context", Content.TEXT, FormVersion.FORM_2012, null,
            "Context of the measure",
            "Contexte de la mesure",
            "Contexto de la medida"),
    SCOPE("scopeCodes", Content.CODES, FormVersion.FORM_2012, VocabularyKind.SCOPE,
            "Scope of the measure",
            "Périmètre de la mesure",
            "Alcance de la medida"),
    NATURE("natureCodes", Content.CODES, FormVersion.FORM_2012, VocabularyKind.NATURE,
            "Nature of the measure",
            "Nature de la mesure",
            "Naturaleza de la medida"),
    MAIN_FEATURE("mainFeature", Content.TEXT, FormVersion.FORM_2012, null,
            "Main feature of the measure",
            "Principale caractéristique de la mesure",
            "Característica principal de la medida"),
    RESULTS_EXPECTED("resultsExpected", Content.TEXT, FormVersion.FORM_2012, null,
            "Results expected through the implementation of the measure",
            "Résultats attendus de la mise en œuvre de la mesure",
            "Resultados esperados de la implementación de la medida"),
    FINANCIAL_RESOURCES("financialResources", Content.TEXT, FormVersion.FORM_2012, null,
            "Financial resources allocated to implement the measure",
            "Ressources financières allouées à la mise en œuvre de la mesure",
            "Recursos financieros asignados para implementar la medida",
            "Recursos financieros asignados a la implementación de la medida");

    enum Content {
        TEXT, BUDGET, PARTNERS, ANSWER, CODES, INDICATORS, PARTY, YEAR, AGENCIES
    }

    /** Longest heading key plus slack; longer lines are never headings. */
    static final int MAX_HEADING_LENGTH = 160;

    private static final Map<String, Section> BY_HEADING_KEY = keysOfHeadings();

    final String field;
    final Content content;
    final FormVersion marksForm;
    final VocabularyKind vocabulary;
    final List<String> headings;

    Section(String field, Content content, FormVersion marksForm, VocabularyKind vocabulary, String... headings) {
        this.field = field;
        this.content = content;
        this.marksForm = marksForm;
        this.vocabulary = vocabulary;
        this.headings = List.of(headings);
    }

    static Optional<Section> headed(String text) {
        if (text.length() > MAX_HEADING_LENGTH) {
            return Optional.empty();
        }
        return byKey(Labels.key(text));
    }

    static Optional<Section> byKey(String key) {
        return Optional.ofNullable(BY_HEADING_KEY.get(key));
    }

    /** Every heading's comparison key (for recognising a heading cut off at the end of a record). */
    static java.util.Set<String> headingKeys() {
        return BY_HEADING_KEY.keySet();
    }

    private static Map<String, Section> keysOfHeadings() {
        Map<String, Section> keys = new HashMap<>();
        for (Section section : values()) {
            for (String heading : section.headings) {
                Section previous = keys.put(Labels.key(heading), section);
                if (previous != null && previous != section) {
                    throw new IllegalStateException("Heading of two sections: " + heading);
                }
            }
        }
        return keys;
    }
}
