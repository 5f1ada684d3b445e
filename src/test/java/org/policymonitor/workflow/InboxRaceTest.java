package org.policymonitor.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.CurrentUser;
import org.policymonitor.tracking.SubmissionFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The inbox reads its rows' variables after the task query: a task whose submission ended in between (a
 * colleague's decision, an administrator's cancel) is simply no longer listed. Seen in CrashSafetyTest's
 * concurrent load as a NullPointerException before this was handled.
 */
@IntegrationTest
class InboxRaceTest {

    @Autowired
    OpenTasks openTasks;
    @Autowired
    TaskService tasks;
    @Autowired
    SubmissionWorkflow workflow;
    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;

    @Test
    void aTaskWhoseSubmissionEndedBetweenTheQueriesIsNotListed() {
        SubmissionFixtures fixtures = new SubmissionFixtures(measures, referenceData, accounts, workflow);
        Long ended = fixtures.submitted(fixtures.culture(), "Cancelled between the queries", List.of());
        Long open = fixtures.submitted(fixtures.culture(), "Still open", List.of());
        List<Task> found = tasks.createTaskQuery().processDefinitionKey(SubmissionWorkflow.PROCESS_KEY)
                .processVariableValueEquals(SubmissionWorkflow.Variables.MEASURE_ID, ended).includeIdentityLinks().list();
        found = new java.util.ArrayList<>(found);
        found.addAll(tasks.createTaskQuery().processDefinitionKey(SubmissionWorkflow.PROCESS_KEY)
                .processVariableValueEquals(SubmissionWorkflow.Variables.MEASURE_ID, open).includeIdentityLinks().list());
        assertThat(found).hasSize(2);

        fixtures.doAs("admin", () -> workflow.cancel(ended, "Sent by mistake"));

        CurrentUser reviewer = accounts.find("reviewer").orElseThrow();
        List<Task> stale = List.copyOf(found);
        assertThat(fixtures.as("reviewer", () -> openTasks.views(stale, reviewer, CandidateGroups.of(reviewer))))
                .extracting(TaskView::measureId).containsExactly(open);
    }
}
