package org.policymonitor.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.catalogue.CatalogueService.FacetCount;
import org.policymonitor.catalogue.CatalogueService.SearchPage;
import org.policymonitor.measure.Evaluation;
import org.policymonitor.measure.Measure;

import org.policymonitor.measure.PartnerRow;
import org.policymonitor.measure.PublishedMeasure;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class CatalogueSearchTest {

    @Autowired
    CatalogueService catalogue;
    @Autowired
    CatalogueFixtures fixtures;
    @Autowired
    CatalogueIndexer indexer;
    @Autowired
    CatalogueIndex index;
    @Autowired
    PublicationLog publicationLog;

    private static Map<String, Integer> counts(SearchPage page, Facet facet) {
        return page.facets().stream().filter(g -> g.facet() == facet).findFirst().orElseThrow().values().stream()
                .collect(java.util.stream.Collectors.toMap(FacetCount::code, FacetCount::count));
    }

    private static List<String> titles(SearchPage page) {
        return page.items().stream().map(CatalogueService.MeasureSummary::title).toList();
    }

    @Test
    void aPublicationLoggedByAnotherNodeIsAppliedWhenThisNodeFollowsTheLog() {
        String word = CatalogueFixtures.uniqueWord();
        PublishedMeasure published = fixtures.publish("AZ", "2020-2023", CatalogueFixtures.content("Theatre " + word,
                "Touring", Set.of("GOVERNANCE"), Set.of(), List.of(), Evaluation.NO, null));
        // As on a node that did not publish it: in the database and the log, not in this node's index.
        index.writable().delete(published.measureId());
        index.writable().refresh();
        assertThat(catalogue.search(CatalogueQuery.text(word), Locale.ENGLISH).total()).isZero();
        publicationLog.append(published.measureId(), PublicationLog.Kind.PUBLISHED, java.time.Instant.now());

        assertThat(indexer.follow()).isEqualTo(1);

        assertThat(titles(catalogue.search(CatalogueQuery.text(word), Locale.ENGLISH))).containsExactly("Theatre " + word);
        assertThat(indexer.follow()).as("an entry is applied once").isZero();
    }

    @Test
    void theFiveSeedMeasuresAreSearchableAfterStartUp() {
        SearchPage seeds = catalogue.search(CatalogueQuery.all().withFilter(Facet.PARTY, List.of("LT", "MN", "AZ"))
                .withPage(0, 200), Locale.ENGLISH);
        assertThat(titles(seeds)).contains("Culture Internationalisation Policy",
                "Technical cooperation among specialists working in cultural and creative industries",
                "Bilateral policy dialogues with cultural authorities of other countries",
                "Mechanisms of regular consultation and exchange with the civil society organizations and actors");
        assertThat(titles(seeds)).anySatisfy(t -> assertThat(t).startsWith("National Program of Cultural Industry"));
    }

    @Test
    void relevancePutsTheMeasureWhoseTitleMatchesFirst() {
        assertThat(titles(catalogue.search(CatalogueQuery.text("internationalisation"), Locale.ENGLISH)).getFirst())
                .isEqualTo("Culture Internationalisation Policy");
        assertThat(titles(catalogue.search(CatalogueQuery.text("consultation civil society"), Locale.ENGLISH)).getFirst())
                .isEqualTo("Mechanisms of regular consultation and exchange with the civil society organizations and actors");
        assertThat(titles(catalogue.search(CatalogueQuery.text("bilateral dialogues"), Locale.ENGLISH)))
                .containsExactly("Bilateral policy dialogues with cultural authorities of other countries");
        // Words only in the body still find the measure: the Ulaanbaatar film festival is in the description of 001.
        assertThat(titles(catalogue.search(CatalogueQuery.text("Ulaanbaatar film festivals"), Locale.ENGLISH)))
                .contains("Technical cooperation among specialists working in cultural and creative industries");
        // Accents and case do not matter.
        assertThat(titles(catalogue.search(CatalogueQuery.text("INTERNATIONALISÂTION"), Locale.ENGLISH)))
                .contains("Culture Internationalisation Policy");
        assertThat(catalogue.search(CatalogueQuery.text("internationalisation nosuchwordanywhere"), Locale.ENGLISH).total())
                .isZero();
    }

    @Test
    void facetsFilterAndCountTheMatchingMeasures() {
        String word = CatalogueFixtures.uniqueWord();
        PartnerRow cso = new PartnerRow("Arts Council", "CIVIL_SOCIETY");
        PartnerRow publicBody = new PartnerRow("Film Agency", "PUBLIC_SECTOR");
        fixtures.publish("MN", "2020-2023", CatalogueFixtures.content("Music " + word, "Concerts", Set.of("GOVERNANCE"),
                Set.of("MUSIC"), List.of(cso), Evaluation.YES, new BigDecimal("1000")));
        fixtures.publish("MN", "2024-2027", CatalogueFixtures.content("Film " + word, "Cinema", Set.of("GOVERNANCE", "HUMAN_RIGHTS"),
                Set.of("CINEMA_AUDIOVISUAL"), List.of(cso, publicBody), Evaluation.NO, null));
        fixtures.publish("LT", "2020-2023", CatalogueFixtures.content("Books " + word, "Publishing", Set.of("HUMAN_RIGHTS"),
                Set.of("PUBLISHING"), List.of(), Evaluation.NOT_ANSWERED, null));

        SearchPage all = catalogue.search(CatalogueQuery.text(word), Locale.ENGLISH);
        assertThat(all.total()).isEqualTo(3);
        assertThat(counts(all, Facet.PARTY)).isEqualTo(Map.of("MN", 2, "LT", 1));
        assertThat(counts(all, Facet.REGION)).isEqualTo(Map.of("GROUP_IV", 2, "GROUP_II", 1));
        assertThat(counts(all, Facet.CYCLE)).isEqualTo(Map.of("2020-2023", 2, "2024-2027", 1));
        assertThat(counts(all, Facet.GOAL)).isEqualTo(Map.of("GOVERNANCE", 2, "HUMAN_RIGHTS", 2));
        assertThat(counts(all, Facet.DOMAIN)).isEqualTo(Map.of("MUSIC", 1, "CINEMA_AUDIOVISUAL", 1, "PUBLISHING", 1));
        assertThat(counts(all, Facet.PARTNER_TYPE)).isEqualTo(Map.of("CIVIL_SOCIETY", 2, "PUBLIC_SECTOR", 1));
        assertThat(counts(all, Facet.EVALUATED)).isEqualTo(Map.of("YES", 1, "NO", 1, "NOT_ANSWERED", 1));
        assertThat(all.facets().stream().filter(g -> g.facet() == Facet.GOAL).findFirst().orElseThrow().values())
                .extracting(FacetCount::label)
                .contains("Support sustainable systems of governance for culture");
        assertThat(all.facets().stream().filter(g -> g.facet() == Facet.PARTY).findFirst().orElseThrow().values())
                .extracting(FacetCount::label).containsExactly("Mongolia", "Lithuania");

        // AND across facets, OR inside one facet; counts follow the filtered result, except a facet's own counts,
        // which ignore its own selection (drill sideways): Lithuania keeps its count while Mongolia is ticked.
        SearchPage filtered = catalogue.search(CatalogueQuery.text(word).withFilter(Facet.PARTY, List.of("MN"))
                .withFilter(Facet.GOAL, List.of("HUMAN_RIGHTS")), Locale.ENGLISH);
        assertThat(titles(filtered)).containsExactly("Film " + word);
        assertThat(counts(filtered, Facet.PARTNER_TYPE)).isEqualTo(Map.of("CIVIL_SOCIETY", 1, "PUBLIC_SECTOR", 1));
        assertThat(counts(filtered, Facet.PARTY)).isEqualTo(Map.of("MN", 1, "LT", 1));
        assertThat(counts(filtered, Facet.GOAL)).isEqualTo(Map.of("GOVERNANCE", 2, "HUMAN_RIGHTS", 1));
        SearchPage twoParties = catalogue.search(CatalogueQuery.text(word).withFilter(Facet.PARTY, List.of("MN", "LT")),
                Locale.ENGLISH);
        assertThat(twoParties.total()).isEqualTo(3);

        SearchPage either = catalogue.search(CatalogueQuery.text(word).withFilter(Facet.EVALUATED, List.of("YES", "NO")),
                Locale.ENGLISH);
        assertThat(either.total()).isEqualTo(2);
        assertThat(catalogue.search(CatalogueQuery.text(word).withFilter(Facet.PARTY, List.of("AZ")), Locale.ENGLISH)
                .total()).isZero();

        // French labels for the same counts.
        SearchPage french = catalogue.search(CatalogueQuery.text(word), Locale.FRENCH);
        assertThat(french.facets().stream().filter(g -> g.facet() == Facet.EVALUATED).findFirst().orElseThrow())
                .satisfies(g -> assertThat(g.label()).isEqualTo("Évaluée"))
                .satisfies(g -> assertThat(g.values()).extracting(FacetCount::label).contains("Oui", "Non", "Sans réponse"));
    }

    @Test
    void sortByDateShowsTheNewestFirstAndPagingSlicesTheResult() {
        String word = CatalogueFixtures.uniqueWord();
        for (int i = 1; i <= 5; i++) {
            fixtures.publish("AZ", "2020-2023", CatalogueFixtures.content("Item " + i + " " + word, "Text", Set.of(), Set.of(),
                    List.of(), Evaluation.NO, null));
        }
        CatalogueQuery byDate = CatalogueQuery.text(word).withSort(CatalogueQuery.Sort.DATE);
        assertThat(titles(catalogue.search(byDate.withPage(0, 2), Locale.ENGLISH)))
                .containsExactly("Item 5 " + word, "Item 4 " + word);
        SearchPage last = catalogue.search(byDate.withPage(2, 2), Locale.ENGLISH);
        assertThat(titles(last)).containsExactly("Item 1 " + word);
        assertThat(last.total()).isEqualTo(5);
        assertThat(last.totalPages()).isEqualTo(3);
    }

    @Test
    void aPageIsItsOwnOffsetAndLimitEvenWhenTwoPagesShareTheirHits() {
        String word = CatalogueFixtures.uniqueWord();
        for (int i = 1; i <= 5; i++) {
            fixtures.publish("MN", "2020-2023", CatalogueFixtures.content("Page " + i + " " + word, "Paged",
                    Set.of(), Set.of(), List.of(), Evaluation.NO, null));
        }
        CatalogueQuery query = CatalogueQuery.text(word).withSort(CatalogueQuery.Sort.DATE);
        // both need the first four hits (one cached search), but they are different pages of it
        List<String> firstFour = titles(catalogue.search(query, 0, 4, Locale.ENGLISH));
        List<String> thirdAndFourth = titles(catalogue.search(query, 2, 2, Locale.ENGLISH));
        List<String> firstTwo = titles(catalogue.search(query, 0, 2, Locale.ENGLISH));

        assertThat(firstFour).hasSize(4);
        assertThat(thirdAndFourth).isEqualTo(firstFour.subList(2, 4));
        assertThat(firstTwo).isEqualTo(firstFour.subList(0, 2));
    }

    @Test
    void lastModifiedIsTheNewestPublicationAndMovesWithTheNextOne() {
        java.time.Instant before = catalogue.lastModified();
        assertThat(catalogue.lastModified()).as("asked again on the same index").isEqualTo(before);
        PublishedMeasure published = fixtures.publish("LT", "2020-2023", CatalogueFixtures.content(
                "Newest " + CatalogueFixtures.uniqueWord(), "x", Set.of(), Set.of(), List.of(), Evaluation.NO, null));

        assertThat(catalogue.lastModified().toEpochMilli()).isEqualTo(published.publishedAt().toEpochMilli())
                .isGreaterThanOrEqualTo(before.toEpochMilli());
    }

    @Test
    void draftsAndRevisionsInProgressNeverLeakAndTheOldPublishedVersionStaysVisible() {
        String draftWord = CatalogueFixtures.uniqueWord();
        Measure draft = fixtures.draft("MN", "2024-2027", CatalogueFixtures.content("Draft " + draftWord, "Secret draft",
                Set.of(), Set.of(), List.of(), Evaluation.NO, null));

        String publishedWord = CatalogueFixtures.uniqueWord();
        String revisionWord = CatalogueFixtures.uniqueWord();
        PublishedMeasure published = fixtures.publish("MN", "2024-2027", CatalogueFixtures.content(
                "Published " + publishedWord, "First version", Set.of("GOVERNANCE"), Set.of(), List.of(), Evaluation.NO, null));
        fixtures.reviseWithoutPublishing(published.measureId(), CatalogueFixtures.content("Revised " + revisionWord,
                "Work in progress", Set.of("HUMAN_RIGHTS"), Set.of(), List.of(), Evaluation.NO, null));

        assertThat(catalogue.search(CatalogueQuery.text(draftWord), Locale.ENGLISH).total()).isZero();
        assertThat(catalogue.measure(draft.getId())).isEmpty();
        assertThat(catalogue.versions(draft.getId())).isEmpty();
        assertThat(catalogue.search(CatalogueQuery.text(revisionWord), Locale.ENGLISH).total()).isZero();
        assertThat(titles(catalogue.search(CatalogueQuery.text(publishedWord), Locale.ENGLISH)))
                .containsExactly("Published " + publishedWord);
        assertThat(catalogue.measure(published.measureId()).orElseThrow().content().title())
                .isEqualTo("Published " + publishedWord);
        assertThat(catalogue.versions(published.measureId())).hasSize(1);
        assertThat(catalogue.matching(CatalogueQuery.all().withFilter(Facet.PARTY, List.of("MN"))))
                .extracting(p -> p.content().title())
                .doesNotContain("Draft " + draftWord, "Revised " + revisionWord);

        // A full rebuild from the database does not bring them in either.
        indexer.rebuild();
        assertThat(catalogue.search(CatalogueQuery.text(draftWord), Locale.ENGLISH).total()).isZero();
        assertThat(catalogue.search(CatalogueQuery.text(revisionWord), Locale.ENGLISH).total()).isZero();
        assertThat(catalogue.search(CatalogueQuery.text(publishedWord), Locale.ENGLISH).total()).isEqualTo(1);

        // Once the revision is published, it replaces the old version in search; both versions stay readable.
        fixtures.publishRevision(published.measureId());
        assertThat(catalogue.search(CatalogueQuery.text(publishedWord), Locale.ENGLISH).total()).isZero();
        SearchPage revised = catalogue.search(CatalogueQuery.text(revisionWord), Locale.ENGLISH);
        assertThat(titles(revised)).containsExactly("Revised " + revisionWord);
        assertThat(counts(revised, Facet.GOAL)).isEqualTo(Map.of("HUMAN_RIGHTS", 1));
        assertThat(catalogue.versions(published.measureId())).extracting(PublishedMeasure::publicationNo)
                .containsExactly(2, 1);
    }

    @Test
    void statisticsCountMeasuresPerDimensionAndSumBudgets() {
        List<CatalogueService.Series> statistics = catalogue.statistics(Locale.ENGLISH);
        assertThat(statistics).extracting(CatalogueService.Series::id)
                .containsExactly("goal", "area", "domain", "region", "cycle", "budgetCycle", "budgetRegion");
        assertThat(statistics).allSatisfy(series -> assertThat(series.bars()).allSatisfy(bar -> {
            assertThat(bar.value()).isNotNull();
            assertThat(bar.label()).isNotBlank();
        }));
        CatalogueService.Series cycles = statistics.get(4);
        long total = catalogue.search(CatalogueQuery.all(), Locale.ENGLISH).total();
        assertThat(cycles.bars().stream().map(CatalogueService.Bar::value).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(BigDecimal.valueOf(total));
        assertThat(statistics.getFirst().bars()).extracting(CatalogueService.Bar::code)
                .startsWith("GOVERNANCE", "FLOW_AND_MOBILITY", "SUSTAINABLE_DEVELOPMENT", "HUMAN_RIGHTS");
    }

}
