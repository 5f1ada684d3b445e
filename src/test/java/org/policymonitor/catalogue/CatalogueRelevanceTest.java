package org.policymonitor.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.catalogue.CatalogueService.MeasureSummary;
import org.policymonitor.catalogue.CatalogueService.SearchPage;
import org.policymonitor.measure.Evaluation;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a reader expects of the search, in English, French and Spanish. Each test publishes its own measures
 * (in the seeds' shape) with a word of its own, so that other measures cannot answer for them.
 */
@IntegrationTest
class CatalogueRelevanceTest {

    @Autowired
    CatalogueService catalogue;
    @Autowired
    CatalogueFixtures fixtures;

    private Long publish(String party, String title, String description) {
        return fixtures.publish(party, "2020-2023", CatalogueFixtures.content(title, description, Set.of("GOVERNANCE"),
                Set.of(), List.of(), Evaluation.NO, null)).measureId();
    }

    private SearchPage search(String text) {
        return catalogue.search(CatalogueQuery.text(text), Locale.ENGLISH);
    }

    private static List<Long> ids(SearchPage page) {
        return page.items().stream().map(MeasureSummary::measureId).toList();
    }

    @Test
    void singularAndPluralFindTheSameMeasures() {
        String w = CatalogueFixtures.uniqueWord();
        Long one = publish("MN", "Support for the film industry " + w, "Grants to producers.");
        Long other = publish("LT", "Creative industries fund " + w, "Loans to studios and publishers.");

        assertThat(ids(search("industry " + w))).containsExactlyInAnyOrder(one, other);
        assertThat(ids(search("industries " + w))).containsExactlyInAnyOrder(one, other);
        assertThat(ids(search("studio " + w))).containsExactly(other);
    }

    @Test
    void britishAndAmericanSpellingsMatch() {
        String w = CatalogueFixtures.uniqueWord();
        Long british = publish("AZ", "Regionalisation of the book sector " + w,
                "The organisation of fairs abroad, to modernise translation.");
        Long american = publish("MN", "Digitization of archives " + w, "A national organization of film libraries.");

        assertThat(ids(search("regionalization " + w))).containsExactly(british);
        // the demo seed of Lithuania is spelled the British way
        assertThat(search("internationalization").items()).extracting(MeasureSummary::title)
                .contains("Culture Internationalisation Policy");
        assertThat(ids(search("organization " + w))).containsExactlyInAnyOrder(british, american);
        assertThat(ids(search("organisations " + w))).containsExactlyInAnyOrder(british, american);
        assertThat(ids(search("digitisation " + w))).containsExactly(american);
        assertThat(ids(search("modernize " + w))).containsExactly(british);
    }

    @Test
    void misspelledWordsGetASuggestionAndFindTheMeasuresApproximately() {
        String w = CatalogueFixtures.uniqueWord();
        Long cultural = publish("MN", "Cultural centres in rural provinces " + w, "Houses of culture for herders.");
        Long animation = publish("LT", "Animation studios " + w, "Training in animation for young artists.");

        SearchPage typo = search("cultral " + w);
        assertThat(typo.approximate()).isTrue();
        assertThat(typo.suggestion()).isEqualTo("cultural " + w);
        assertThat(ids(typo)).containsExactly(cultural);

        SearchPage party = search("Mongolai " + w);
        assertThat(party.suggestion()).isEqualTo("mongolia " + w);
        assertThat(ids(party)).containsExactly(cultural);

        SearchPage film = search("animaton " + w);
        assertThat(film.suggestion()).isEqualTo("animation " + w);
        assertThat(ids(film)).containsExactly(animation);

        SearchPage exact = search("animation " + w);
        assertThat(exact.approximate()).isFalse();
        assertThat(exact.suggestion()).isNull();
        assertThat(search("qqqqqqqqqq " + w).total()).isZero();
    }

    @Test
    void quotesSearchAPhraseAndAMinusExcludesAWord() {
        String w = CatalogueFixtures.uniqueWord();
        Long phrase = publish("MN", "Music for young people " + w, "Concerts in schools.");
        Long scattered = publish("LT", "Young artists and people of music " + w, "Residencies and cinema screenings.");

        assertThat(ids(search("young people " + w))).containsExactlyInAnyOrder(phrase, scattered);
        assertThat(ids(search("\"young people\" " + w))).containsExactly(phrase);
        assertThat(ids(search(w + " -cinema"))).containsExactly(phrase);
        assertThat(ids(search(w + " -\"young people\""))).containsExactly(scattered);
    }

    @Test
    void typedWordsSortByRelevanceAndNoWordsSortByDate() {
        String w = CatalogueFixtures.uniqueWord();
        Long titleMatch = publish("MN", "Heritage crafts " + w, "Workshops for artisans.");
        Long bodyMatch = publish("LT", "Support programme " + w, "Among other things, some heritage sites are listed.");

        assertThat(ids(search("heritage " + w))).containsExactly(titleMatch, bodyMatch);
        SearchPage byDate = catalogue.search(CatalogueQuery.text("heritage " + w).withSort(CatalogueQuery.Sort.DATE),
                Locale.ENGLISH);
        assertThat(ids(byDate)).containsExactly(bodyMatch, titleMatch);
        assertThat(CatalogueQuery.text("").sort()).isEqualTo(CatalogueQuery.Sort.DATE);
    }

    @Test
    void matchesAreHighlightedWithTheHtmlOfTheTextEscaped() {
        String w = CatalogueFixtures.uniqueWord();
        publish("MN", "Festivals <b>of</b> music " + w, "Three festivals in the Gobi & the steppe.");

        MeasureSummary hit = search("festival " + w).items().getFirst();
        assertThat(hit.highlights().get("title")).contains("<mark>Festivals</mark>").contains("&lt;b&gt;")
                .doesNotContain("<b>");
        assertThat(hit.highlights().get("text")).contains("<mark>festivals</mark>").contains("&amp;");
        assertThat(catalogue.search(CatalogueQuery.all(), Locale.ENGLISH).items())
                .allSatisfy(item -> assertThat(item.highlights()).isEmpty());
    }

    @Test
    void frenchElisionPluralsAndAccentsMatch() {
        String w = CatalogueFixtures.uniqueWord();
        Long french = publish("LT", "Soutien aux industries culturelles " + w,
                "Le programme finance l'édition et les évaluations des théâtres.");

        assertThat(ids(search("l'industrie culturelle " + w))).containsExactly(french);
        assertThat(ids(search("edition " + w))).containsExactly(french);
        assertThat(ids(search("évaluation théâtre " + w))).containsExactly(french);
        assertThat(ids(search("d'éditions " + w))).containsExactly(french);
    }

    @Test
    void spanishPluralsAndAccentsMatch() {
        String w = CatalogueFixtures.uniqueWord();
        Long spanish = publish("AZ", "Políticas culturales para la juventud " + w,
                "Las bibliotecas públicas organizan talleres de música.");

        assertThat(ids(search("politica cultural " + w))).containsExactly(spanish);
        assertThat(ids(search("biblioteca publica " + w))).containsExactly(spanish);
        assertThat(ids(search("taller musica " + w))).containsExactly(spanish);
    }

    @Test
    void nounsInIsationAreNotTheirRootInAnyLanguage() {
        String w = CatalogueFixtures.uniqueWord();
        Long englishNoun = publish("MN", "Internationalisation of crafts " + w, "Fairs abroad.");
        Long englishRoot = publish("LT", "International crafts fair " + w, "Stands for artisans.");
        Long frenchNoun = publish("AZ", "L'internationalisation des métiers d'art " + w, "Des salons à l'étranger.");
        Long frenchRoot = publish("MN", "Salon international des métiers d'art " + w, "Des stands pour les artisans.");
        Long spanishNoun = publish("LT", "Internacionalización de la artesanía " + w, "Ferias en el extranjero.");
        Long spanishRoot = publish("AZ", "Feria internacional de artesanía " + w, "Puestos para artesanos.");

        assertThat(ids(search("internationalisation " + w))).containsExactlyInAnyOrder(englishNoun, frenchNoun);
        assertThat(ids(search("internationalizations " + w))).containsExactlyInAnyOrder(englishNoun, frenchNoun);
        assertThat(ids(search("international " + w))).containsExactlyInAnyOrder(englishRoot, frenchRoot);
        assertThat(ids(search("internationale " + w))).containsExactlyInAnyOrder(englishRoot, frenchRoot);
        assertThat(ids(search("internacionalización " + w))).containsExactly(spanishNoun);
        assertThat(ids(search("internacional " + w))).containsExactly(spanishRoot);
        // the French plural of the noun still finds it, and "organisation" is no longer "organ"
        assertThat(ids(search("internationalisations " + w))).containsExactlyInAnyOrder(englishNoun, frenchNoun);
        Long organ = publish("MN", "Dons d'organes " + w, "Un organe consultatif.");
        assertThat(ids(search("organisation " + w))).doesNotContain(organ);
    }

    @Test
    void tickingOnePartyKeepsTheOtherPartiesCountsSoTheyCanBeCompared() {
        String w = CatalogueFixtures.uniqueWord();
        publish("MN", "Music " + w, "Concerts.");
        publish("MN", "Film " + w, "Cinema.");
        publish("LT", "Books " + w, "Publishing.");

        SearchPage mongolia = catalogue.search(CatalogueQuery.text(w).withFilter(Facet.PARTY, List.of("MN")), Locale.ENGLISH);
        assertThat(mongolia.total()).isEqualTo(2);
        assertThat(mongolia.facets().stream().filter(g -> g.facet() == Facet.PARTY).findFirst().orElseThrow().values())
                .extracting(CatalogueService.FacetCount::code, CatalogueService.FacetCount::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MN", 2), org.assertj.core.groups.Tuple.tuple("LT", 1));
        SearchPage both = catalogue.search(CatalogueQuery.text(w).withFilter(Facet.PARTY, List.of("MN", "LT")),
                Locale.ENGLISH);
        assertThat(both.total()).isEqualTo(3);
    }
}
