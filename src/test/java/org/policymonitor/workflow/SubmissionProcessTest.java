package org.policymonitor.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.measure.Measure;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.MeasureStatus;
import org.policymonitor.measure.PartnerRow;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** Walks every path of the submission process, with the measure's status following each step. */
@WorkflowIntegrationTest
@RecordApplicationEvents
class SubmissionProcessTest {

    @Autowired
    SubmissionWorkflow workflow;
    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;
    @Autowired
    SecurityContextHolderStrategy securityContextStrategy;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    ProcessEngineConfiguration engine;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEvents events;

    WorkflowFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new WorkflowFixtures(measures, referenceData, accounts, securityContextStrategy);
    }

    @AfterEach
    void resetEngineClock() {
        engine.getClock().reset();
    }

    private MeasureStatus status(Long measureId) {
        return measures.find(measureId).orElseThrow().getStatus();
    }

    /** The one open task of the measure in the user's inbox. */
    private TaskView task(String username, Long measureId) {
        List<TaskView> found = fixtures.as(username, () -> workflow.inbox(InboxFilter.all())).stream()
                .filter(t -> t.measureId().equals(measureId)).toList();
        assertThat(found).as("open tasks of measure %s for %s", measureId, username).hasSize(1);
        return found.getFirst();
    }

    private List<TaskView> tasks(String username, Long measureId) {
        return fixtures.as(username, () -> workflow.inbox(InboxFilter.all())).stream()
                .filter(t -> t.measureId().equals(measureId)).toList();
    }

    private void decide(String username, Long measureId, Decision decision, String comment) {
        String taskId = task(username, measureId).id();
        fixtures.doAs(username, () -> workflow.complete(taskId, decision, comment));
    }

    private List<StepLogEntry> timeline(Long measureId) {
        return fixtures.as("admin", () -> workflow.timeline(measureId));
    }

    private boolean running(Long measureId) {
        return workflow.runningInstance(measureId).isPresent();
    }

    @Test
    void approvedByEveryoneTheMeasureIsPublished() {
        Long id = fixtures.submitted("Touring grants (approve all)", WorkflowFixtures.artsCouncil());
        assertThat(status(id)).isEqualTo(MeasureStatus.IN_REVIEW);
        TaskView review = task("reviewer", id);
        assertThat(review.step()).isEqualTo(WorkflowStep.REVIEW);
        assertThat(review.measureTitle()).isEqualTo("Touring grants (approve all)");
        assertThat(review.dueAt()).isAfter(review.createdAt());

        decide("reviewer", id, Decision.APPROVE, "Clear and complete.");
        assertThat(status(id)).isEqualTo(MeasureStatus.AWAITING_PARTNERS);
        TaskView confirmation = task("partner", id);
        assertThat(confirmation.step()).isEqualTo(WorkflowStep.PARTNER_CONFIRMATION);
        assertThat(confirmation.partnerName()).isEqualTo(WorkflowFixtures.ARTS_COUNCIL);
        assertThat(tasks("reviewer", id)).isEmpty();

        decide("partner", id, Decision.CONFIRM, null);
        assertThat(status(id)).isEqualTo(MeasureStatus.AWAITING_SIGN_OFF);
        assertThat(task("evaluator", id).step()).isEqualTo(WorkflowStep.SIGN_OFF);

        decide("evaluator", id, Decision.SIGN_OFF, "Evaluation statement matches the report.");
        assertThat(status(id)).isEqualTo(MeasureStatus.PUBLISHED);
        assertThat(measures.currentPublication(id)).get()
                .satisfies(p -> assertThat(p.content().title()).isEqualTo("Touring grants (approve all)"))
                .satisfies(p -> assertThat(p.publishedBy()).isEqualTo("evaluator"));
        assertThat(running(id)).isFalse();
        assertThat(timeline(id)).extracting(StepLogEntry::step, StepLogEntry::outcome, StepLogEntry::actor,
                StepLogEntry::comment).containsExactly(
                        tuple(WorkflowStep.SUBMISSION, StepOutcome.SUBMITTED, "editor", null),
                        tuple(WorkflowStep.REVIEW, StepOutcome.APPROVED, "reviewer", "Clear and complete."),
                        tuple(WorkflowStep.PARTNER_CONFIRMATION, StepOutcome.CONFIRMED, "partner", null),
                        tuple(WorkflowStep.SIGN_OFF, StepOutcome.SIGNED_OFF, "evaluator",
                                "Evaluation statement matches the report."),
                        tuple(WorkflowStep.PUBLICATION, StepOutcome.PUBLISHED, "evaluator", null));
    }

    @Test
    void aReturnNeedsAReasonKeepsItAndResubmissionStartsTheReviewAgain() {
        Long id = fixtures.submitted("Film fund (returned at review)", List.of());
        String reviewTask = task("reviewer", id).id();

        assertThatThrownBy(() -> fixtures.doAs("reviewer", () -> workflow.complete(reviewTask, Decision.RETURN, "  ")))
                .isInstanceOf(ReasonRequiredException.class);
        assertThat(status(id)).isEqualTo(MeasureStatus.IN_REVIEW);

        fixtures.doAs("reviewer", () -> workflow.complete(reviewTask, Decision.RETURN, "Budget source is missing."));
        assertThat(status(id)).isEqualTo(MeasureStatus.RETURNED);
        assertThat(running(id)).isFalse();
        assertThat(tasks("reviewer", id)).isEmpty();

        Measure returned = measures.find(id).orElseThrow();
        MeasureContent fixed = WorkflowFixtures.completeContent("Film fund (returned at review)", List.of());
        fixtures.doAs("editor", () -> measures.saveContent(id, returned.getVersion(), fixed, "editor"));
        fixtures.doAs("editor", () -> measures.submit(id, "editor"));

        assertThat(status(id)).isEqualTo(MeasureStatus.IN_REVIEW);
        assertThat(task("reviewer", id).id()).isNotEqualTo(reviewTask);
        decide("reviewer", id, Decision.APPROVE, null);
        assertThat(status(id)).isEqualTo(MeasureStatus.AWAITING_SIGN_OFF);
        assertThat(timeline(id)).extracting(StepLogEntry::outcome, StepLogEntry::comment).containsExactly(
                tuple(StepOutcome.SUBMITTED, null),
                tuple(StepOutcome.RETURNED, "Budget source is missing."),
                tuple(StepOutcome.SUBMITTED, null),
                tuple(StepOutcome.APPROVED, null));
    }

    @Test
    void aPartnerDeclineReturnsTheMeasureAndClosesTheOtherConfirmations() {
        Long id = fixtures.submitted("Craft markets (partner declines)", List.of(
                new PartnerRow(WorkflowFixtures.ARTS_COUNCIL, "CIVIL_SOCIETY"),
                new PartnerRow("Ulaanbaatar Craft Guild", "PRIVATE_SECTOR"),
                new PartnerRow(null, "PUBLIC_SECTOR")));
        decide("reviewer", id, Decision.APPROVE, null);
        assertThat(status(id)).isEqualTo(MeasureStatus.AWAITING_PARTNERS);
        // the guild is not a known organisation: nobody is its contact, so the Party's reviewers answer for it
        assertThat(task("reviewer", id).partnerName()).isEqualTo("Ulaanbaatar Craft Guild");
        assertThat(task("partner", id).partnerName()).isEqualTo(WorkflowFixtures.ARTS_COUNCIL);

        String confirmation = task("partner", id).id();
        assertThatThrownBy(() -> fixtures.doAs("partner", () -> workflow.complete(confirmation, Decision.DECLINE, null)))
                .isInstanceOf(ReasonRequiredException.class);
        fixtures.doAs("partner", () -> workflow.complete(confirmation, Decision.DECLINE,
                "The council did not take part in this measure."));

        assertThat(status(id)).isEqualTo(MeasureStatus.RETURNED);
        assertThat(running(id)).isFalse();
        assertThat(tasks("reviewer", id)).isEmpty();
        assertThat(timeline(id)).last().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(StepOutcome.DECLINED);
            assertThat(entry.subject()).isEqualTo(WorkflowFixtures.ARTS_COUNCIL);
            assertThat(entry.comment()).isEqualTo("The council did not take part in this measure.");
        });
    }

    @Test
    void anEvaluatorReturnSendsTheMeasureBackToItsEditor() {
        Long id = fixtures.submitted("Music education (sign-off returned)", List.of());
        decide("reviewer", id, Decision.APPROVE, null);
        assertThatThrownBy(() -> decide("evaluator", id, Decision.APPROVE, null))
                .isInstanceOf(IllegalArgumentException.class);
        decide("evaluator", id, Decision.RETURN, "Conclusions do not match the evaluation report.");

        assertThat(status(id)).isEqualTo(MeasureStatus.RETURNED);
        assertThat(running(id)).isFalse();
        assertThat(measures.currentPublication(id)).isEmpty();
        assertThat(timeline(id)).last().extracting(StepLogEntry::step, StepLogEntry::outcome, StepLogEntry::comment)
                .containsExactly(WorkflowStep.SIGN_OFF, StepOutcome.RETURNED,
                        "Conclusions do not match the evaluation report.");
    }

    @Test
    void aMeasureWithoutPartnersGoesFromReviewStraightToSignOff() {
        Long id = fixtures.submitted("Library digitisation (no partners)", List.of(new PartnerRow(" ", null)));
        decide("reviewer", id, Decision.APPROVE, null);

        assertThat(status(id)).isEqualTo(MeasureStatus.AWAITING_SIGN_OFF);
        assertThat(tasks("partner", id)).isEmpty();
        assertThat(task("evaluator", id).step()).isEqualTo(WorkflowStep.SIGN_OFF);
        decide("evaluator", id, Decision.SIGN_OFF, null);
        assertThat(status(id)).isEqualTo(MeasureStatus.PUBLISHED);
    }

    @Test
    void unansweredPartnersAreRemindedThenEscalatedToTheReviewers() {
        Long id = fixtures.submitted("Heritage crafts (timers)", WorkflowFixtures.artsCouncil());
        decide("reviewer", id, Decision.APPROVE, null);
        String pi = workflow.runningInstance(id).orElseThrow().getId();
        Instant start = Instant.now();
        assertThat(task("partner", id).dueAt()).isBetween(start.plus(Duration.ofDays(13)), start.plus(Duration.ofDays(15)));

        engine.getClock().setCurrentTime(Date.from(start.plus(Duration.ofDays(3))));
        assertThat(management.createTimerJobQuery().processInstanceId(pi).executable().list()).isEmpty();

        engine.getClock().setCurrentTime(Date.from(start.plus(Duration.ofDays(8))));
        List<Job> due = management.createTimerJobQuery().processInstanceId(pi).executable().list();
        assertThat(due).hasSize(1);
        runTimers(due);
        assertThat(events.stream(PartnerReminderDue.class)).singleElement().satisfies(reminder -> {
            assertThat(reminder.measureId()).isEqualTo(id);
            assertThat(reminder.pendingPartners()).containsExactly(WorkflowFixtures.ARTS_COUNCIL);
        });
        assertThat(events.stream(PartnerConfirmationEscalated.class)).isEmpty();
        assertThat(tasks("reviewer", id)).isEmpty();

        engine.getClock().setCurrentTime(Date.from(start.plus(Duration.ofDays(15))));
        due = management.createTimerJobQuery().processInstanceId(pi).executable().list();
        assertThat(due).hasSize(1);
        runTimers(due);
        assertThat(events.stream(PartnerConfirmationEscalated.class)).singleElement().satisfies(escalation -> {
            assertThat(escalation.measureId()).isEqualTo(id);
            assertThat(escalation.partyId()).isEqualTo(fixtures.mongolia().getId());
            assertThat(escalation.pendingPartners()).containsExactly(WorkflowFixtures.ARTS_COUNCIL);
        });
        assertThat(management.createTimerJobQuery().processInstanceId(pi).list()).isEmpty();

        // escalated: the reviewer may now answer for the partner, and the partner still can
        TaskView escalated = task("reviewer", id);
        assertThat(escalated.step()).isEqualTo(WorkflowStep.PARTNER_CONFIRMATION);
        assertThat(escalated.overdue(start.plus(Duration.ofDays(15)))).isTrue();
        decide("partner", id, Decision.CONFIRM, "Sorry for the delay.");
        assertThat(status(id)).isEqualTo(MeasureStatus.AWAITING_SIGN_OFF);
        assertThat(timeline(id)).extracting(StepLogEntry::outcome).containsExactly(StepOutcome.SUBMITTED,
                StepOutcome.APPROVED, StepOutcome.REMINDER_SENT, StepOutcome.ESCALATED, StepOutcome.CONFIRMED);
        assertThat(timeline(id)).filteredOn(e -> e.outcome() == StepOutcome.REMINDER_SENT).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(SubmissionWorkflow.SYSTEM);
                    assertThat(e.subject()).isEqualTo(WorkflowFixtures.ARTS_COUNCIL);
                });
    }

    private void runTimers(List<Job> timers) {
        for (Job timer : timers) {
            Job executable = management.moveTimerToExecutableJob(timer.getId());
            management.executeJob(executable.getId());
        }
    }

    @Test
    void anAdministratorCancelsASubmissionWithAReason() {
        Long id = fixtures.submitted("Media literacy (cancelled)", WorkflowFixtures.artsCouncil());
        decide("reviewer", id, Decision.APPROVE, null);

        assertThatThrownBy(() -> fixtures.doAs("admin", () -> workflow.cancel(id, "")))
                .isInstanceOf(ReasonRequiredException.class);
        assertThatThrownBy(() -> fixtures.doAs("reviewer", () -> workflow.cancel(id, "Not mine to cancel")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        fixtures.doAs("admin", () -> workflow.cancel(id, "Submitted to the wrong cycle."));

        assertThat(status(id)).isEqualTo(MeasureStatus.DRAFT);
        assertThat(running(id)).isFalse();
        assertThat(tasks("partner", id)).isEmpty();
        assertThat(timeline(id)).last().extracting(StepLogEntry::step, StepLogEntry::actor, StepLogEntry::comment)
                .containsExactly(WorkflowStep.CANCELLATION, "admin", "Submitted to the wrong cycle.");
    }

    @Test
    void aChangedPublishedMeasureGoesThroughTheSameProcessWhileThePublicKeepsTheLastVersion() {
        Long id = fixtures.submitted("Book fairs", List.of());
        decide("reviewer", id, Decision.APPROVE, null);
        decide("evaluator", id, Decision.SIGN_OFF, null);
        assertThat(measures.currentPublication(id).orElseThrow().publicationNo()).isEqualTo(1);

        transaction.executeWithoutResult(tx -> {
            Measure measure = measures.find(id).orElseThrow();
            measure.startRevision("editor", Instant.now());
        });
        Measure revised = measures.find(id).orElseThrow();
        fixtures.doAs("editor", () -> measures.saveContent(id, revised.getVersion(),
                WorkflowFixtures.completeContent("Book fairs, second edition", List.of()), "editor"));
        fixtures.doAs("editor", () -> measures.submit(id, "editor"));

        assertThat(status(id)).isEqualTo(MeasureStatus.IN_REVIEW);
        assertThat(measures.currentPublication(id).orElseThrow().content().title()).isEqualTo("Book fairs");
        decide("reviewer", id, Decision.APPROVE, null);
        assertThat(measures.currentPublication(id).orElseThrow().content().title()).isEqualTo("Book fairs");
        decide("evaluator", id, Decision.SIGN_OFF, null);

        assertThat(status(id)).isEqualTo(MeasureStatus.PUBLISHED);
        assertThat(measures.currentPublication(id).orElseThrow())
                .satisfies(p -> assertThat(p.publicationNo()).isEqualTo(2))
                .satisfies(p -> assertThat(p.content().title()).isEqualTo("Book fairs, second edition"));
        assertThat(timeline(id)).filteredOn(e -> e.outcome() == StepOutcome.PUBLISHED).hasSize(2);
    }

    @Test
    void aWithdrawnMeasureEndsItsSubmission() {
        Long id = fixtures.submitted("Cinema clubs (withdrawn)", List.of());
        fixtures.doAs("editor", () -> measures.withdraw(id, "editor", "Merged into another measure."));

        assertThat(status(id)).isEqualTo(MeasureStatus.WITHDRAWN);
        assertThat(running(id)).isFalse();
        assertThat(tasks("reviewer", id)).isEmpty();
        assertThat(timeline(id)).last().extracting(StepLogEntry::outcome, StepLogEntry::comment)
                .containsExactly(StepOutcome.WITHDRAWN, "Merged into another measure.");
    }
}
