package org.policymonitor.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.catalogue.CatalogueService.MeasureSummary;
import org.policymonitor.catalogue.ui.CatalogueView;
import org.policymonitor.catalogue.ui.MeasureView;
import org.policymonitor.catalogue.ui.StatisticsView;
import org.policymonitor.measure.Evaluation;
import org.policymonitor.measure.Measure;
import org.policymonitor.measure.PublishedMeasure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;

@IntegrationTest
@ViewPackages(packages = "org.policymonitor")
@WithAnonymousUser
@SuppressWarnings("unchecked")
class CatalogueViewsTest extends SpringBrowserlessTest {

    @Autowired
    CatalogueFixtures fixtures;
    @Autowired
    CatalogueService catalogue;

    private String currentLocation() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    /** Opens a location with a query string, as a bookmarked or shared link does. */
    private <T> T open(Class<T> view, String location) {
        int query = location.indexOf('?');
        UI.getCurrent().navigate(location.substring(0, query),
                com.vaadin.flow.router.QueryParameters.fromString(location.substring(query + 1)));
        return view.cast(getCurrentView());
    }

    private Grid<MeasureSummary> grid() {
        return $(Grid.class).single();
    }

    @Test
    void partyCodesTypedIntoTheUrlByAnyoneDoNotGrowTheNameCache() {
        for (int i = 0; i < 40; i++) {
            StringBuilder codes = new StringBuilder();
            for (int j = 0; j < 50; j++) {
                codes.append(j == 0 ? "" : ",").append("X").append(i).append('-').append(j);
            }
            open(CatalogueView.class, "catalogue?party=" + codes);
        }
        open(CatalogueView.class, "catalogue?party=mn");
        // 2,000 distinct codes were labelled (shown as facet values); only real Parties are remembered
        assertThat(catalogue.rememberedPartyNames()).isPositive().isLessThanOrEqualTo(catalogue.parties().size());
        assertThat($(CheckboxGroup.class).withCaption("Party").single().getListDataView().getItems().toList())
                .contains("mn");
    }

    @Test
    void theCatalogueAndStatisticsAreInTheMenuWithoutSigningIn() {
        navigate(CatalogueView.class);
        assertThat($(SideNav.class).single().getItems()).extracting(SideNavItem::getLabel)
                .contains("Catalogue", "Statistics");
    }

    @Test
    void aSearchIsReadFromTheUrlAndEveryChangeIsWrittenBackToIt() {
        CatalogueView view = open(CatalogueView.class, "catalogue?q=internationalisation");
        assertThat($(TextField.class).single().getValue()).isEqualTo("internationalisation");
        assertThat(test(grid()).size()).isGreaterThanOrEqualTo(1);
        assertThat(test(grid()).getRow(0).title()).isEqualTo("Culture Internationalisation Policy");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref)
                .contains("api/v1/exports/measures.csv?q=internationalisation");

        CheckboxGroup<String> parties = $(CheckboxGroup.class).withCaption("Party").single();
        assertThat(parties.getListDataView().getItems().toList()).contains("LT");
        test(parties).selectItem("Lithuania (1)");

        assertThat(currentLocation()).isEqualTo("catalogue?q=internationalisation&party=LT");
        assertThat(view.query().selected(Facet.PARTY)).containsExactly("LT");
        CheckboxGroup<String> partiesAfter = $(CheckboxGroup.class).withCaption("Party").single();
        assertThat(partiesAfter.getValue()).containsExactly("LT");

