package org.policymonitor.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.catalogue.CatalogueService.FacetCount;
import org.policymonitor.catalogue.CatalogueService.MeasureSummary;
import org.policymonitor.catalogue.ui.CatalogueView;
import org.policymonitor.catalogue.ui.MeasureView;
import org.policymonitor.measure.Evaluation;
import org.policymonitor.measure.PublishedMeasure;
import org.policymonitor.measure.YesNo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;

/** The cross-cutting facets in the catalogue's drawer and the answers on the record page, in the reader's language. */
@IntegrationTest
@ViewPackages(packages = "org.policymonitor")
@WithAnonymousUser
@SuppressWarnings("unchecked")
class CrossCuttingCatalogueViewTest extends SpringBrowserlessTest {

    @Autowired
    CatalogueFixtures fixtures;
    @Autowired
    CatalogueService catalogue;

    @AfterEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private void open(String location) {
        int query = location.indexOf('?');
        UI.getCurrent().navigate(location.substring(0, query),
                com.vaadin.flow.router.QueryParameters.fromString(location.substring(query + 1)));
    }

    @Test
    void theDrawerOffersTheQuestionsAndTheGoalsWithLocalizedLabelsAndFiltersOnThem() {
        String word = CatalogueFixtures.uniqueWord();
        fixtures.publish("MN", "2020-2023", CatalogueFixtures.content("Youth theatre " + word, "x", Set.of("GOVERNANCE"),
                Set.of(), List.of(), Evaluation.NO, null).withCrossCutting(YesNo.YES, YesNo.NO, YesNo.NO,
                        Set.of("SDG_04_QUALITY_EDUCATION")));
        fixtures.publish("MN", "2020-2023", CatalogueFixtures.content("Adult theatre " + word, "x", Set.of("GOVERNANCE"),
                Set.of(), List.of(), Evaluation.NO, null).withCrossCutting(YesNo.NO, YesNo.NO, YesNo.YES,
                        Set.of("SDG_05_GENDER_EQUALITY")));
        UI.getCurrent().setLocale(Locale.FRENCH);

        open("catalogue?q=" + word + "&youth=YES");
        Grid<MeasureSummary> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).title()).isEqualTo("Youth theatre " + word);

        CheckboxGroup<String> youth = $(CheckboxGroup.class).withCaption("Cible les jeunes").single();
        assertThat(youth.getValue()).containsExactly("YES");
        // drill sideways: "no" is still offered, with its count
        assertThat(youth.getListDataView().getItems().toList()).containsExactlyInAnyOrder("YES", "NO");
        assertThat(youth.getItemLabelGenerator().apply("NO")).isEqualTo("Non (1)");
        CheckboxGroup<String> sdg = $(CheckboxGroup.class).withCaption("Objectif de développement durable").single();
        assertThat(sdg.getItemLabelGenerator().apply("SDG_04_QUALITY_EDUCATION")).isEqualTo("4. Éducation de qualité (1)");
        assertThat($(CheckboxGroup.class).withCaption("Promeut l’égalité des genres").all()).hasSize(1);
        assertThat($(CheckboxGroup.class).withCaption("Traitement préférentiel pour les pays en développement").all())
                .hasSize(1);

        // ticking a goal in the drawer filters the list
        open("catalogue?q=" + word);
        assertThat(test($(Grid.class).single()).size()).isEqualTo(2);
        test($(CheckboxGroup.class).withCaption("Objectif de développement durable").single())
                .selectItem("5. Égalité entre les sexes (1)");
        Grid<MeasureSummary> filtered = $(Grid.class).single();
        assertThat(test(filtered).size()).isEqualTo(1);
        assertThat(test(filtered).getRow(0).title()).isEqualTo("Adult theatre " + word);
    }

    @Test
    void theDemoMeasuresGiveTheFacetsSomethingToShowAndTheRecordPageTheAnswers() {
        CatalogueService.SearchPage all = catalogue.search(CatalogueQuery.all().withFilter(Facet.PARTY,
                List.of("LT", "MN", "AZ")).withFilter(Facet.CYCLE, List.of("2020-2023", "2012-2015")), Locale.ENGLISH);
        Map<Facet, List<String>> shown = new java.util.EnumMap<>(Facet.class);
        all.facets().forEach(g -> shown.put(g.facet(), g.values().stream().map(FacetCount::code).toList()));
        assertThat(shown.get(Facet.YOUTH)).contains("YES", "NO");
        assertThat(shown.get(Facet.GENDER_EQUALITY)).contains("YES", "NO");
        assertThat(shown.get(Facet.SDG)).contains("SDG_17_PARTNERSHIPS");

        PublishedMeasure seed = catalogue.matching(CatalogueQuery.text("internationalisation")).getFirst();
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate("catalogue/measures/" + seed.measureId(), MeasureView.class);
        String page = $(DescriptionList.class).first().getElement().getTextRecursively();
        assertThat(page).contains("La politique/mesure cible-t-elle spécifiquement les jeunes\u202f?")
                .contains("8. Travail décent et croissance économique");
    }
}
