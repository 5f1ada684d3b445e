package org.policymonitor.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.Role;
import org.policymonitor.security.Scope;
import org.policymonitor.tracking.SubmissionFixtures;
import org.policymonitor.workflow.SubmissionWorkflow;
import org.springframework.beans.factory.annotation.Autowired;

/** A reviewer who had taken a task hears when an administrator gives it to a colleague (issue 18). */
@IntegrationTest
class ReassignmentNotificationTest {

    @Autowired
    SubmissionWorkflow workflow;
    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;
    @Autowired
    NotificationService notifications;

    SubmissionFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new SubmissionFixtures(measures, referenceData, accounts, workflow);
        if (!accounts.exists("reviewer.colleague")) {
            accounts.createUser("reviewer.colleague", "Colleague reviewer, Mongolia", "colleague@example.org",
                    "secret-colleague", Set.of(Role.REVIEWER), Scope.party(fixtures.mongolia().getId()));
        }
    }

    private List<Notification> of(String username, Long measureId) {
        return fixtures.as(username, notifications::mine).stream().filter(n -> measureId.equals(n.measureId())).toList();
    }

    @Test
    void thePreviousHolderIsToldAndTheNewOneIsGivenTheTask() {
        Long id = fixtures.submitted(fixtures.culture(), "Reassigned review", List.of());
        String taskId = fixtures.task("reviewer", id).id();
        fixtures.doAs("reviewer", () -> workflow.claim(taskId));
        fixtures.doAs("admin", () -> workflow.reassign(taskId, "reviewer.colleague"));

        assertThat(of("reviewer", id)).extracting(Notification::kind).contains(NotificationKind.TASK_REASSIGNED);
        assertThat(of("reviewer", id)).filteredOn(n -> n.kind() == NotificationKind.TASK_REASSIGNED)
                .singleElement().satisfies(n -> assertThat(n.measureTitle()).isEqualTo("Reassigned review"));
        assertThat(of("reviewer.colleague", id)).extracting(Notification::kind).contains(NotificationKind.TASK_ASSIGNED)
                .doesNotContain(NotificationKind.TASK_REASSIGNED);
        assertThat(NotificationKind.TASK_REASSIGNED.target(id)).isEqualTo("inbox");
    }

    @Test
    void aTaskNobodyHadTakenTellsNobodyItWasTakenAway() {
        Long id = fixtures.submitted(fixtures.culture(), "Unclaimed reassigned review", List.of());
        String taskId = fixtures.task("reviewer", id).id();
        fixtures.doAs("admin", () -> workflow.reassign(taskId, "reviewer.colleague"));

        assertThat(of("reviewer", id)).extracting(Notification::kind).doesNotContain(NotificationKind.TASK_REASSIGNED);
    }
}
