package org.policymonitor.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.catalogue.CatalogueService.FacetCount;
import org.policymonitor.catalogue.CatalogueService.SearchPage;
import org.policymonitor.measure.Evaluation;
import org.policymonitor.measure.PublishedMeasure;
import org.policymonitor.measure.YesNo;
import org.policymonitor.testsupport.Csv;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The current form's cross-cutting questions in the public catalogue: facets (OR within one, AND across, drill
 * sideways), the API's parameters and OpenAPI enums, the exports' columns and the record page.
 */
@IntegrationTest
class CrossCuttingCatalogueTest {

    @Autowired
    CatalogueService catalogue;
    @Autowired
    CatalogueFixtures fixtures;
    @Autowired
    WebApplicationContext context;
    @Autowired
    JsonMapper json;
    @Autowired
    MeasureFields fields;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    /** Youth and gender yes, two SDGs; youth no, gender yes, one SDG; never asked (a legacy-like record). */
    private List<PublishedMeasure> publishThree(String word) {
        PublishedMeasure both = fixtures.publish("MN", "2020-2023", CatalogueFixtures.content("Youth orchestras " + word,
                "Orchestras", Set.of("GOVERNANCE"), Set.of("MUSIC"), List.of(), Evaluation.NO, null)
                .withCrossCutting(YesNo.YES, YesNo.NO, YesNo.YES, Set.of("SDG_04_QUALITY_EDUCATION",
                        "SDG_05_GENDER_EQUALITY", "SDG_10_REDUCED_INEQUALITIES")));
        PublishedMeasure gender = fixtures.publish("LT", "2020-2023", CatalogueFixtures.content("Women directors " + word,
                "Film", Set.of("GOVERNANCE"), Set.of(), List.of(), Evaluation.NO, null)
                .withCrossCutting(YesNo.NO, YesNo.YES, YesNo.YES, Set.of("SDG_05_GENDER_EQUALITY")));
        PublishedMeasure unanswered = fixtures.publish("AZ", "2020-2023", CatalogueFixtures.content("Old record " + word,
                "Books", Set.of("GOVERNANCE"), Set.of(), List.of(), Evaluation.NO, null));
        return List.of(both, gender, unanswered);
    }

    private static Map<String, Integer> counts(SearchPage page, Facet facet) {
        return page.facets().stream().filter(g -> g.facet() == facet).findFirst()
                .map(g -> g.values().stream().collect(Collectors.toMap(FacetCount::code, FacetCount::count)))
                .orElse(Map.of());
    }

    @Test
    void theQuestionsAreFacetsOrWithinOneAndAcrossWithSidewaysCounts() {
        String word = CatalogueFixtures.uniqueWord();
        publishThree(word);

        SearchPage all = catalogue.search(CatalogueQuery.text(word), Locale.ENGLISH);
        assertThat(all.total()).isEqualTo(3);
        // an unanswered question is in neither value: never a false "no"
        assertThat(counts(all, Facet.YOUTH)).isEqualTo(Map.of("YES", 1, "NO", 1));
        assertThat(counts(all, Facet.PREFERENTIAL_TREATMENT)).isEqualTo(Map.of("YES", 1, "NO", 1));
        assertThat(counts(all, Facet.GENDER_EQUALITY)).isEqualTo(Map.of("YES", 2));
        assertThat(counts(all, Facet.SDG)).isEqualTo(Map.of("SDG_04_QUALITY_EDUCATION", 1, "SDG_05_GENDER_EQUALITY", 2,
                "SDG_10_REDUCED_INEQUALITIES", 1));

        // OR within a facet
        assertThat(catalogue.search(CatalogueQuery.text(word).withFilter(Facet.YOUTH, List.of("YES", "NO")),
                Locale.ENGLISH).total()).isEqualTo(2);
        assertThat(catalogue.search(CatalogueQuery.text(word).withFilter(Facet.SDG,
                List.of("SDG_04_QUALITY_EDUCATION", "SDG_05_GENDER_EQUALITY")), Locale.ENGLISH).total()).isEqualTo(2);
        // AND across facets
        SearchPage youthAndGender = catalogue.search(CatalogueQuery.text(word).withFilter(Facet.YOUTH, List.of("YES"))
                .withFilter(Facet.GENDER_EQUALITY, List.of("YES")), Locale.ENGLISH);
        assertThat(youthAndGender.items()).extracting(CatalogueService.MeasureSummary::title)
                .containsExactly("Youth orchestras " + word);
        assertThat(catalogue.search(CatalogueQuery.text(word).withFilter(Facet.PREFERENTIAL_TREATMENT, List.of("YES"))
                .withFilter(Facet.SDG, List.of("SDG_04_QUALITY_EDUCATION")), Locale.ENGLISH).total()).isZero();
        // drill sideways: with youth = yes ticked, youth's own counts still offer "no"; the others follow the filter
        assertThat(counts(youthAndGender, Facet.YOUTH)).isEqualTo(Map.of("YES", 1, "NO", 1));
        assertThat(counts(youthAndGender, Facet.SDG))
                .isEqualTo(Map.of("SDG_04_QUALITY_EDUCATION", 1, "SDG_05_GENDER_EQUALITY", 1,
                        "SDG_10_REDUCED_INEQUALITIES", 1));

        SearchPage french = catalogue.search(CatalogueQuery.text(word), Locale.FRENCH);
        assertThat(french.facets()).filteredOn(g -> g.facet() == Facet.YOUTH).singleElement()
                .satisfies(g -> assertThat(g.label()).isEqualTo("Cible les jeunes"))
                .satisfies(g -> assertThat(g.values()).extracting(FacetCount::label).containsExactlyInAnyOrder("Oui", "Non"));
        assertThat(french.facets()).filteredOn(g -> g.facet() == Facet.SDG).singleElement()
                .satisfies(g -> assertThat(g.values()).extracting(FacetCount::label)
                        .contains("5. Égalité entre les sexes", "4. Éducation de qualité"));
    }

