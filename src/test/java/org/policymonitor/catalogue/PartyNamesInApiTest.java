package org.policymonitor.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.measure.Evaluation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API names Parties in the reader's language (lang, else Accept-Language), in search results and the list. */
@IntegrationTest
class PartyNamesInApiTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    CatalogueFixtures fixtures;
    @Autowired
    JsonMapper json;

    private JsonNode getJson(String url, String language) throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var request = get(url);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<String> values(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get(field).asString()).toList();
    }

    @Test
    void searchResultsAndThePartyListNameEachPartyInTheReadersLanguage() throws Exception {
        String word = CatalogueFixtures.uniqueWord();
        fixtures.publish("MN", "2020-2023", CatalogueFixtures.content("Steppe radio " + word, "Text", Set.of(),
                Set.of(), List.of(), Evaluation.NO, null));

        assertThat(values(getJson("/api/v1/measures?q=" + word + "&lang=fr", null).get("items"), "partyName"))
                .containsExactly("Mongolie");
        assertThat(values(getJson("/api/v1/measures?q=" + word, "es").get("items"), "partyName"))
                .containsExactly("Mongolia");
        assertThat(values(getJson("/api/v1/measures?q=" + word, "en").get("items"), "partyName"))
                .containsExactly("Mongolia");

        assertThat(values(getJson("/api/v1/parties?lang=fr", null), "name")).contains("Mongolie", "Lituanie")
                .doesNotContain("Lithuania");
        assertThat(values(getJson("/api/v1/parties", "es"), "name")).contains("Lituania", "Azerbaiyán");
    }
}
