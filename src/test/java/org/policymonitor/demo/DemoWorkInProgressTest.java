package org.policymonitor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.measure.MeasureFilter;
import org.policymonitor.measure.MeasureEditing;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.MeasureStatus;
import org.policymonitor.workflow.InboxFilter;
import org.policymonitor.workflow.SubmissionWorkflow;
import org.policymonitor.workflow.WorkflowStep;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.TestPropertySource;

/** The demo's work in progress (off in the other tests' context): the editor's draft and the reviewer's task. */
@IntegrationTest
@TestPropertySource(properties = {"policymonitor.demo-submissions=true", "policymonitor.test.context=demo-submissions"})
class DemoWorkInProgressTest {

    @Autowired
    MeasureService measures;
    @Autowired
    MeasureEditing editing;
    @Autowired
    SubmissionWorkflow workflow;

    @Test
    @WithUserDetails("editor")
    void theEditorFindsADraftAndASubmissionInReview() {
        assertThat(editing.mine(new MeasureFilter(null, null), 0, 50, Sort.by("title")))
                .filteredOn(m -> m.status() != MeasureStatus.PUBLISHED) // the ministry's published seed measure
                .extracting(m -> m.title() + " " + m.status())
                .containsExactlyInAnyOrder("Music schools in the provinces " + MeasureStatus.DRAFT,
                        "Film distribution support fund " + MeasureStatus.IN_REVIEW);
    }

    @Test
    @WithUserDetails("reviewer")
    void theReviewerHasTheSubmissionInTheInbox() {
        assertThat(workflow.inbox(InboxFilter.all())).singleElement().satisfies(task -> {
            assertThat(task.measureTitle()).isEqualTo("Film distribution support fund");
            assertThat(task.step()).isEqualTo(WorkflowStep.REVIEW);
        });
    }
}