    private MockHttpServletResponse call(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse();
    }

    @Test
    void theApiFiltersOnThemChecksTheirCodesAndListsThemInOpenApi() throws Exception {
        String word = CatalogueFixtures.uniqueWord();
        publishThree(word);

        MockHttpServletResponse response = call("/api/v1/measures?q=" + word
                + "&genderEquality=YES&sdg=SDG_04_QUALITY_EDUCATION,SDG_05_GENDER_EQUALITY&youth=NO");
        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode page = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("title").asString()).isEqualTo("Women directors " + word);
        List<String> parameters = page.get("facets").findValuesAsString("parameter");
        assertThat(parameters).contains("youth", "preferentialTreatment", "genderEquality", "sdg");

        for (String bad : List.of("youth=NOT_ANSWERED", "genderEquality=maybe", "preferentialTreatment=1",
                "sdg=SDG_18_MARS")) {
            MockHttpServletResponse refused = call("/api/v1/measures?" + bad);
            assertThat(refused.getStatus()).as(bad).isEqualTo(400);
            assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).as(bad).contains(bad.split("=")[0]);
        }

        JsonNode doc = json.readTree(call("/v3/api-docs").getContentAsString(StandardCharsets.UTF_8));
        Map<String, JsonNode> search = new HashMap<>();
        doc.get("paths").get("/api/v1/measures").get("get").get("parameters")
                .forEach(p -> search.put(p.get("name").asString(), p.get("schema")));
        for (String yesNo : List.of("youth", "preferentialTreatment", "genderEquality")) {
            assertThat(search.get(yesNo).get("items").get("enum").valueStream().map(JsonNode::asString).toList())
                    .as(yesNo).containsExactly("YES", "NO");
        }
        List<String> sdgs = search.get("sdg").get("items").get("enum").valueStream().map(JsonNode::asString).toList();
        assertThat(sdgs).hasSize(17).startsWith("SDG_01_NO_POVERTY").endsWith("SDG_17_PARTNERSHIPS");
    }

    private static int column(String name) {
        return CatalogueApiTest.column(name);
    }

    @Test
    void exportsGiveThemInTheReadersLanguageWithTheirCodesInColumnsOfTheirOwn() throws Exception {
        String word = CatalogueFixtures.uniqueWord();
        publishThree(word);
        List<List<String>> rows = Csv.parse(call("/api/v1/exports/measures.csv?q=" + word + "&sort=date&lang=fr")
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(rows.getFirst()).contains("Cible les jeunes", "Cible les jeunes (code)",
                "Traitement préférentiel pour les pays en développement", "Promeut l’égalité des genres (code)",
                "Objectifs de développement durable", "Objectifs de développement durable (codes)");
        Map<String, List<String>> byTitle = rows.subList(1, rows.size()).stream()
                .collect(Collectors.toMap(r -> r.get(column("title")), r -> r));
        List<String> youth = byTitle.get("Youth orchestras " + word);
        assertThat(youth.get(column("targets_youth"))).isEqualTo("Oui");
        assertThat(youth.get(column("targets_youth_code"))).isEqualTo("YES");
        assertThat(youth.get(column("preferential_treatment"))).isEqualTo("Non");
        assertThat(youth.get(column("gender_equality_code"))).isEqualTo("YES");
        // in the UN's order, not the labels' ("10." would come before "4.")
        assertThat(youth.get(column("sdgs")))
                .isEqualTo("4. Éducation de qualité; 5. Égalité entre les sexes; 10. Inégalités réduites");
        assertThat(youth.get(column("sdg_codes")))
                .isEqualTo("SDG_04_QUALITY_EDUCATION; SDG_05_GENDER_EQUALITY; SDG_10_REDUCED_INEQUALITIES");
        List<String> old = byTitle.get("Old record " + word);
        assertThat(old.get(column("targets_youth"))).isEqualTo("Sans réponse");
        assertThat(old.get(column("targets_youth_code"))).isEqualTo("NOT_ANSWERED");
        assertThat(old.get(column("sdg_codes"))).isEmpty();
    }

    @Test
    void theRecordPageAndItsPdfShowTheAnswersAndLeaveOutQuestionsNotAnswered() throws Exception {
        String word = CatalogueFixtures.uniqueWord();
        List<PublishedMeasure> three = publishThree(word);

        Map<String, String> youth = fields.of(three.get(0), Locale.FRENCH).stream()
                .collect(Collectors.toMap(MeasureFields.Field::key, MeasureFields.Field::value));
        assertThat(youth).containsEntry("targetsYouth", "Oui").containsEntry("preferentialTreatment", "Non")
                .containsEntry("genderEquality", "Oui")
                .containsEntry("sdgs", "4. Éducation de qualité\n5. Égalité entre les sexes\n10. Inégalités réduites");
        assertThat(fields.of(three.get(2), Locale.ENGLISH)).extracting(MeasureFields.Field::key)
                .doesNotContain("targetsYouth", "preferentialTreatment", "genderEquality", "sdgs");

        PdfReader reader = new PdfReader(call("/api/v1/measures/" + three.get(0).measureId() + "/pdf?lang=en")
                .getContentAsByteArray());
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(p)).append('\n');
        }
        assertThat(text.toString().replaceAll("\\s+", " ")).contains("specifically target young people")
                .contains("4. Quality education").contains("5. Gender equality");
    }
}
