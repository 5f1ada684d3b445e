package org.policymonitor.measure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Everything an editor fills in on a measure: the 2020 form fields and the legacy 2012-2019 fields,
 * kept on the same record. Vocabulary fields hold codes (see the vocabulary module). The cross-cutting
 * questions of the current form come last (their order is {@link MeasureField}'s too).
 */
public record MeasureContent(
        String title,
        List<String> agencies,
        String description,
        String website,
        String results,
        String budgetText,
        BigDecimal budgetUsd,
        List<PartnerRow> partners,
        Evaluation evaluation,
        String conclusions,
        Set<String> goals,
        Set<String> areas,
        Set<String> domains,
        String keyObjectives,
        String context,
        Set<String> scopes,
        Set<String> natures,
        String mainFeature,
        String resultsExpected,
        String financialResources,
        YesNo targetsYouth,
        YesNo preferentialTreatment,
        YesNo genderEquality,
        Set<String> sdgs) {

    public MeasureContent {
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
        partners = partners == null ? List.of() : List.copyOf(partners);
        evaluation = evaluation == null ? Evaluation.NOT_ANSWERED : evaluation;
        goals = goals == null ? Set.of() : Set.copyOf(goals);
        areas = areas == null ? Set.of() : Set.copyOf(areas);
        domains = domains == null ? Set.of() : Set.copyOf(domains);
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
        natures = natures == null ? Set.of() : Set.copyOf(natures);
        targetsYouth = targetsYouth == null ? YesNo.NOT_ANSWERED : targetsYouth;
        preferentialTreatment = preferentialTreatment == null ? YesNo.NOT_ANSWERED : preferentialTreatment;
        genderEquality = genderEquality == null ? YesNo.NOT_ANSWERED : genderEquality;
        sdgs = sdgs == null ? Set.of() : Set.copyOf(sdgs);
    }

    /**
     * Content without the current form's cross-cutting questions (a legacy form, a source that does not carry
     * them): those stay unanswered.
     */
    public MeasureContent(String title, List<String> agencies, String description, String website, String results,
            String budgetText, BigDecimal budgetUsd, List<PartnerRow> partners, Evaluation evaluation,
            String conclusions, Set<String> goals, Set<String> areas, Set<String> domains, String keyObjectives,
            String context, Set<String> scopes, Set<String> natures, String mainFeature, String resultsExpected,
            String financialResources) {
        this(title, agencies, description, website, results, budgetText, budgetUsd, partners, evaluation,
                conclusions, goals, areas, domains, keyObjectives, context, scopes, natures, mainFeature,
                resultsExpected, financialResources, null, null, null, null);
    }

    /** A copy with the current form's cross-cutting answers replaced. */
    public MeasureContent withCrossCutting(YesNo youth, YesNo preferential, YesNo gender, Set<String> sdgCodes) {
        return new MeasureContent(title, agencies, description, website, results, budgetText, budgetUsd, partners,
                evaluation, conclusions, goals, areas, domains, keyObjectives, context, scopes, natures,
                mainFeature, resultsExpected, financialResources, youth, preferential, gender, sdgCodes);
    }

    public static MeasureContent empty() {
        return new MeasureContent(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
    }

    public static MeasureContent titled(String title) {
        return empty().withTitle(title);
    }

    public MeasureContent withTitle(String newTitle) {
        return new MeasureContent(newTitle, agencies, description, website, results, budgetText, budgetUsd, partners,
                evaluation, conclusions, goals, areas, domains, keyObjectives, context, scopes, natures, mainFeature,
                resultsExpected, financialResources, targetsYouth, preferentialTreatment, genderEquality, sdgs);
    }

    /**
     * The same content as a user sees it: text stripped and blank text as none, empty agency and partner
     * rows dropped, the amount in cents. Two contents a user cannot tell apart are equal.
     */
    public MeasureContent normalised() {
        return new MeasureContent(text(title), agencies.stream().map(MeasureContent::text)
                .filter(java.util.Objects::nonNull).toList(), text(description), text(website), text(results),
                text(budgetText), budgetUsd == null ? null : budgetUsd.setScale(2, java.math.RoundingMode.HALF_UP),
                partners.stream().map(p -> new PartnerRow(text(p.name()), text(p.entityType()), p.organisationId()))
                        .filter(p -> p.name() != null || p.entityType() != null).toList(),
                evaluation, text(conclusions), goals, areas, domains, text(keyObjectives), text(context), scopes,
                natures, text(mainFeature), text(resultsExpected), text(financialResources), targetsYouth,
                preferentialTreatment, genderEquality, sdgs);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip().replace("\r\n", "\n");
    }

    /** A copy with one field replaced; {@code value} must have the field's type (see {@link MeasureField#valueIn}). */
    public MeasureContent with(MeasureField field, Object value) {
        java.lang.reflect.RecordComponent[] components = MeasureContent.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = i == field.ordinal() ? value : MeasureField.values()[i].valueIn(this);
        }
        try {
            return MeasureContent.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot copy MeasureContent", e);
        }
    }

    /**
     * Three-way merge after a conflicting save: starts from {@code theirs} (the newer saved version) and
     * applies every field {@code mine} changed relative to {@code base} (the version both started from).
     * Where both changed the same field, {@code mine} wins.
     */
    public static MeasureContent merge(MeasureContent base, MeasureContent mine, MeasureContent theirs) {
        MeasureContent merged = theirs;
        for (FieldChange change : FieldChange.between(base, mine)) {
            merged = merged.with(change.field(), change.after());
        }
        return merged;
    }

    public boolean hasPartners() {
        return !partners.isEmpty();
    }
}
