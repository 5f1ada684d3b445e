package org.policymonitor.catalogue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.PartnerRow;
import org.policymonitor.measure.PublishedMeasure;
import org.policymonitor.party.Party;
import org.policymonitor.party.ReportingCycle;

/** The catalogue's denormalised row for the current published version of one measure. */
record IndexedMeasure(
        Long measureId,
        int publicationNo,
        Long partyId,
        String partyIso,
        String partyName,
        String regionCode,
        Long cycleId,
        String cycleCode,
        String title,
        List<String> agencies,
        String evaluation,
        BigDecimal budgetUsd,
        Instant publishedAt,
        String titleText,
        String namesText,
        String bodyText,
        Map<Facet, Set<String>> facets) {

    static IndexedMeasure of(PublishedMeasure published, Party party, ReportingCycle cycle) {
        MeasureContent c = published.content();
        Map<Facet, Set<String>> facets = new EnumMap<>(Facet.class);
        facets.put(Facet.PARTY, Set.of(party.getIsoCode()));
        if (party.getRegionCode() != null) {
            facets.put(Facet.REGION, Set.of(party.getRegionCode()));
        }
        facets.put(Facet.CYCLE, Set.of(cycle.getCode()));
        facets.put(Facet.GOAL, c.goals());
        facets.put(Facet.AREA, c.areas());
        facets.put(Facet.DOMAIN, c.domains());
        facets.put(Facet.PARTNER_TYPE, c.partners().stream().map(PartnerRow::entityType)
                .filter(t -> t != null && !t.isBlank()).collect(Collectors.toCollection(LinkedHashSet::new)));
        facets.put(Facet.EVALUATED, Set.of(c.evaluation().name()));
        facets.values().removeIf(Set::isEmpty);

        List<String> names = new ArrayList<>(c.agencies());
        c.partners().stream().map(PartnerRow::name).filter(Objects::nonNull).forEach(names::add);
        String body = Stream.of(c.description(), c.results(), c.conclusions(), c.keyObjectives(), c.context(),
                c.mainFeature(), c.resultsExpected()).filter(Objects::nonNull).collect(Collectors.joining(" "));
        return new IndexedMeasure(published.measureId(), published.publicationNo(), party.getId(), party.getIsoCode(),
                party.getName(), party.getRegionCode(), cycle.getId(), cycle.getCode(), c.title(), c.agencies(),
                c.evaluation().name(), c.budgetUsd(), published.publishedAt(), Text.normalise(c.title()),
                Text.normalise(String.join(" ", names)), Text.normalise(body), facets);
    }

    /**
     * Token weights: an occurrence in the title counts 8, in an agency or partner name 3, in the text 1,
     * capped so that a long text repeating a word does not outrank a title.
     */
    Map<String, Integer> tokenWeights() {
        Map<String, Integer> weights = new java.util.HashMap<>();
        Text.frequencies(titleText).forEach((t, n) -> weights.merge(t, 8 * n, Integer::sum));
        Text.frequencies(namesText).forEach((t, n) -> weights.merge(t, 3 * n, Integer::sum));
        Text.frequencies(bodyText).forEach((t, n) -> weights.merge(t, n, Integer::sum));
        weights.replaceAll((t, w) -> Math.min(w, 40));
        return weights;
    }
}
