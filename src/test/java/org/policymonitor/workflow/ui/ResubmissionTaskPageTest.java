package org.policymonitor.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.measure.FieldChange;
import org.policymonitor.measure.MeasureField;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.ui.ChangesGrid;
import org.policymonitor.measure.ui.MeasurePlaces;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.workflow.Decision;
import org.policymonitor.workflow.InboxFilter;
import org.policymonitor.workflow.SubmissionWorkflow;
import org.policymonitor.workflow.WorkflowFixtures;
import org.policymonitor.workflow.WorkflowIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Paragraph;

/** A reviewer who receives a resubmission sees why it came back and what changed since, field by field. */
@WorkflowIntegrationTest
@ViewPackages(packages = "org.policymonitor")
class ResubmissionTaskPageTest extends SpringBrowserlessTest {

    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;
    @Autowired
    SecurityContextHolderStrategy securityContextStrategy;
    @Autowired
    SubmissionWorkflow workflow;

    WorkflowFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new WorkflowFixtures(measures, referenceData, accounts, securityContextStrategy);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String reviewTask(Long measureId) {
        return fixtures.as("reviewer", () -> workflow.inbox(InboxFilter.all())).stream()
                .filter(t -> t.measureId().equals(measureId)).findFirst().orElseThrow().id();
    }

    private void openAsReviewer(String taskId) {
        fixtures.signIn("reviewer");
        cleanVaadinEnvironment();
        initVaadinEnvironment();
        navigate("tasks/" + taskId, TaskPage.class);
    }

    @Test
    void theResubmissionShowsTheEarlierReasonAndTheChangedFields() {
        Long id = fixtures.submitted("Craft apprenticeships", List.of());
        String first = reviewTask(id);
        fixtures.doAs("reviewer", () -> workflow.complete(first, Decision.RETURN, "Give the budget in USD."));
        fixtures.doAs("editor", () -> measures.saveContent(id, measures.find(id).orElseThrow().getVersion(),
                WorkflowFixtures.completeContent("Craft apprenticeships in the regions", List.of()), "editor"));
        fixtures.doAs("editor", () -> measures.submit(id, "editor"));

        openAsReviewer(reviewTask(id));

        assertThat($(Paragraph.class).id("earlier-reason").getText()).contains("Give the budget in USD.")
                .contains("reviewer");
        ChangesGrid changes = $(ChangesGrid.class).id("changes-since-previous");
        assertThat(changes.shown()).extracting(FieldChange::field).contains(MeasureField.TITLE);
        assertThat(changes.shown()).filteredOn(c -> c.field() == MeasureField.TITLE).singleElement()
                .satisfies(c -> assertThat(c.before()).isEqualTo("Craft apprenticeships"))
                .satisfies(c -> assertThat(c.after()).isEqualTo("Craft apprenticeships in the regions"));
        assertThat($(MeasurePlaces.class).single().getElement().toString()).contains("submissions/" + id)
                .contains("measures/" + id + "/history");
    }

    @Test
    void aFirstSubmissionHasNothingToCompare() {
        Long id = fixtures.submitted("Craft markets", List.of());

        openAsReviewer(reviewTask(id));

        assertThat($(ChangesGrid.class).all()).isEmpty();
        assertThat($(Paragraph.class).all()).noneMatch(p -> "earlier-reason".equals(p.getId().orElse(null)));
    }
}