        $(TextField.class).single().setValue("nosuchwordanywhere");
        assertThat(currentLocation()).isEqualTo("catalogue?q=nosuchwordanywhere&party=LT");
        assertThat(test(grid()).size()).isZero();
    }

    @Test
    void resultsMarkTheMatchedWordsAMisspellingOffersTheCorrectionAndPartiesCanBeCompared() {
        String word = CatalogueFixtures.uniqueWord();
        fixtures.publish("MN", "2020-2023", CatalogueFixtures.content("Animation festival " + word,
                "Screenings of animation films", Set.of("GOVERNANCE"), Set.of(), List.of(), Evaluation.NO, null));
        fixtures.publish("LT", "2020-2023", CatalogueFixtures.content("Books " + word, "Publishing", Set.of("GOVERNANCE"),
                Set.of(), List.of(), Evaluation.NO, null));

        open(CatalogueView.class, "catalogue?q=animaton%20" + word);
        assertThat($(Span.class).all()).extracting(Span::getText).contains(
                "No measure contains exactly these words. These measures contain similar words.", "Did you mean:");
        RouterLink correction = $(RouterLink.class).all().stream().filter(l -> l.getText().equals("animation " + word))
                .findFirst().orElseThrow();
        assertThat(correction.getHref()).isEqualTo("catalogue?q=animation%20" + word);
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getRow(0).highlights().get("title")).contains("<mark>Animation</mark>");

        open(CatalogueView.class, "catalogue?q=" + word + "&party=MN");
        assertThat(test(grid()).size()).isEqualTo(1);
        CheckboxGroup<String> parties = $(CheckboxGroup.class).withCaption("Party").single();
        assertThat(parties.getItemLabelGenerator().apply("LT")).isEqualTo("Lithuania (1)");
        test(parties).selectItem("Lithuania (1)");
        assertThat(currentLocation()).isEqualTo("catalogue?q=" + word + "&party=LT&party=MN");
        assertThat(test(grid()).size()).isEqualTo(2);
    }

    @Test
    void aBookmarkedSearchWithFacetsOpensAsItWasShared() {
        String word = CatalogueFixtures.uniqueWord();
        fixtures.publish("MN", "2020-2023", CatalogueFixtures.content("Shared " + word, "x", Set.of("GOVERNANCE"), Set.of(),
                List.of(), Evaluation.YES, null));
        fixtures.publish("MN", "2020-2023", CatalogueFixtures.content("Other " + word, "x", Set.of("HUMAN_RIGHTS"), Set.of(),
                List.of(), Evaluation.NO, null));

        open(CatalogueView.class, "catalogue?q=" + word + "&goal=GOVERNANCE&evaluated=YES");
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getRow(0).title()).isEqualTo("Shared " + word);
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).noneMatch(href -> href.contains("/reports/"));

        CheckboxGroup<String> goals = $(CheckboxGroup.class).withCaption("Goal").single();
        assertThat(goals.getValue()).containsExactly("GOVERNANCE");
        assertThat(goals.getItemLabelGenerator().apply("GOVERNANCE"))
                .isEqualTo("Support sustainable systems of governance for culture (1)");

        open(CatalogueView.class, "catalogue?party=MN&cycle=2012-2015");
        assertThat($(Anchor.class).all()).extracting(Anchor::getText).contains("Report of Mongolia for 2012-2015 (PDF)");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("api/v1/parties/MN/reports/2012-2015/pdf?lang=en");
    }

    @Test
    void theMeasurePermalinkShowsEveryFieldLabelledInTheReadersLanguage() {
        PublishedMeasure seed = catalogue.matching(CatalogueQuery.text("internationalisation")).getFirst();
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate("catalogue/measures/" + seed.measureId(), MeasureView.class);

        assertThat($(H1.class).first().getText()).isEqualTo("Culture Internationalisation Policy");
        DescriptionList fields = $(DescriptionList.class).first();
        List<String> labels = fields.getChildren().filter(c -> c instanceof DescriptionList.Term)
                .map(c -> c.getElement().getText()).toList();
        assertThat(labels).contains("Partie", "Décrivez les principales caractéristiques de la politique/mesure\u00a0:",
                "Ressources financières allouées à la politique/mesure en dollars américains\u00a0:",
                "Partenaires engagés dans la mise en œuvre de la politique/mesure\u00a0:");
        assertThat(fields.getElement().getTextRecursively()).contains("There is no dedicated budget for this measure.")
                .contains("Lithuania");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref)
                .contains("api/v1/measures/" + seed.measureId() + "/pdf?lang=fr");
    }

    @Test
    void earlierPublishedVersionsStayReadableAndDraftsAreNotFound() {
        String word = CatalogueFixtures.uniqueWord();
        PublishedMeasure first = fixtures.publish("AZ", "2020-2023", CatalogueFixtures.content("First " + word, "One",
                Set.of(), Set.of(), List.of(), Evaluation.NO, null));
        fixtures.reviseWithoutPublishing(first.measureId(), CatalogueFixtures.content("Second " + word, "Two", Set.of(),
                Set.of(), List.of(), Evaluation.NO, null));

        navigate("catalogue/measures/" + first.measureId(), MeasureView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("First " + word);

        fixtures.publishRevision(first.measureId());
        navigate("catalogue/measures/" + first.measureId(), MeasureView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Second " + word);
        open(MeasureView.class, "catalogue/measures/" + first.measureId() + "?version=1");
        assertThat($(H1.class).first().getText()).isEqualTo("First " + word);
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("You are reading published version 1 of this measure. The current version is version 2.");

        Measure draft = fixtures.draft("AZ", "2020-2023", CatalogueFixtures.content("Draft " + word, "x", Set.of(),
                Set.of(), List.of(), Evaluation.NO, null));
        navigate("catalogue/measures/" + draft.getId(), MeasureView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("This measure is not published");
    }

    @Test
    void statisticsAreChartsWithTheSameNumbersInTables() {
        navigate(StatisticsView.class);
        List<Html> charts = $(Html.class).all();
        List<NativeTable> tables = $(NativeTable.class).all();
        assertThat(charts).isNotEmpty();
        assertThat(tables).hasSameSizeAs(charts);
        assertThat(charts.getFirst().getElement().getOuterHTML()).startsWith("<svg").contains("role=\"img\"");
        NativeTable cycles = tables.stream().filter(t -> t.getCaptionText().equals("Measures per reporting cycle"))
                .findFirst().orElseThrow();
        assertThat(cycles.getElement().getTextRecursively()).contains("2012-2015").contains("2020-2023");
    }
}
