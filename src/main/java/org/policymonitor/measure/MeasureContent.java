package org.policymonitor.measure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Everything an editor fills in on a measure: the 2020 form fields and the legacy 2012-2019 fields,
 * kept on the same record. Vocabulary fields hold codes (see the vocabulary module).
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
        String financialResources) {

    public MeasureContent {
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
        partners = partners == null ? List.of() : List.copyOf(partners);
        evaluation = evaluation == null ? Evaluation.NOT_ANSWERED : evaluation;
        goals = goals == null ? Set.of() : Set.copyOf(goals);
        areas = areas == null ? Set.of() : Set.copyOf(areas);
        domains = domains == null ? Set.of() : Set.copyOf(domains);
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
        natures = natures == null ? Set.of() : Set.copyOf(natures);
    }

    public static MeasureContent empty() {
        return new MeasureContent(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    public static MeasureContent titled(String title) {
        return empty().withTitle(title);
    }

    public MeasureContent withTitle(String newTitle) {
        return new MeasureContent(newTitle, agencies, description, website, results, budgetText, budgetUsd, partners,
                evaluation, conclusions, goals, areas, domains, keyObjectives, context, scopes, natures, mainFeature,
                resultsExpected, financialResources);
    }

    public boolean hasPartners() {
        return !partners.isEmpty();
    }
}
