package org.policymonitor.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.workflow.Decision;
import org.policymonitor.workflow.InboxFilter;
import org.policymonitor.workflow.SubmissionWorkflow;
import org.policymonitor.workflow.TaskView;
import org.policymonitor.workflow.WorkflowConsistency;
import org.policymonitor.workflow.WorkflowFixtures;
import org.policymonitor.workflow.WorkflowHealthIndicator;
import org.policymonitor.workflow.WorkflowIntegrationTest;
import org.policymonitor.workflow.WorkflowStep;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import io.micrometer.core.instrument.MeterRegistry;

/** The workflow's health component, its gauges and the status/process cross-check. */
@WorkflowIntegrationTest
class WorkflowObservabilityTest {

    @Autowired
    MeterRegistry registry;
    @Autowired
    WorkflowHealthIndicator health;
    @Autowired
    WorkflowConsistency consistency;
    @Autowired
    SubmissionWorkflow workflow;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ProcessEngineConfiguration engine;
    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;
    @Autowired
    SecurityContextHolderStrategy securityContextStrategy;

    WorkflowFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new WorkflowFixtures(measures, referenceData, accounts, securityContextStrategy);
    }

    @Test
    void openTasksAreCountedByStep() {
        double review = open("review");
        double partners = open("partner_confirmation");
        double signOff = open("sign_off");

        Long withPartner = fixtures.submitted("Gauge measure with a partner", WorkflowFixtures.artsCouncil());
        Long alone = fixtures.submitted("Gauge measure without partners", List.of());
        assertThat(open("review")).isEqualTo(review + 2);

        decide("reviewer", withPartner, WorkflowStep.REVIEW, Decision.APPROVE);
        decide("reviewer", alone, WorkflowStep.REVIEW, Decision.APPROVE);
        assertThat(open("review")).isEqualTo(review);
        assertThat(open("partner_confirmation")).isEqualTo(partners + 1);
        assertThat(open("sign_off")).isEqualTo(signOff + 1);

        decide("evaluator", alone, WorkflowStep.SIGN_OFF, Decision.SIGN_OFF);
        assertThat(open("sign_off")).isEqualTo(signOff);
    }

    @Test
    void aJobOutOfRetriesIsCountedAndTakesTheWorkflowOutOfService() {
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(health.health().getDetails()).containsEntry("asyncExecutor", "off");
        double failed = registry.get("policymonitor.jobs.failed").gauge().value();

        Long id = fixtures.submitted("Measure whose reminder fails", WorkflowFixtures.artsCouncil());
        decide("reviewer", id, WorkflowStep.REVIEW, Decision.APPROVE);
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id.toString()).singleResult().getId();
        Job timer = management.createTimerJobQuery().processInstanceId(pi).list().getFirst();
        Job deadLetter = management.moveJobToDeadLetterJob(management.moveTimerToExecutableJob(timer.getId()).getId());
        try {
            assertThat(registry.get("policymonitor.jobs.failed").gauge().value()).isEqualTo(failed + 1);
            Health withDeadLetter = health.health();
            assertThat(withDeadLetter.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
            assertThat(withDeadLetter.getDetails()).containsEntry("deadLetterJobs", (long) failed + 1);
        } finally {
            management.deleteDeadLetterJob(deadLetter.getId());
        }
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void aNodeWhoseExecutorShouldRunButDoesNotIsOutOfService() {
        // This context runs without the async executor (tests drive jobs by hand); a node configured to run it
        // but where it is not running cannot fire timers.
        WorkflowHealthIndicator expectingExecutor = new WorkflowHealthIndicator(management, engine, true, 1);
        assertThat(expectingExecutor.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(expectingExecutor.health().getDetails()).containsEntry("asyncExecutor", "stopped");
    }

    @Test
    void statusesAndProcessesAgreeAndADeletedProcessIsReported() {
        Long inReview = fixtures.submitted("Consistent measure in review", WorkflowFixtures.artsCouncil());
        Long awaitingPartners = fixtures.submitted("Consistent measure with partners", WorkflowFixtures.artsCouncil());
        decide("reviewer", awaitingPartners, WorkflowStep.REVIEW, Decision.APPROVE);
        Long published = fixtures.submitted("Consistent measure published", List.of());
        decide("reviewer", published, WorkflowStep.REVIEW, Decision.APPROVE);
        decide("evaluator", published, WorkflowStep.SIGN_OFF, Decision.SIGN_OFF);
        assertThat(mentioning(inReview, awaitingPartners, published)).isEmpty();

        Long orphan = fixtures.submitted("Measure whose process is lost", List.of());
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(orphan.toString()).singleResult().getId();
        runtime.deleteProcessInstance(pi, "test: lost behind the measure's back");
        assertThat(mentioning(orphan)).containsExactly("measure " + orphan + " (IN_REVIEW): no running submission");

        assertThatThrownBy(() -> fixtures.as("reviewer", consistency::inconsistencies))
                .isInstanceOf(AccessDeniedException.class);
    }

    private List<String> mentioning(Long... ids) {
        List<String> all = fixtures.as("admin", consistency::inconsistencies);
        return all.stream().filter(line -> List.of(ids).stream().anyMatch(id -> line.startsWith("measure " + id + " ")))
                .toList();
    }

    private double open(String step) {
        return registry.get("policymonitor.tasks.open").tag("step", step).gauge().value();
    }

    private void decide(String username, Long measureId, WorkflowStep step, Decision decision) {
        TaskView task = fixtures.as(username, () -> workflow.inbox(new InboxFilter(InboxFilter.Show.ALL, step, false,
                null, null))).stream().filter(t -> t.measureId().equals(measureId)).findFirst().orElseThrow();
        fixtures.doAs(username, () -> workflow.complete(task.id(), decision, null));
    }
}
