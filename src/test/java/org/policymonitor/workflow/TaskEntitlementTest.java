package org.policymonitor.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.flowable.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.MeasureStatus;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.CurrentUser;
import org.policymonitor.security.Role;
import org.policymonitor.security.Scope;
import org.policymonitor.testsupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Entitled at the moment of acting: opening, claiming, completing and releasing a task check the roles and
 * scope the account has now, whatever the user's open session still says; a change releases their claims.
 */
@WorkflowIntegrationTest
class TaskEntitlementTest {

    @Autowired
    SubmissionWorkflow workflow;
    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;
    @Autowired
    TaskService tasks;
    @Autowired
    SecurityContextHolderStrategy securityContextStrategy;

    WorkflowFixtures fixtures;
    Long mongolia;
    Long lithuania;

    @BeforeEach
    void setUp() {
        fixtures = new WorkflowFixtures(measures, referenceData, accounts, securityContextStrategy);
        mongolia = fixtures.mongolia().getId();
        lithuania = referenceData.partyByIso("LT").orElseThrow().getId();
    }

    /** A new reviewer of Mongolia (one per test: the tests change them). */
    private CurrentUser reviewer(String username) {
        return accounts.createUser(username, "Reviewer " + username, username + "@example.org", "secret-" + username,
                Set.of(Role.REVIEWER), Scope.party(mongolia));
    }

    /** The security context an open session of the user holds: their roles and scope at sign-in. */
    private SecurityContext sessionOf(String username) {
        SecurityContext before = SecurityContextHolder.getContext();
        SignedIn.signIn(accounts, username);
        SecurityContext session = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(before);
        return session;
    }

    private void inSession(SecurityContext session, Runnable action) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(session);
        try {
            action.run();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private String reviewTask(Long measureId) {
        return fixtures.as("reviewer", () -> workflow.inbox(InboxFilter.all())).stream()
                .filter(t -> t.measureId().equals(measureId)).findFirst().orElseThrow().id();
    }

    private String assignee(String taskId) {
        return tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee();
    }

    @Test
    void aReviewerMovedToAnotherPartyLosesTheirClaimAndCannotCompleteIt() {
        CurrentUser moving = reviewer("reviewer.moving");
        Long id = fixtures.submitted("Claimed, then moved to Lithuania", List.of());
        String taskId = reviewTask(id);
        SecurityContext session = sessionOf(moving.username());
        inSession(session, () -> workflow.claim(taskId));
        assertThat(assignee(taskId)).isEqualTo(moving.username());

        fixtures.doAs("admin", () -> accounts.updateUser(moving.id(), moving.displayName(), null,
                Set.of(Role.REVIEWER), Scope.party(lithuania)));

        assertThat(assignee(taskId)).as("claim released").isNull();
        assertThat(fixtures.as("admin", () -> workflow.timeline(id))).last().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(StepOutcome.RELEASED);
            assertThat(e.subject()).isEqualTo(moving.username());
        });
        // the session still says "reviewer of Mongolia": the account says otherwise
        inSession(session, () -> assertThatThrownBy(() -> workflow.complete(taskId, Decision.APPROVE, null))
                .isInstanceOf(AccessDeniedException.class));
        inSession(session, () -> assertThatThrownBy(() -> workflow.openTask(taskId))
                .isInstanceOf(AccessDeniedException.class));
        inSession(session, () -> assertThatThrownBy(() -> workflow.claim(taskId))
                .isInstanceOf(AccessDeniedException.class));
        inSession(session, () -> assertThat(workflow.inbox(InboxFilter.all())).noneMatch(t -> t.id().equals(taskId)));
        assertThat(measures.find(id).orElseThrow().getStatus()).isEqualTo(MeasureStatus.IN_REVIEW);

        // their Party's reviewers take it over
        fixtures.doAs("reviewer", () -> workflow.complete(taskId, Decision.APPROVE, null));
        assertThat(measures.find(id).orElseThrow().getStatus()).isEqualTo(MeasureStatus.AWAITING_SIGN_OFF);
    }

    @Test
    void aReviewerWhoseRoleIsTakenAwayLosesTheirClaimAndCannotCompleteOrReleaseIt() {
        CurrentUser stripped = reviewer("reviewer.stripped");
        Long id = fixtures.submitted("Claimed, then role taken away", List.of());
        String taskId = reviewTask(id);
        SecurityContext session = sessionOf(stripped.username());
        inSession(session, () -> workflow.claim(taskId));

        fixtures.doAs("admin", () -> accounts.updateUser(stripped.id(), stripped.displayName(), null,
                Set.of(Role.EVALUATOR), Scope.party(mongolia)));

        assertThat(assignee(taskId)).isNull();
        inSession(session, () -> assertThatThrownBy(() -> workflow.complete(taskId, Decision.RETURN, "No longer mine"))
                .isInstanceOf(AccessDeniedException.class));
        assertThat(measures.find(id).orElseThrow().getStatus()).isEqualTo(MeasureStatus.IN_REVIEW);
    }

    @Test
    void aDeactivatedReviewersClaimsGoBackToTheirGroup() {
        CurrentUser leaving = reviewer("reviewer.leaving");
        Long id = fixtures.submitted("Claimed, then deactivated", List.of());
        String taskId = reviewTask(id);
        SecurityContext session = sessionOf(leaving.username());
        inSession(session, () -> workflow.claim(taskId));

        fixtures.doAs("admin", () -> accounts.setEnabled(leaving.id(), false));

        assertThat(assignee(taskId)).isNull();
        inSession(session, () -> assertThatThrownBy(() -> workflow.complete(taskId, Decision.APPROVE, null))
                .isInstanceOf(AccessDeniedException.class));
        assertThat(measures.find(id).orElseThrow().getStatus()).isEqualTo(MeasureStatus.IN_REVIEW);
    }

    @Test
    void theHolderIsCheckedAgainEvenWhileTheyStillHoldTheTask() {
        // a claim that stays (the role change did not reach the workflow, e.g. made straight in the database):
        // completing and releasing still check the account as it is now
        CurrentUser holder = reviewer("reviewer.holder");
        Long id = fixtures.submitted("Held by a reviewer of another Party", List.of());
        String taskId = reviewTask(id);
        SecurityContext session = sessionOf(holder.username());
        inSession(session, () -> workflow.claim(taskId));
        accounts.createUser("reviewer.holder.lt", "Lithuanian reviewer", "holder.lt@example.org", "secret-holder",
                Set.of(Role.REVIEWER), Scope.party(lithuania));
        tasks.setAssignee(taskId, "reviewer.holder.lt");
        SecurityContext lithuanian = sessionOf("reviewer.holder.lt");

        inSession(lithuanian, () -> assertThatThrownBy(() -> workflow.openTask(taskId))
                .isInstanceOf(AccessDeniedException.class));
        inSession(lithuanian, () -> assertThatThrownBy(() -> workflow.complete(taskId, Decision.APPROVE, null))
                .isInstanceOf(AccessDeniedException.class));
        inSession(lithuanian, () -> assertThatThrownBy(() -> workflow.unclaim(taskId))
                .isInstanceOf(AccessDeniedException.class));
        assertThat(measures.find(id).orElseThrow().getStatus()).isEqualTo(MeasureStatus.IN_REVIEW);
    }
}
