package org.policymonitor.annex;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.tracking.SubmissionFixtures;
import org.policymonitor.workflow.SubmissionWorkflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The open-data API's files, as an anonymous client gets them. */
@IntegrationTest
class AnnexApiTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    MeasureService measures;
    @Autowired
    AnnexService annexes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;
    @Autowired
    SubmissionWorkflow workflow;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void aPublishedFileIsSentAsAnAttachmentWithTheTypeOfItsContent() throws Exception {
        Long measure = measures.currentPublications().getFirst().measureId();
        Long annex = AnnexTestData.publishedAnnexOf(jdbc, measure, AnnexTestData.pdf());

        mvc.perform(get("/api/v1/annexes/" + annex)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.startsWith("attachment; filename=")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(AnnexTestData.pdf()));
        mvc.perform(get("/api/v1/measures/" + measure + "/annexes")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + annex + ")].fileName").value("published.pdf"));
    }

    @Test
    void aDraftsFileIsNotFoundThroughTheApi() throws Exception {
        SubmissionFixtures fixtures = new SubmissionFixtures(measures, referenceData, accounts, workflow);
        Long draft = fixtures.draft(fixtures.culture(), "Draft with a file", List.of());
        AnnexFile file = fixtures.as("editor", () -> annexes.attachToMeasure(draft, "draft.pdf", AnnexTestData.pdf()));

        mvc.perform(get("/api/v1/annexes/" + file.id())).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").exists());
        mvc.perform(get("/api/v1/measures/" + draft + "/annexes")).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
    }
}
