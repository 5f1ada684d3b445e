package org.policymonitor.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TextAndQueryTest {

    @Test
    void tokensAreLowercaseWithoutAccentsStopWordsOrPlurals() {
        assertThat(Text.tokens("Évaluée: les Festivals de MÚSICA, and the café!"))
                .containsExactly("evaluee", "festival", "musica", "cafe");
        assertThat(Text.tokens("Ulaanbaatar International Film Festival"))
                .containsExactly("ulaanbaatar", "international", "film", "festival");
        assertThat(Text.tokens("   ")).isEmpty();
    }

    @Test
    void aQueryRoundTripsThroughTheUrl() {
        CatalogueQuery query = CatalogueQuery.text("cultural industry")
                .withFilter(Facet.PARTY, List.of("MN", "LT"))
                .withFilter(Facet.GOAL, List.of("GOVERNANCE"))
                .withSort(CatalogueQuery.Sort.DATE);

        assertThat(query.toQueryString()).isEqualTo("q=cultural+industry&party=LT&party=MN&goal=GOVERNANCE&sort=date");
        CatalogueQuery back = CatalogueQuery.fromParameters(query.toParameters());
        assertThat(back).isEqualTo(query);
    }

    @Test
    void commaSeparatedValuesAndBadNumbersAreTolerated() {
        CatalogueQuery query = CatalogueQuery.fromParameters(Map.of("evaluated", List.of("YES,NO"), "page", List.of("x"),
                "size", List.of("100000")));
        assertThat(query.selected(Facet.EVALUATED)).isEqualTo(Set.of("YES", "NO"));
        assertThat(query.page()).isZero();
        assertThat(query.size()).isEqualTo(CatalogueQuery.MAX_SIZE);
        assertThat(query.sort()).isEqualTo(CatalogueQuery.Sort.DATE);
        assertThat(CatalogueQuery.text("music").sort()).isEqualTo(CatalogueQuery.Sort.RELEVANCE);
    }
}
