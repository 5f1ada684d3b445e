package org.policymonitor.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.measure.Evaluation;
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.party.PartnerOrganisation;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.tracking.SubmissionFixtures;
import org.policymonitor.workflow.Decision;
import org.policymonitor.workflow.SubmissionWorkflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public side of a civil-society contribution: its record says "Reported by civil society: <organisation>",
 * the catalogue and the API filter on it (facet civilSociety, YES or NO), and the API's results and records carry
 * the flag and the organisation.
 */
@IntegrationTest
class CivilSocietyCatalogueTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    CatalogueFixtures catalogueFixtures;
    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;
    @Autowired
    SubmissionWorkflow workflow;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    MeasureFields fields;
    @Autowired
    JsonMapper json;

    private JsonNode getJson(MockMvc mvc, String url) throws Exception {
        var response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aPublishedContributionNamesItsOrganisationAndIsAFacetValueInTheCatalogueAndTheApi() throws Exception {
        String word = CatalogueFixtures.uniqueWord();
        SecurityContextHolder.clearContext();
        SubmissionFixtures process = new SubmissionFixtures(measures, referenceData, accounts, workflow);
        PartnerOrganisation ngos = referenceData.partnerOrganisationByName("Mongolian Culture NGO Network").orElseThrow();
        Long contribution = measures.createContribution(process.mongolia().getId(), ngos.getId(), ngos.getName(),
                process.cycle2024(), FormVersion.FORM_2020,
                SubmissionFixtures.content("Nomad music camps " + word, List.of()), "civil").getId();
        measures.submit(contribution, "civil");
        process.decide("reviewer", contribution, Decision.APPROVE, null);
        process.decide("evaluator", contribution, Decision.SIGN_OFF, null);
        Long ministryMeasure = catalogueFixtures.publish("MN", "2020-2023", CatalogueFixtures.content(
                "Ministry music camps " + word, "A ministry's", Set.of(), Set.of(), List.of(), Evaluation.NO, null))
                .measureId();

        // the public record
        var published = catalogue.measure(contribution).orElseThrow();
        assertThat(published.reportedByCivilSociety()).isTrue();
        assertThat(published.civilSocietyOrganisation()).isEqualTo(ngos.getName());
        assertThat(fields.of(published, Locale.ENGLISH)).filteredOn(f -> f.key().equals("civilSociety"))
                .singleElement().satisfies(f -> {
                    assertThat(f.label()).isEqualTo("Reported by civil society");
                    assertThat(f.value()).isEqualTo(ngos.getName());
                });
        assertThat(fields.of(catalogue.measure(ministryMeasure).orElseThrow(), Locale.ENGLISH))
                .noneMatch(f -> f.key().equals("civilSociety"));

        // the catalogue's facet, and the API's search
        assertThat(catalogue.search(CatalogueQuery.text(word).withFilter(Facet.CIVIL_SOCIETY, Set.of("YES")),
                Locale.ENGLISH).items()).extracting(CatalogueService.MeasureSummary::measureId)
                .containsExactly(contribution);
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        JsonNode yes = getJson(mvc, "/api/v1/measures?q=" + word + "&civilSociety=YES");
        assertThat(yes.get("total").asLong()).isEqualTo(1);
        JsonNode item = yes.get("items").get(0);
        assertThat(item.get("measureId").asLong()).isEqualTo(contribution);
        assertThat(item.get("reportedByCivilSociety").asBoolean()).isTrue();
        assertThat(item.get("civilSocietyOrganisation").asString()).isEqualTo(ngos.getName());
        JsonNode no = getJson(mvc, "/api/v1/measures?q=" + word + "&civilSociety=NO");
        assertThat(no.get("total").asLong()).isEqualTo(1);
        assertThat(no.get("items").get(0).get("measureId").asLong()).isEqualTo(ministryMeasure);
        assertThat(no.get("items").get(0).get("reportedByCivilSociety").asBoolean()).isFalse();
        // drill sideways: with YES ticked the facet still counts the NO
        JsonNode group = null;
        for (JsonNode g : yes.get("facets")) {
            if (g.get("parameter").asString().equals("civilSociety")) {
                group = g;
            }
        }
        assertThat(group).as("civilSociety facet").isNotNull();
        assertThat(group.get("values").toString()).contains("\"YES\"", "\"NO\"");

        JsonNode record = getJson(mvc, "/api/v1/measures/" + contribution);
        assertThat(record.get("reportedByCivilSociety").asBoolean()).isTrue();
        assertThat(record.get("civilSocietyOrganisation").asString()).isEqualTo(ngos.getName());
    }
}
