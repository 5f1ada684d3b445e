package org.policymonitor.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.measure.MeasureDetails;
import org.policymonitor.measure.MeasureEditing;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.MeasureStatus;
import org.policymonitor.notification.Notification;
import org.policymonitor.notification.NotificationKind;
import org.policymonitor.notification.NotificationService;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.testsupport.SignedIn;
import org.policymonitor.tracking.SubmissionFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A civil-society contribution goes through the existing measure process (docs/civil-society.md): a measure
 * without a ministry is offered to its Party's reviewers (the National Point of Contact), who return it with a
 * reason or approve it; the contact is told (not the ministry's editors) and is never their own reviewer.
 */
@IntegrationTest
class CivilSocietyContributionProcessTest {

    @Autowired
    MeasureEditing editing;
    @Autowired
    MeasureService measures;
    @Autowired
    SubmissionWorkflow workflow;
    @Autowired
    NotificationService notifications;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;

    private <T> T as(String username, java.util.function.Supplier<T> action) {
        return SignedIn.as(accounts, username, action);
    }

    private List<Notification> notificationsOf(String username, Long measureId) {
        return as(username, notifications::mine).stream().filter(n -> n.measureId().equals(measureId)).toList();
    }

    private List<TaskView> tasksOf(String username, Long measureId) {
        return as(username, () -> workflow.inbox(InboxFilter.all())).stream()
                .filter(t -> t.measureId().equals(measureId)).toList();
    }

    @Test
    void theNationalPointOfContactReturnsWithAReasonThenApprovesAndTheContactIsToldEachTime() {
        SubmissionFixtures fixtures = new SubmissionFixtures(measures, referenceData, accounts, workflow);
        MeasureDetails draft = as("civil", () -> editing.createMyDraft(
                SubmissionFixtures.content("Puppet theatre on the steppe", List.of())));
        as("civil", () -> editing.submitMine(draft.id()));

        // the Party's reviewer has the review; the contact has no inbox at all and is never their own reviewer
        assertThat(tasksOf("reviewer", draft.id())).singleElement()
                .satisfies(t -> assertThat(t.step()).isEqualTo(WorkflowStep.REVIEW));
        assertThat(notificationsOf("reviewer", draft.id())).extracting(Notification::kind)
                .contains(NotificationKind.TASK_ASSIGNED);
        String review = tasksOf("reviewer", draft.id()).getFirst().id();
        assertThatThrownBy(() -> as("civil", () -> workflow.inbox(InboxFilter.all())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("civil", () -> {
            workflow.complete(review, Decision.APPROVE, null);
            return null;
        })).isInstanceOf(AccessDeniedException.class);

        fixtures.decide("reviewer", draft.id(), Decision.RETURN, "Say which provinces take part.");
        assertThat(measures.find(draft.id()).orElseThrow().getStatus()).isEqualTo(MeasureStatus.RETURNED);
        assertThat(notificationsOf("civil", draft.id())).filteredOn(n -> n.kind() == NotificationKind.RETURNED)
                .singleElement().satisfies(n -> assertThat(n.detail()).isEqualTo("Say which provinces take part."));
        assertThat(notificationsOf("editor", draft.id())).as("no ministry's editor is told").isEmpty();

        MeasureDetails returned = as("civil", () -> editing.openForEditing(draft.id()));
        assertThat(returned.statusReason()).isEqualTo("Say which provinces take part.");
        as("civil", () -> editing.saveMine(draft.id(), returned.version(),
                SubmissionFixtures.content("Puppet theatre on the steppe, in five provinces", List.of())));
        as("civil", () -> editing.submitMine(draft.id()));
        fixtures.decide("reviewer", draft.id(), Decision.APPROVE, null);
        assertThat(measures.find(draft.id()).orElseThrow().getStatus()).isEqualTo(MeasureStatus.AWAITING_SIGN_OFF);
        fixtures.decide("evaluator", draft.id(), Decision.SIGN_OFF, null);

        assertThat(measures.find(draft.id()).orElseThrow().getStatus()).isEqualTo(MeasureStatus.PUBLISHED);
        assertThat(measures.currentPublication(draft.id())).hasValueSatisfying(p -> {
            assertThat(p.reportedByCivilSociety()).isTrue();
            assertThat(p.ministryId()).isNull();
        });
        assertThat(notificationsOf("civil", draft.id())).extracting(Notification::kind)
                .contains(NotificationKind.PUBLICATION);
    }

    @Test
    void aReviewerOfAnotherPartyIsNotOfferedTheContribution() {
        String otherReviewer = "reviewer.lt.civil";
        if (!accounts.exists(otherReviewer)) {
            accounts.createUser(otherReviewer, otherReviewer, null, "Reviewer-lt-passw0rd", java.util.Set.of(
                    org.policymonitor.security.Role.REVIEWER),
                    org.policymonitor.security.Scope.party(referenceData.partyByIso("LT").orElseThrow().getId()));
        }
        MeasureDetails draft = as("civil", () -> editing.createMyDraft(
                SubmissionFixtures.content("Folk song archive of NGOs", List.of())));
        as("civil", () -> editing.submitMine(draft.id()));
        assertThat(tasksOf("reviewer", draft.id())).hasSize(1);
        assertThat(tasksOf(otherReviewer, draft.id())).isEmpty();
        assertThat(notificationsOf(otherReviewer, draft.id())).isEmpty();
    }
}
