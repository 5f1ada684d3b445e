package org.policymonitor.measure;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.function.Function;

/**
 * The fields of a measure as editors and reviewers name them: used for completeness, validation messages,
 * version diffs and conflict reports. The message key is the field's label in every language.
 */
public enum MeasureField {
    TITLE(MeasureContent::title, false),
    AGENCIES(MeasureContent::agencies, false),
    DESCRIPTION(MeasureContent::description, false),
    WEBSITE(MeasureContent::website, false),
    RESULTS(MeasureContent::results, false),
    BUDGET_TEXT(MeasureContent::budgetText, false),
    BUDGET_USD(MeasureContent::budgetUsd, false),
    PARTNERS(MeasureContent::partners, false),
    EVALUATION(MeasureContent::evaluation, false),
    CONCLUSIONS(MeasureContent::conclusions, false),
    GOALS(MeasureContent::goals, false),
    AREAS(MeasureContent::areas, false),
    DOMAINS(MeasureContent::domains, false),
    KEY_OBJECTIVES(MeasureContent::keyObjectives, true),
    CONTEXT(MeasureContent::context, true),
    SCOPES(MeasureContent::scopes, true),
    NATURES(MeasureContent::natures, true),
    MAIN_FEATURE(MeasureContent::mainFeature, true),
    RESULTS_EXPECTED(MeasureContent::resultsExpected, true),
    FINANCIAL_RESOURCES(MeasureContent::financialResources, true),
    // the current form's cross-cutting questions; in the order of MeasureContent's components, like the others
    TARGETS_YOUTH(MeasureContent::targetsYouth, false),
    PREFERENTIAL_TREATMENT(MeasureContent::preferentialTreatment, false),
    GENDER_EQUALITY(MeasureContent::genderEquality, false),
    SDGS(MeasureContent::sdgs, false);

    private final Function<MeasureContent, Object> accessor;
    private final boolean legacy;

    MeasureField(Function<MeasureContent, Object> accessor, boolean legacy) {
        this.accessor = accessor;
        this.legacy = legacy;
    }

    /** The field's value in the given content: a String, BigDecimal, Evaluation, YesNo, List or Set. */
    public Object valueIn(MeasureContent content) {
        return accessor.apply(content);
    }

    /** True for the 2012-2019 form fields, which are shown read-only. */
    public boolean isLegacy() {
        return legacy;
    }

    public String messageKey() {
        return "measure.field." + name();
    }

    /** Whether the field has a value worth counting as filled in (blank text and empty lists are not). */
    public boolean isFilledIn(MeasureContent content) {
        Object value = valueIn(content);
        return switch (value) {
            case null -> false;
            case String s -> !s.isBlank();
            case Collection<?> c -> !c.isEmpty();
            case Evaluation e -> e != Evaluation.NOT_ANSWERED;
            case YesNo answer -> answer != YesNo.NOT_ANSWERED;
            default -> true;
        };
    }

    /** Equality that ignores what a user cannot see: blank vs. missing text, trailing zeros of an amount. */
    boolean sameValue(MeasureContent a, MeasureContent b) {
        Object x = normalise(valueIn(a));
        Object y = normalise(valueIn(b));
        if (x instanceof BigDecimal bx && y instanceof BigDecimal by) {
            return bx.compareTo(by) == 0;
        }
        return java.util.Objects.equals(x, y);
    }

    private static Object normalise(Object value) {
        if (value instanceof String s) {
            return s.isBlank() ? null : s.strip().replace("\r\n", "\n");
        }
        return value;
    }
}
