package org.policymonitor.importer.ui;

import java.util.Map;
import java.util.function.Function;

import org.policymonitor.measure.MeasureField;

/** The label of a field named as the parser names it (a {@code ParsedMeasure} component), in the user's language. */
class FieldLabels {

    private static final Map<String, MeasureField> PARSED_TO_MEASURE = Map.ofEntries(
            Map.entry("title", MeasureField.TITLE), Map.entry("agencies", MeasureField.AGENCIES),
            Map.entry("description", MeasureField.DESCRIPTION), Map.entry("website", MeasureField.WEBSITE),
            Map.entry("results", MeasureField.RESULTS), Map.entry("budgetText", MeasureField.BUDGET_TEXT),
            Map.entry("budgetUsd", MeasureField.BUDGET_USD), Map.entry("partners", MeasureField.PARTNERS),
            Map.entry("evaluated", MeasureField.EVALUATION), Map.entry("conclusions", MeasureField.CONCLUSIONS),
            Map.entry("goalCodes", MeasureField.GOALS), Map.entry("areaCodes", MeasureField.AREAS),
            Map.entry("domainCodes", MeasureField.DOMAINS), Map.entry("keyObjectives", MeasureField.KEY_OBJECTIVES),
            Map.entry("context", MeasureField.CONTEXT), Map.entry("scopeCodes", MeasureField.SCOPES),
            Map.entry("natureCodes", MeasureField.NATURES), Map.entry("mainFeature", MeasureField.MAIN_FEATURE),
            Map.entry("resultsExpected", MeasureField.RESULTS_EXPECTED),
            Map.entry("financialResources", MeasureField.FINANCIAL_RESOURCES));

    private final Function<String, String> translate;

    FieldLabels(Function<String, String> translate) {
        this.translate = translate;
    }

    String label(String parsedField) {
        MeasureField field = PARSED_TO_MEASURE.get(parsedField);
        if (field != null) {
            return strip(translate.apply(field.messageKey()));
        }
        return translate.apply("importui.field." + parsedField);
    }

    String label(MeasureField field) {
        return strip(translate.apply(field.messageKey()));
    }

    private static String strip(String label) {
        return label.replaceAll("[\\s\u00A0]*:$", "");
    }
}
