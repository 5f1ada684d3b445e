package org.policymonitor.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.testsupport.Csv;
import org.policymonitor.measure.Evaluation;
import org.policymonitor.measure.Measure;
import org.policymonitor.measure.PartnerRow;
import org.policymonitor.measure.PublishedMeasure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The open-data API as an anonymous client sees it. */
@IntegrationTest
class CatalogueApiTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    CatalogueFixtures fixtures;
    @Autowired
    JsonMapper json;
    @Autowired
    CatalogueExports exports;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private MockHttpServletResponse call(String url, String... headers) throws Exception {
        var request = get(url);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private JsonNode getJson(String url, String... headers) throws Exception {
        MockHttpServletResponse response = call(url, headers);
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private List<PublishedMeasure> publishThree(String word) {
        List<PublishedMeasure> published = new ArrayList<>();
        published.add(fixtures.publish("MN", "2020-2023", CatalogueFixtures.content("Alpha, \"quoted\" " + word,
                "Line one\nLine two, with comma", Set.of("GOVERNANCE"), Set.of("MUSIC"),
                List.of(new PartnerRow("Arts Council", "CIVIL_SOCIETY")), Evaluation.YES, new BigDecimal("65000"))));
        published.add(fixtures.publish("LT", "2020-2023", CatalogueFixtures.content("Beta " + word, "Ąžuolas ir šaltinis",
                Set.of("HUMAN_RIGHTS"), Set.of(), List.of(), Evaluation.NO, null)));
        published.add(fixtures.publish("AZ", "2020-2023", CatalogueFixtures.content("=Gamma " + word, "Formula-looking title",
                Set.of(), Set.of(), List.of(), Evaluation.NOT_ANSWERED, null)));
        return published;
    }

    @Test
    void anonymousClientsSearchWithFacetsAndPages() throws Exception {
        String word = CatalogueFixtures.uniqueWord();
        publishThree(word);

        JsonNode first = getJson("/api/v1/measures?q=" + word + "&size=2&page=0&sort=date");
        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("items").get(0).get("title").asString()).isEqualTo("=Gamma " + word);
        JsonNode second = getJson("/api/v1/measures?q=" + word + "&size=2&page=1&sort=date");
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("items").get(0).get("title").asString()).isEqualTo("Alpha, \"quoted\" " + word);

        JsonNode filtered = getJson("/api/v1/measures?q=" + word + "&party=MN,LT&evaluated=YES");
        assertThat(filtered.get("total").asLong()).isEqualTo(1);
        JsonNode partyFacet = null;
        for (JsonNode group : filtered.get("facets")) {
            if (group.get("parameter").asString().equals("party")) {
                partyFacet = group;
            }
        }
        assertThat(partyFacet).isNotNull();
        assertThat(partyFacet.get("values").get(0).get("code").asString()).isEqualTo("MN");
        assertThat(partyFacet.get("values").get(0).get("count").asInt()).isEqualTo(1);

        JsonNode french = getJson("/api/v1/measures?q=" + word, HttpHeaders.ACCEPT_LANGUAGE, "fr-CH, fr;q=0.9");
        assertThat(french.get("facets").get(0).get("label").asString()).isEqualTo("Partie");
    }

    @Test
    void answersCarryAnETagAndLastModifiedAndRevalidateWith304() throws Exception {
        MockHttpServletResponse first = call("/api/v1/measures?q=internationalisation");
        assertThat(first.getStatus()).isEqualTo(200);
        String etag = first.getHeader(HttpHeaders.ETAG);
        assertThat(etag).isNotBlank();
        assertThat(first.getHeader(HttpHeaders.LAST_MODIFIED)).isNotBlank();

        MockHttpServletResponse again = call("/api/v1/measures?q=internationalisation", HttpHeaders.IF_NONE_MATCH, etag);
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();

        fixtures.publish("LT", "2020-2023", CatalogueFixtures.content("Changes the catalogue " + CatalogueFixtures.uniqueWord(),
                "x", Set.of(), Set.of(), List.of(), Evaluation.NO, null));
        MockHttpServletResponse changed = call("/api/v1/measures?q=internationalisation", HttpHeaders.IF_NONE_MATCH, etag);
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(changed.getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
    }

    @Test
    void theApiIsReadOnlyAndNeedsNoSession() throws Exception {
        int status = mvc.perform(post("/api/v1/measures")).andReturn().getResponse().getStatus();
        assertThat(status).isIn(401, 403);
        MockHttpServletResponse response = call("/api/v1/parties");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Set-Cookie")).isNull();
    }

    @Test
    void measuresVersionsPartiesVocabulariesAndStatistics() throws Exception {
        PublishedMeasure published = fixtures.publish("MN", "2024-2027", CatalogueFixtures.content(
                "Version one " + CatalogueFixtures.uniqueWord(), "Text", Set.of(), Set.of(), List.of(), Evaluation.NO, null));
        JsonNode measure = getJson("/api/v1/measures/" + published.measureId());
        assertThat(measure.get("content").get("title").asString()).isEqualTo(published.content().title());
        assertThat(getJson("/api/v1/measures/" + published.measureId() + "/versions")).hasSize(1);
        assertThat(getJson("/api/v1/measures/" + published.measureId() + "/versions/1").get("publicationNo").asInt())
                .isEqualTo(1);

        JsonNode parties = getJson("/api/v1/parties");
        assertThat(parties.findValuesAsString("isoCode")).contains("LT", "MN", "AZ");
        JsonNode goals = getJson("/api/v1/vocabularies/goal?lang=es");
        assertThat(goals.get(0).get("label").asString()).isEqualTo("Apoyar sistemas sostenibles de gobernanza de la cultura");
        assertThat(getJson("/api/v1/vocabularies").properties().stream().map(java.util.Map.Entry::getKey).toList())
                .contains("GOAL", "AREA", "DOMAIN", "ENTITY_TYPE", "REGION");
        assertThat(getJson("/api/v1/statistics").findValuesAsString("id")).contains("goal", "budgetCycle");
        assertThat(call("/api/v1/measures/999999").getStatus()).isEqualTo(404);
    }

    @Test
    void draftsAndRevisionsInProgressAreNotServed() throws Exception {
        String word = CatalogueFixtures.uniqueWord();
        Measure draft = fixtures.draft("MN", "2024-2027", CatalogueFixtures.content("Draft " + word, "Secret", Set.of(),
                Set.of(), List.of(), Evaluation.NO, null));
        PublishedMeasure published = fixtures.publish("MN", "2024-2027", CatalogueFixtures.content("Public " + word,
                "Public text", Set.of(), Set.of(), List.of(), Evaluation.NO, null));
        fixtures.reviseWithoutPublishing(published.measureId(), CatalogueFixtures.content("Unpublished " + word,
                "Work in progress", Set.of(), Set.of(), List.of(), Evaluation.NO, null));

        assertThat(call("/api/v1/measures/" + draft.getId()).getStatus()).isEqualTo(404);
        assertThat(call("/api/v1/measures/" + draft.getId() + "/versions").getStatus()).isEqualTo(404);
        assertThat(call("/api/v1/measures/" + draft.getId() + "/pdf").getStatus()).isEqualTo(404);
        JsonNode found = getJson("/api/v1/measures?q=" + word);
        List<String> titles = new ArrayList<>();
        found.get("items").forEach(item -> titles.add(item.get("title").asString()));
        assertThat(titles).containsExactly("Public " + word);
        assertThat(getJson("/api/v1/measures/" + published.measureId()).get("content").get("title").asString())
                .isEqualTo("Public " + word);
        String csv = call("/api/v1/exports/measures.csv?q=" + word).getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Public " + word).doesNotContain("Draft " + word).doesNotContain("Unpublished " + word);
        String everything = call("/api/v1/exports/measures.json").getContentAsString(StandardCharsets.UTF_8);
        assertThat(everything).doesNotContain("Draft " + word).doesNotContain("Unpublished " + word);
    }

    @Test
    void csvExportHoldsTheSearchResults() throws Exception {
        String word = CatalogueFixtures.uniqueWord();
        List<PublishedMeasure> published = publishThree(word);
        MockHttpServletResponse response = call("/api/v1/exports/measures.csv?q=" + word + "&sort=date");
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("measures.csv");
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFF");
        List<List<String>> rows = Csv.parse(body);
        assertThat(rows.getFirst()).isEqualTo(exports.headers(Locale.ENGLISH)).contains("Title", "Party (ISO code)");
        assertThat(rows).hasSize(4);
        int title = column("title");
        int description = column("description");
        int party = column("party_code");
        int budget = column("budget_usd");
        assertThat(rows.subList(1, 4)).extracting(r -> r.get(title))
                .containsExactly("'=Gamma " + word, "Beta " + word, "Alpha, \"quoted\" " + word);
        List<String> alpha = rows.get(3);
        assertThat(alpha.get(description)).isEqualTo(published.getFirst().content().description());
        assertThat(alpha.get(party)).isEqualTo("MN");
        assertThat(new BigDecimal(alpha.get(budget))).isEqualByComparingTo("65000");
        assertThat(rows.get(2).get(description)).isEqualTo("Ąžuolas ir šaltinis");
    }

    @Test
    void xlsxExportHoldsTheSearchResults() throws Exception {
        String word = CatalogueFixtures.uniqueWord();
        publishThree(word);
        MockHttpServletResponse response = call("/api/v1/exports/measures.xlsx?q=" + word + "&sort=date");
        assertThat(response.getStatus()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheet("measures");
            DataFormatter format = new DataFormatter();
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(format.formatCellValue(cell)));
            assertThat(header).isEqualTo(exports.headers(Locale.ENGLISH));
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            Row alpha = sheet.getRow(3);
            assertThat(alpha.getCell(column("title")).getStringCellValue()).isEqualTo("Alpha, \"quoted\" " + word);
            assertThat(alpha.getCell(column("budget_usd")).getNumericCellValue()).isEqualTo(65000.0);
            assertThat(alpha.getCell(column("goal_codes")).getStringCellValue()).isEqualTo("GOVERNANCE");
            assertThat(alpha.getCell(column("partner_type_codes")).getStringCellValue()).isEqualTo("CIVIL_SOCIETY");
            assertThat(sheet.getRow(2).getCell(column("description")).getStringCellValue())
                    .isEqualTo("Ąžuolas ir šaltinis");
            // a string cell is never run as a formula: its text stays exact, without the CSV's apostrophe
            Cell gamma = sheet.getRow(1).getCell(column("title"));
            assertThat(gamma.getCellType()).isEqualTo(CellType.STRING);
            assertThat(gamma.getStringCellValue()).isEqualTo("=Gamma " + word);
        }
    }

    @Test
    void jsonExportHoldsThePublishedSnapshots() throws Exception {
        String word = CatalogueFixtures.uniqueWord();
        List<PublishedMeasure> published = publishThree(word);
        MockHttpServletResponse response = call("/api/v1/exports/measures.json?q=" + word + "&party=MN");
        List<PublishedMeasure> exported = json.readValue(response.getContentAsByteArray(),
                new TypeReference<List<PublishedMeasure>>() { });
        PublishedMeasure first = published.getFirst();
        // the public record: the signing role instead of the login name (imported: the Secretariat)
        assertThat(exported).containsExactly(new PublishedMeasure(first.measureId(), first.publicationNo(),
                first.partyId(), first.ministryId(), first.cycleId(), first.formVersion(), first.reportedByCivilSociety(),
                first.content(), first.publishedAt(), PublicRecord.SECRETARIAT));
    }

    @Test
    void measurePdfHasEveryLabelledField() throws Exception {
        String word = CatalogueFixtures.uniqueWord();
        PublishedMeasure alpha = publishThree(word).getFirst();
        MockHttpServletResponse response = call("/api/v1/measures/" + alpha.measureId() + "/pdf?lang=fr");
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        String text = pdfText(response.getContentAsByteArray());
        assertThat(text).contains("Alpha, \"quoted\" " + word)
                .contains("Décrivez les principales caractéristiques de la politique/mesure")
                .contains("Line two, with comma")
                .contains("Arts Council (Organisation de la société civile (OSC))")
                .contains("Mongolie").doesNotContain("Mongolia");
    }

    @Test
    void partyReportPdfHasAContentsPageWithThePageOfEachMeasure() throws Exception {
        MockHttpServletResponse response = call("/api/v1/parties/MN/reports/2012-2015/pdf");
        assertThat(response.getStatus()).isEqualTo(200);
        PdfReader reader = new PdfReader(response.getContentAsByteArray());
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        String contents = extractor.getTextFromPage(1);
        assertThat(contents).contains("Mongolia — 2012-2015").contains("Contents");
        String[] titles = {"Bilateral policy dialogues with cultural authorities of other countries",
                "Technical cooperation among specialists working in cultural and creative industries"};
        for (String title : titles) {
            java.util.regex.Matcher entry = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(title)
                    + " \\.+ (\\d+)").matcher(contents.replaceAll("\\s+", " "));
            assertThat(entry.find()).as("contents entry for " + title).isTrue();
            int page = Integer.parseInt(entry.group(1));
            assertThat(extractor.getTextFromPage(page).replaceAll("\\s+", " ")).contains(title);
        }
        assertThat(call("/api/v1/parties/ZZ/reports/2012-2015/pdf").getStatus()).isEqualTo(404);
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        JsonNode doc = getJson("/v3/api-docs");
        assertThat(doc.get("info").get("title").asString()).isEqualTo("Policy Monitor open data API");
        List<String> paths = doc.get("paths").properties().stream().map(java.util.Map.Entry::getKey).toList();
        assertThat(paths).contains("/api/v1/measures", "/api/v1/measures/{measureId}", "/api/v1/measures/{measureId}/versions",
                "/api/v1/exports/measures.{format}", "/api/v1/parties", "/api/v1/vocabularies", "/api/v1/statistics",
                "/api/v1/parties/{isoCode}/reports/{cycle}/pdf");
        List<String> searchParameters = doc.get("paths").get("/api/v1/measures").get("get").get("parameters")
                .findValuesAsString("name");
        assertThat(searchParameters).contains("q", "party", "region", "cycle", "goal", "area", "domain", "partnerType",
                "evaluated", "sort", "page", "size");
    }

    /** The position of a column, by its machine name (the headers are in the reader's language). */
    static int column(String name) {
        int index = CatalogueExports.columnNames().indexOf(name);
        assertThat(index).as(name).isNotNegative();
        return index;
    }

    @Test
    void exportsAreInTheReadersLanguageWithTheCodesInColumnsOfTheirOwn() throws Exception {
        String word = CatalogueFixtures.uniqueWord();
        publishThree(word);
        String csv = call("/api/v1/exports/measures.csv?q=" + word + "&sort=date&lang=fr")
                .getContentAsString(StandardCharsets.UTF_8);
        List<List<String>> rows = Csv.parse(csv);
        assertThat(rows.getFirst()).contains("Titre", "Partie", "Partie (code ISO)", "Objectifs", "Objectifs (codes)",
                "Domaines de suivi", "Domaines culturels (codes)", "Formulaire", "Évaluée").doesNotContain("title", "goals");
        List<String> alpha = rows.get(3);
        assertThat(alpha.get(column("party"))).isEqualTo("Mongolie");
        assertThat(alpha.get(column("party_code"))).isEqualTo("MN");
        assertThat(alpha.get(column("goals"))).isEqualTo("Soutenir des systèmes de gouvernance durables de la culture");
        assertThat(alpha.get(column("goal_codes"))).isEqualTo("GOVERNANCE");
        assertThat(alpha.get(column("domain_codes"))).isEqualTo("MUSIC");
        assertThat(alpha.get(column("domains"))).isNotEqualTo("MUSIC").isNotBlank();
        assertThat(alpha.get(column("partners"))).isEqualTo("Arts Council (Organisation de la société civile (OSC))");
        assertThat(alpha.get(column("partner_type_codes"))).isEqualTo("CIVIL_SOCIETY");
        assertThat(alpha.get(column("evaluated"))).isEqualTo("Oui");
        assertThat(alpha.get(column("evaluated_code"))).isEqualTo("YES");
        assertThat(alpha.get(column("form_version"))).isEqualTo("Formulaire 2020 et après");
        assertThat(alpha.get(column("form_version_code"))).isEqualTo("FORM_2020");
        assertThat(String.join(",", alpha)).doesNotContain("Mongolia");

        MockHttpServletResponse xlsx = call("/api/v1/exports/measures.xlsx?q=" + word + "&sort=date",
                HttpHeaders.ACCEPT_LANGUAGE, "fr");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            DataFormatter format = new DataFormatter();
            Row header = workbook.getSheet("measures").getRow(0);
            Row row = workbook.getSheet("measures").getRow(3);
            assertThat(format.formatCellValue(header.getCell(column("goals")))).isEqualTo("Objectifs");
            assertThat(format.formatCellValue(row.getCell(column("goals"))))
                    .isEqualTo("Soutenir des systèmes de gouvernance durables de la culture");
            assertThat(format.formatCellValue(row.getCell(column("goal_codes")))).isEqualTo("GOVERNANCE");
            assertThat(format.formatCellValue(row.getCell(column("party")))).isEqualTo("Mongolie");
            // the "columns" sheet tells a machine which header is which stable name
            Row goals = workbook.getSheet("columns").getRow(column("goal_codes"));
            assertThat(format.formatCellValue(goals.getCell(0))).isEqualTo("Objectifs (codes)");
            assertThat(format.formatCellValue(goals.getCell(1))).isEqualTo("goal_codes");
        }

        PdfReader reader = new PdfReader(call("/api/v1/parties/MN/reports/2012-2015/pdf?lang=fr").getContentAsByteArray());
        String cover = new PdfTextExtractor(reader).getTextFromPage(1);
        // the PDF text extractor gives the no-break space before ':' as spaces
        assertThat(cover.replaceAll("[\\s\\u00a0]+", " ")).contains("Mongolie — 2012-2015")
                .contains("Mesures publiées : 2").doesNotContain("Mongolia");
    }

    private static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

}
