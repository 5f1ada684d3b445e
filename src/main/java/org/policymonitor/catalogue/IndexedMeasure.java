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
import org.policymonitor.measure.YesNo;
import org.policymonitor.party.Party;
import org.policymonitor.party.ReportingCycle;

/** What the search index holds of the current published version of one measure. */
record IndexedMeasure(
        Long measureId,
        int publicationNo,
        String partyIso,
        String partyName,
        String regionCode,
        String cycleCode,
        String title,
        List<String> agencies,
        String evaluation,
        BigDecimal budgetUsd,
        Instant publishedAt,
        String names,
        String body,
        Map<Facet, Set<String>> facets,
        PublishedMeasure publication) {

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
        facets.put(Facet.YOUTH, answered(c.targetsYouth()));
        facets.put(Facet.PREFERENTIAL_TREATMENT, answered(c.preferentialTreatment()));
        facets.put(Facet.GENDER_EQUALITY, answered(c.genderEquality()));
        facets.put(Facet.SDG, c.sdgs());
        facets.values().removeIf(Set::isEmpty);

        // The Party's name is searchable too ("Mongolia"), with the agencies and partners.
        List<String> names = new ArrayList<>(c.agencies());
        c.partners().stream().map(PartnerRow::name).filter(Objects::nonNull).forEach(names::add);
        names.add(party.getName());
        String body = Stream.of(c.description(), c.results(), c.conclusions(), c.keyObjectives(), c.context(),
                c.mainFeature(), c.resultsExpected()).filter(Objects::nonNull).filter(s -> !s.isBlank())
                .collect(Collectors.joining("\n"));
        return new IndexedMeasure(published.measureId(), published.publicationNo(), party.getIsoCode(),
                party.getName(), party.getRegionCode(), cycle.getCode(), c.title(), c.agencies(), c.evaluation().name(),
                c.budgetUsd(), published.publishedAt(), String.join("\n", names), body, facets, published);
    }

    /** A yes/no facet holds YES or NO; a question not answered (a legacy or imported measure) is in neither. */
    private static Set<String> answered(YesNo answer) {
        return answer == YesNo.NOT_ANSWERED ? Set.of() : Set.of(answer.name());
    }
}
