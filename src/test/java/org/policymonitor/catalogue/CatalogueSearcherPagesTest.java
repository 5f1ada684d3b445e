package org.policymonitor.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policymonitor.measure.Evaluation;
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.PublishedMeasure;
import org.policymonitor.party.Party;
import org.policymonitor.party.ReportingCycle;

/** The searcher's kept pages, on one unchanging searcher (no follower refreshing it between the searches). */
class CatalogueSearcherPagesTest {

    @Test
    void twoPagesDrawnFromTheSameHitsAreEachTheirOwnSlice(@TempDir Path dir) throws Exception {
        CatalogueIndex index = new CatalogueIndex(dir, false);
        Party party = new Party("MN", "Mongolia", "GROUP_IV", null);
        ReportingCycle cycle = new ReportingCycle(2020, 2023, "FORM_2020");
        try (IndexGeneration generation = IndexGeneration.create(dir.resolve("index"), index.analyzer, index.facets, 16)) {
            for (int i = 1; i <= 5; i++) {
                MeasureContent content = new MeasureContent("Festival page " + i, List.of(), "Paged", null, null, null,
                        null, List.of(), Evaluation.NO, null, Set.of(), Set.of(), Set.of(), null, null, Set.of(), Set.of(),
                        null, null, null);
                PublishedMeasure published = new PublishedMeasure((long) i, 1, null, null, null, FormVersion.FORM_2020,
                        false, content, Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i), "Secretariat");
                generation.add(CatalogueDocuments.document(IndexedMeasure.of(published, party, cycle), "{}"));
            }
            generation.commit(0);
            CatalogueSearcher searcher = new CatalogueSearcher(index.facets, index.analyzer);
            CatalogueQuery query = CatalogueQuery.text("festival").withSort(CatalogueQuery.Sort.DATE);
            IndexGeneration.FacetedSearcher one = generation.acquire();
            try {
                // both need the first four hits (one kept search), but they are different pages of it
                List<String> firstFour = titles(searcher.search(one, query, 0, 4));
                List<String> thirdAndFourth = titles(searcher.search(one, query, 2, 2));
                List<String> firstFourAgain = titles(searcher.search(one, query, 0, 4));

                assertThat(firstFour).containsExactly("Festival page 5", "Festival page 4", "Festival page 3",
                        "Festival page 2");
                assertThat(thirdAndFourth).containsExactly("Festival page 3", "Festival page 2");
                assertThat(firstFourAgain).isEqualTo(firstFour);
            } finally {
                generation.release(one);
            }
        }
    }

    private static List<String> titles(CatalogueSearcher.Result result) {
        return result.page().stream().map(CatalogueService.MeasureSummary::title).toList();
    }
}
