package org.policymonitor.importer;

import org.policymonitor.measure.FormVersion;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A measure as read from a plain-text export. Texts are null when their section is absent or empty; code sets
 * hold vocabulary codes (see {@code vocabulary/terms.csv}). {@code budgetUsd} is set only when the budget text
 * states exactly one amount in US dollars. The legacy fields belong to the 2012-2019 form. {@code partyIso} is the
 * Party the record names (its Party line or "Where"), null when it names none; {@code reportedByCivilSociety} when
 * the record carries the civil-society notice or the civil-society form's labels.
 */
public record ParsedMeasure(
        String sourceName,
        FormVersion formVersion,
        String title,
        List<String> agencies,
        String description,
        String website,
        String results,
        String budgetText,
        BigDecimal budgetUsd,
        List<ParsedPartner> partners,
        Evaluated evaluated,
        String conclusions,
        Set<String> goalCodes,
        Set<String> areaCodes,
        Set<String> domainCodes,
        String keyObjectives,
        String context,
        Set<String> scopeCodes,
        Set<String> natureCodes,
        String mainFeature,
        String resultsExpected,
        String financialResources,
        String partyIso,
        boolean reportedByCivilSociety) {

    public ParsedMeasure {
        Objects.requireNonNull(formVersion, "formVersion");
        Objects.requireNonNull(evaluated, "evaluated");
        agencies = List.copyOf(agencies);
        partners = List.copyOf(partners);
        goalCodes = orderedCopy(goalCodes);
        areaCodes = orderedCopy(areaCodes);
        domainCodes = orderedCopy(domainCodes);
        scopeCodes = orderedCopy(scopeCodes);
        natureCodes = orderedCopy(natureCodes);
    }

    private static Set<String> orderedCopy(Set<String> codes) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(codes));
    }
}
