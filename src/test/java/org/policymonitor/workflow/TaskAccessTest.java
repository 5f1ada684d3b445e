package org.policymonitor.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.i18n.TranslationProvider;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.MeasureStatus;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.Role;
import org.policymonitor.security.Scope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Who may act on a task, and what happens when two users complete the same task at once. */
@WorkflowIntegrationTest
class TaskAccessTest {

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
    TranslationProvider translations;

    WorkflowFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new WorkflowFixtures(measures, referenceData, accounts, securityContextStrategy);
        if (!accounts.exists("reviewer.two")) {
            accounts.createUser("reviewer.two", "Second reviewer, Mongolia", "reviewer.two@example.org", "secret-two",
                    Set.of(Role.REVIEWER), Scope.party(fixtures.mongolia().getId()));
        }
        if (!accounts.exists("reviewer.lithuania")) {
            accounts.createUser("reviewer.lithuania", "Reviewer, Lithuania", "reviewer.lt@example.org", "secret-lt",
                    Set.of(Role.REVIEWER), Scope.party(referenceData.partyByIso("LT").orElseThrow().getId()));
        }
    }

    private String reviewTask(Long measureId) {
        return fixtures.as("reviewer", () -> workflow.inbox(InboxFilter.all())).stream()
                .filter(t -> t.measureId().equals(measureId)).findFirst().orElseThrow().id();
    }

    private MeasureStatus status(Long measureId) {
        return measures.find(measureId).orElseThrow().getStatus();
    }

    @Test
    void twoReviewersApprovingAtOnceOneSucceedsAndTheOtherIsToldWhy() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                Long id = fixtures.submitted("Concurrent approval " + round, List.of());
                String taskId = reviewTask(id);
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Void>> attempts = new ArrayList<>();
                for (String reviewer : List.of("reviewer", "reviewer.two")) {
                    Callable<Void> attempt = () -> {
                        together.await(10, TimeUnit.SECONDS);
                        fixtures.doAs(reviewer, () -> workflow.complete(taskId, Decision.APPROVE, "Fine by " + reviewer));
                        return null;
                    };
                    attempts.add(pool.submit(attempt));
                }
                List<Throwable> failures = new ArrayList<>();
                for (Future<Void> attempt : attempts) {
                    try {
                        attempt.get(60, TimeUnit.SECONDS);
                    } catch (java.util.concurrent.ExecutionException e) {
                        failures.add(e.getCause());
                    }
                }

                assertThat(failures).as("round %d", round).singleElement()
                        .isInstanceOfSatisfying(TaskNotAvailableException.class, refused -> {
                            assertThat(refused.messageKey()).isEqualTo("workflow.error.taskGone");
                            assertThat(translations.translate(Locale.ENGLISH, refused.messageKey()))
                                    .contains("already");
                            assertThat(translations.translate(Locale.FRENCH, refused.messageKey()))
                                    .contains("déjà");
                            assertThat(translations.translate(Locale.of("es"), refused.messageKey()))
                                    .contains("ya");
                        });
                assertThat(status(id)).isEqualTo(MeasureStatus.AWAITING_SIGN_OFF);
                assertThat(fixtures.as("admin", () -> workflow.timeline(id)))
                        .filteredOn(e -> e.outcome() == StepOutcome.APPROVED).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCompletedTaskCannotBeCompletedAgain() {
        Long id = fixtures.submitted("Completed twice", List.of());
        String taskId = reviewTask(id);
        fixtures.doAs("reviewer", () -> workflow.complete(taskId, Decision.APPROVE, null));

        assertThatThrownBy(() -> fixtures.doAs("reviewer.two", () -> workflow.complete(taskId, Decision.RETURN, "Too late")))
                .isInstanceOf(TaskNotAvailableException.class);
        assertThat(status(id)).isEqualTo(MeasureStatus.AWAITING_SIGN_OFF);
    }

    @Test
    void nobodyOutsideTheTasksGroupsCanOpenOrCompleteItEvenWithItsId() {
        Long id = fixtures.submitted("Tampered ids", List.of());
        String taskId = reviewTask(id);

        for (String outsider : List.of("partner", "evaluator", "reviewer.lithuania")) {
            assertThatThrownBy(() -> fixtures.doAs(outsider, () -> workflow.complete(taskId, Decision.APPROVE, null)))
                    .as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fixtures.doAs(outsider, () -> workflow.openTask(taskId)))
                    .as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fixtures.doAs(outsider, () -> workflow.claim(taskId)))
                    .as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThat(fixtures.as(outsider, () -> workflow.inbox(InboxFilter.all())))
                    .noneMatch(t -> t.id().equals(taskId));
        }
        // roles without tasks, and administrators (they reassign, they do not decide)
        for (String noDecision : List.of("editor", "admin")) {
            assertThatThrownBy(() -> fixtures.doAs(noDecision, () -> workflow.complete(taskId, Decision.APPROVE, null)))
                    .as(noDecision).isInstanceOf(AuthorizationDeniedException.class);
        }
        assertThat(status(id)).isEqualTo(MeasureStatus.IN_REVIEW);
        assertThat(fixtures.as("admin", () -> workflow.timeline(id))).hasSize(1);
    }

    @Test
    void aClaimedTaskIsOnlyForTheUserWhoClaimedItUntilReleasedOrReassigned() {
        Long id = fixtures.submitted("Claimed task", List.of());
        String taskId = reviewTask(id);
        fixtures.doAs("reviewer", () -> workflow.claim(taskId));

        assertThatThrownBy(() -> fixtures.doAs("reviewer.two", () -> workflow.claim(taskId)))
                .isInstanceOfSatisfying(TaskNotAvailableException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("workflow.error.taskClaimed"));
        assertThatThrownBy(() -> fixtures.doAs("reviewer.two", () -> workflow.complete(taskId, Decision.APPROVE, null)))
                .isInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> fixtures.doAs("reviewer.two", () -> workflow.unclaim(taskId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.as("reviewer.two", () -> workflow.inbox(InboxFilter.all())))
                .noneMatch(t -> t.id().equals(taskId));
        TaskView held = fixtures.as("reviewer", () -> workflow.inbox(
                new InboxFilter(InboxFilter.Show.MINE, null, false, null, null))).stream()
                .filter(t -> t.id().equals(taskId)).findFirst().orElseThrow();
        assertThat(held.canUnclaim()).isTrue();
        assertThat(held.canDecide()).isTrue();

        assertThatThrownBy(() -> fixtures.doAs("admin", () -> workflow.reassign(taskId, "partner")))
                .isInstanceOf(IllegalArgumentException.class);
        fixtures.doAs("admin", () -> workflow.reassign(taskId, "reviewer.two"));
        assertThatThrownBy(() -> fixtures.doAs("reviewer", () -> workflow.complete(taskId, Decision.APPROVE, null)))
                .isInstanceOf(TaskNotAvailableException.class);
        fixtures.doAs("reviewer.two", () -> workflow.complete(taskId, Decision.APPROVE, null));

        assertThat(status(id)).isEqualTo(MeasureStatus.AWAITING_SIGN_OFF);
        assertThat(fixtures.as("admin", () -> workflow.timeline(id))).extracting(StepLogEntry::outcome,
                StepLogEntry::actor, StepLogEntry::subject).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(StepOutcome.SUBMITTED, "editor", null),
                        org.assertj.core.groups.Tuple.tuple(StepOutcome.REASSIGNED, "admin", "reviewer.two"),
                        org.assertj.core.groups.Tuple.tuple(StepOutcome.APPROVED, "reviewer.two", null));
    }

    @Test
    void theSubmissionPageIsForThePeopleOfTheMeasureOnly() {
        Long id = fixtures.submitted("Visible to its people", List.of());
        for (String allowed : List.of("editor", "reviewer", "evaluator", "admin")) {
            assertThat(fixtures.as(allowed, () -> workflow.overview(id)).status()).as(allowed)
                    .isEqualTo(MeasureStatus.IN_REVIEW);
        }
        for (String outsider : List.of("editor.lt", "reviewer.lithuania", "partner")) {
            assertThatThrownBy(() -> fixtures.as(outsider, () -> workflow.overview(id))).as(outsider)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
