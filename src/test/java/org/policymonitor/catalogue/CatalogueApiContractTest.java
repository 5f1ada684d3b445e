package org.policymonitor.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.measure.Evaluation;
import org.policymonitor.measure.PublishedMeasure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The open-data API's contract: JSON only, checked parameters, CORS for reading, a complete OpenAPI 3.1 document. */
@IntegrationTest
class CatalogueApiContractTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JsonMapper json;
    @Autowired
    CatalogueFixtures fixtures;
    @Autowired
    org.policymonitor.party.ReferenceData referenceData;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private MockHttpServletResponse call(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse();
    }

    private JsonNode body(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownPathUnderTheApiIsAJson404() throws Exception {
        for (String url : List.of("/api/v1/nothing", "/api/v1/measures/1/nothing", "/api/v2/measures", "/api/")) {
            MockHttpServletResponse response = call(url);
            assertThat(response.getStatus()).as(url).isEqualTo(404);
            assertThat(response.getContentType()).as(url).startsWith("application/json");
            assertThat(body(response).get("error").asString()).as(url).contains("No such resource");
        }
    }

    @Test
    void invalidPagingSortAndFacetCodesAreA400NamingTheParameter() throws Exception {
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("/api/v1/measures?page=-1", "page");
        cases.put("/api/v1/measures?page=abc", "page");
        cases.put("/api/v1/measures?page=600&size=20", "page");
        cases.put("/api/v1/measures?size=0", "size");
        cases.put("/api/v1/measures?size=201", "size");
        cases.put("/api/v1/measures?sort=popularity", "sort");
        cases.put("/api/v1/measures?party=MN&party=ZZ", "party");
        cases.put("/api/v1/measures?goal=GOVERNANCE,NOT_A_GOAL", "goal");
        cases.put("/api/v1/measures?region=GROUP_X", "region");
        cases.put("/api/v1/measures?cycle=1999-2002", "cycle");
        cases.put("/api/v1/measures?area=X", "area");
        cases.put("/api/v1/measures?domain=X", "domain");
        cases.put("/api/v1/measures?partnerType=X", "partnerType");
        cases.put("/api/v1/measures?evaluated=MAYBE", "evaluated");
        cases.put("/api/v1/measures?q=" + "a".repeat(501), "q");
        cases.put("/api/v1/exports/measures.csv?party=ZZ", "party");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            MockHttpServletResponse response = call(c.getKey());
            assertThat(response.getStatus()).as(c.getKey()).isEqualTo(400);
            assertThat(response.getContentType()).as(c.getKey()).startsWith("application/json");
            JsonNode error = body(response);
            assertThat(error.get("parameter").asString()).as(c.getKey()).isEqualTo(c.getValue());
            assertThat(error.get("error").asString()).as(c.getKey()).contains(c.getValue());
        }
        assertThat(call("/api/v1/measures?party=MN,LT&goal=GOVERNANCE&sort=date&page=1&size=200&evaluated=YES")
                .getStatus()).isEqualTo(200);
        assertThat(call("/api/v1/measures?page=49&size=200").getStatus()).isEqualTo(200);
    }

    @Test
    void aPartyWithoutPublishedMeasuresIsStillAKnownCode() throws Exception {
        // codes that a measure in the index has are checked there; the others against the reference data
        referenceData.partyByIso("QW").orElseGet(() -> referenceData.saveParty(
                new org.policymonitor.party.Party("QW", "Party without measures", "GROUP_I", null)));
        MockHttpServletResponse party = call("/api/v1/measures?party=QW");
        assertThat(party.getStatus()).isEqualTo(200);
        assertThat(body(party).get("total").asInt()).isZero();
        assertThat(call("/api/v1/measures?party=QW&party=QX").getStatus()).as("QX exists nowhere").isEqualTo(400);
    }

    @Test
    void anyOriginMayReadButNotWrite() throws Exception {
        MockHttpServletResponse read = mvc.perform(get("/api/v1/parties").header(HttpHeaders.ORIGIN, "https://example.org"))
                .andReturn().getResponse();
        assertThat(read.getStatus()).isEqualTo(200);
        assertThat(read.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isEqualTo("*");
        assertThat(read.getHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS)).contains("ETag");

        MockHttpServletResponse preflight = mvc.perform(options("/api/v1/measures")
                .header(HttpHeaders.ORIGIN, "https://example.org")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")).andReturn().getResponse();
        assertThat(preflight.getStatus()).isEqualTo(200);
        assertThat(preflight.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isEqualTo("*");
        assertThat(preflight.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS)).contains("GET").doesNotContain("POST");

        MockHttpServletResponse write = mvc.perform(options("/api/v1/measures")
                .header(HttpHeaders.ORIGIN, "https://example.org")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "DELETE")).andReturn().getResponse();
        assertThat(write.getStatus()).isEqualTo(403);
        assertThat(write.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isNull();
    }

    @Test
    void theOpenApiDocumentIsValid31WithDescribedParametersEnumsAndExamples() throws Exception {
        MockHttpServletResponse response = call("/v3/api-docs");
        assertThat(response.getStatus()).isEqualTo(200);
        String document = response.getContentAsString(StandardCharsets.UTF_8);
        JsonNode doc = json.readTree(document);
        assertThat(doc.get("openapi").asString()).startsWith("3.1");
        JsonNode license = doc.get("info").get("license");
        assertThat(license.has("identifier") || license.has("url")).as("license has an identifier or url").isTrue();

        List<String> undescribed = new ArrayList<>();
        List<String> withoutExample = new ArrayList<>();
        doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            boolean example = false;
            for (JsonNode parameter : operation.getValue().path("parameters")) {
                if (parameter.path("description").asString("").isBlank()) {
                    undescribed.add(path.getKey() + " " + parameter.get("name").asString());
                }
                example |= parameter.has("example") || parameter.has("examples");
            }
            if (!example) {
                withoutExample.add(path.getKey());
            }
        }));
        assertThat(undescribed).isEmpty();
        assertThat(withoutExample).isEmpty();

        Map<String, JsonNode> search = new java.util.HashMap<>();
        doc.get("paths").get("/api/v1/measures").get("get").get("parameters")
                .forEach(p -> search.put(p.get("name").asString(), p.get("schema")));
        assertThat(strings(search.get("party").get("items").get("enum"))).contains("MN", "LT", "AZ");
        assertThat(strings(search.get("goal").get("items").get("enum"))).contains("GOVERNANCE", "HUMAN_RIGHTS");
        assertThat(strings(search.get("evaluated").get("items").get("enum")))
                .containsExactly("YES", "NO", "NOT_ANSWERED");
        assertThat(strings(search.get("sort").get("enum"))).containsExactly("relevance", "date");

        // An independent validator (openapi-spec-validator, Python), where the machine has it.
        Path file = Files.createTempFile("openapi", ".json");
        Files.writeString(file, document);
        ProcessBuilder validator = new ProcessBuilder("python3", "-m", "openapi_spec_validator", file.toString())
                .redirectErrorStream(true);
        Process process;
        try {
            process = validator.start();
        } catch (java.io.IOException noPython) {
            System.out.println("openapi-spec-validator not run: " + noPython.getMessage());
            return;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        if (output.contains("No module named")) {
            System.out.println("openapi-spec-validator not installed: " + output);
            return;
        }
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("OK");
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    @Test
    void thePublicRecordNamesTheSigningRoleAndPartyNeverTheLogin() throws Exception {
        String word = CatalogueFixtures.uniqueWord();
        PublishedMeasure first = fixtures.publish("MN", "2024-2027", CatalogueFixtures.content("Signed " + word, "Text",
                Set.of(), Set.of(), List.of(), Evaluation.NO, null));
        fixtures.reviseWithoutPublishing(first.measureId(), CatalogueFixtures.content("Signed again " + word, "Text",
                Set.of(), Set.of(), List.of(), Evaluation.NO, null));
        PublishedMeasure second = fixtures.publishRevision(first.measureId()); // signed off by the demo evaluator
        assertThat(second.publishedBy()).isEqualTo("evaluator");

        assertThat(body(call("/api/v1/measures/" + first.measureId())).get("publishedBy").asString())
                .isEqualTo("Evaluator, Mongolia");
        assertThat(body(call("/api/v1/measures/" + first.measureId() + "/versions")).findValuesAsString("publishedBy"))
                .containsExactly("Evaluator, Mongolia", PublicRecord.SECRETARIAT);
        String export = call("/api/v1/exports/measures.json?q=" + word).getContentAsString(StandardCharsets.UTF_8);
        assertThat(body(call("/api/v1/exports/measures.json?q=" + word)).findValuesAsString("publishedBy"))
                .containsExactly("Evaluator, Mongolia");
        assertThat(export).doesNotContain("\"evaluator\"").doesNotContain("\"test\"");
    }
}
