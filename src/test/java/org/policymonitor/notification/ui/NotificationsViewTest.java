package org.policymonitor.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.notification.Notification;
import org.policymonitor.notification.NotificationKind;
import org.policymonitor.notification.NotificationService;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.tracking.SubmissionFixtures;
import org.policymonitor.tracking.TrackingIntegrationTest;
import org.policymonitor.workflow.Decision;
import org.policymonitor.workflow.SubmissionWorkflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/** A notification opens what it is about, becomes read, and its whole text can be read. */
@TrackingIntegrationTest
@ViewPackages(packages = "org.policymonitor")
class NotificationsViewTest extends SpringBrowserlessTest {

    private static final String LONG_REASON = "The budget is missing; ".repeat(20).strip();

    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;
    @Autowired
    SubmissionWorkflow workflow;
    @Autowired
    NotificationService notifications;

    @Test
    @WithUserDetails("editor")
    void aReturnedMeasuresNotificationOpensItsEditorAndBecomesRead() {
        SubmissionFixtures fixtures = new SubmissionFixtures(measures, referenceData, accounts, workflow);
        Long id = fixtures.submitted(fixtures.culture(), "Notified puppet theatre", List.of());
        fixtures.decide("reviewer", id, Decision.RETURN, LONG_REASON);
        Notification returned = notifications.mine().stream()
                .filter(n -> id.equals(n.measureId()) && n.kind() == NotificationKind.RETURNED).findFirst().orElseThrow();
        assertThat(returned.unread()).isTrue();

        navigate(NotificationsView.class);
        @SuppressWarnings("unchecked")
        Grid<Notification> grid = (Grid<Notification>) $(Grid.class).id("notification-list");
        assertThat(grid.getThemeNames()).contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
        int row = java.util.stream.IntStream.range(0, test(grid).size())
                .filter(i -> test(grid).getRow(i).id().equals(returned.id())).findFirst().orElseThrow();
        Button message = (Button) test(grid).getCellComponent(row, 3).getChildren().findFirst().orElseThrow();
        assertThat(message.getText()).contains("Notified puppet theatre").contains(LONG_REASON);

        test(message).click();

        assertThat(getCurrentView().getClass().getSimpleName()).startsWith("MeasureEditorView");
        assertThat(notifications.mine()).filteredOn(n -> n.id().equals(returned.id())).singleElement()
                .satisfies(n -> assertThat(n.unread()).isFalse());
    }

    @Test
    @WithUserDetails("editor")
    void nobodyMarksAnotherUsersNotificationRead() {
        SubmissionFixtures fixtures = new SubmissionFixtures(measures, referenceData, accounts, workflow);
        Long id = fixtures.submitted(fixtures.culture(), "Someone else's task", List.of());
        Notification reviewers = fixtures.as("reviewer", () -> notifications.mine()).stream()
                .filter(n -> id.equals(n.measureId())).findFirst().orElseThrow();

        assertThat(notifications.markRead(reviewers.id())).isFalse();

        assertThat(fixtures.as("reviewer", () -> notifications.mine())).filteredOn(n -> n.id().equals(reviewers.id()))
                .singleElement().satisfies(n -> assertThat(n.unread()).isTrue());
    }

    @SuppressWarnings("unchecked")
    private Grid<Notification> list() {
        return (Grid<Notification>) $(Grid.class).id("notification-list");
    }

    private com.vaadin.flow.component.Component cellOf(Long notificationId) {
        Grid<Notification> grid = list();
        int row = java.util.stream.IntStream.range(0, test(grid).size())
                .filter(i -> test(grid).getRow(i).id().equals(notificationId)).findFirst().orElseThrow();
        return test(grid).getCellComponent(row, 3);
    }

    @Test
    @WithUserDetails("reviewer")
    void aNotificationAboutATaskNoLongerOpenSaysSoAndOpeningItTellsWhy() {
        SubmissionFixtures fixtures = new SubmissionFixtures(measures, referenceData, accounts, workflow);
        Long done = fixtures.submitted(fixtures.culture(), "Task already done", List.of());
        Long waiting = fixtures.submitted(fixtures.culture(), "Task still waiting", List.of());
        fixtures.decide("reviewer", done, Decision.RETURN, "Needs a budget.");
        Notification aboutDone = notifications.mine().stream().filter(n -> done.equals(n.measureId())
                && n.kind() == NotificationKind.TASK_ASSIGNED).findFirst().orElseThrow();
        Notification aboutWaiting = notifications.mine().stream().filter(n -> waiting.equals(n.measureId())
                && n.kind() == NotificationKind.TASK_ASSIGNED).findFirst().orElseThrow();
        assertThat(aboutWaiting.taskId()).isEqualTo(fixtures.task("reviewer", waiting).id());

        NotificationsView view = org.springframework.test.util.AopTestUtils.getTargetObject(navigate(NotificationsView.class));
        assertThat(cellOf(aboutDone.id()).getElement().getTextRecursively()).endsWith("No longer open");
        assertThat(cellOf(aboutWaiting.id()).getElement().getTextRecursively()).doesNotContain("No longer open");

        test((Button) cellOf(aboutDone.id()).getChildren().findFirst().orElseThrow()).click();
        assertThat(org.springframework.test.util.AopTestUtils.<Object>getTargetObject(getCurrentView())).isSameAs(view);
        assertThat(view.notOpen.isVisible()).isTrue();
        assertThat(view.notOpen.getText()).startsWith("The task on “Task already done” is no longer open to you");
        assertThat(notifications.mine()).filteredOn(n -> n.id().equals(aboutDone.id())).singleElement()
                .satisfies(n -> assertThat(n.unread()).isFalse());

        test((Button) cellOf(aboutWaiting.id()).getChildren().findFirst().orElseThrow()).click();
        assertThat(getCurrentView().getClass().getSimpleName()).startsWith("TaskPage");
    }

    @Test
    void eachKindOpensThePageItIsAbout() {
        assertThat(NotificationKind.TASK_ASSIGNED.target(7L)).isEqualTo("inbox");
        assertThat(NotificationKind.PARTNER_CONFIRMATION.target(7L)).isEqualTo("inbox");
        assertThat(NotificationKind.RETURNED.target(7L)).isEqualTo("measures/7/edit");
        assertThat(NotificationKind.PUBLICATION.target(7L)).isEqualTo("catalogue/measures/7");
    }
}
