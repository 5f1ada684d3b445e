package org.policymonitor.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.workflow.WorkflowIntegrationTest;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.MeasureStatus;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.Role;
import org.policymonitor.security.Scope;
import org.policymonitor.workflow.Decision;
import org.policymonitor.workflow.InboxFilter;
import org.policymonitor.workflow.SubmissionWorkflow;
import org.policymonitor.workflow.TaskView;
import org.policymonitor.workflow.WorkflowFixtures;
import org.policymonitor.workflow.WorkflowStep;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;

/**
 * Drives a measure of Mongolia's Ministry of Culture from submission to publication through the views:
 * the reviewer's, the partner's and the evaluator's inboxes and task pages, then the submission page.
 */
@WorkflowIntegrationTest
@ViewPackages(packages = "org.policymonitor")
class WorkflowViewsTest extends SpringBrowserlessTest {

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

    /** Signs the user in and starts a fresh browser session for them. */
    private void signInAs(String username) {
        fixtures.signIn(username);
        cleanVaadinEnvironment();
        initVaadinEnvironment();
    }

    private Grid<TaskView> inboxGrid() {
        @SuppressWarnings("unchecked")
        Grid<TaskView> grid = $(Grid.class).single();
        return grid;
    }

    private int rowOf(String title) {
        var grid = test(inboxGrid());
        for (int row = 0; row < grid.size(); row++) {
            if (title.equals(grid.getRow(row).measureTitle())) {
                return row;
            }
        }
        throw new AssertionError("No task on " + title + " in the inbox");
    }

    private void clickInRow(int row, String buttonText) {
        var grid = test(inboxGrid());
        Component actions = grid.getCellComponent(row, 5);
        Button button = $(Button.class, actions).withText(buttonText).single();
        test(button).click();
    }

    private void clickButton(String text) {
        test($(Button.class).withText(text).single()).click();
    }

    private String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    /** Opens the task on the measure from the user's inbox, checks the decision page and takes the decision. */
    private void decideFromInbox(String username, String title, String decisionButton, String comment) {
        signInAs(username);
        navigate("inbox", InboxView.class);
        clickInRow(rowOf(title), "Open");
        assertThat(getCurrentView()).isInstanceOf(TaskPage.class);
        assertThat($(TextArea.class).single().getValue()).isEmpty();
        test($(TextArea.class).single()).setValue(comment);
        clickButton(decisionButton);
        assertThat(getCurrentView()).isInstanceOf(InboxView.class);
    }

    @Test
    void aMeasureGoesFromSubmissionToPublicationThroughTheInboxes() {
        String title = "Mongolian touring theatre (views)";
        Long id = fixtures.submitted(title, WorkflowFixtures.artsCouncil());

        // the reviewer filters the inbox, claims the task, opens it, and the filters survive the round trip
        signInAs("reviewer");
        // a bookmarked, filtered inbox
        UI.getCurrent().navigate("inbox", QueryParameters.fromString("step=review&q=touring+theatre"));
        InboxView inbox = (InboxView) getCurrentView();
        assertThat(inbox.filter().step()).isEqualTo(WorkflowStep.REVIEW);
        assertThat(inbox.filter().text()).isEqualTo("touring theatre");
        int row = rowOf(title);
        assertThat(test(inboxGrid()).getCellText(row, 2)).isEqualTo("Not claimed");
        clickInRow(row, "Claim");
        row = rowOf(title);
        assertThat(test(inboxGrid()).getCellText(row, 2)).isEqualTo("reviewer");
        clickInRow(row, "Open");

        assertThat(getCurrentView()).isInstanceOf(TaskPage.class);
        assertThat(location()).contains("step=review").contains("q=touring");
        assertThat($(H1.class).single().getText()).isEqualTo("Review");
        clickButton("Return to editor");
        TextArea comment = $(TextArea.class).single();
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo("Please give a reason.");
        assertThat(measures.find(id).orElseThrow().getStatus()).isEqualTo(MeasureStatus.IN_REVIEW);

        test(comment).setValue("Complete and consistent.");
        clickButton("Approve");
        assertThat(getCurrentView()).isInstanceOf(InboxView.class);
        InboxView back = (InboxView) getCurrentView();
        assertThat(back.filter().step()).isEqualTo(WorkflowStep.REVIEW);
        assertThat(back.filter().text()).isEqualTo("touring theatre");
        assertThat(inboxGrid().getListDataView().getItems()).noneMatch(t -> t.measureTitle().equals(title));
        assertThat(measures.find(id).orElseThrow().getStatus()).isEqualTo(MeasureStatus.AWAITING_PARTNERS);

        decideFromInbox("partner", title, "Confirm partnership", "We ran the tours with the ministry.");
        assertThat(measures.find(id).orElseThrow().getStatus()).isEqualTo(MeasureStatus.AWAITING_SIGN_OFF);

        decideFromInbox("evaluator", title, "Sign off", "The evaluation statement is supported.");
        assertThat(measures.find(id).orElseThrow().getStatus()).isEqualTo(MeasureStatus.PUBLISHED);
        assertThat(measures.currentPublication(id)).get().satisfies(p -> assertThat(p.content().title()).isEqualTo(title));

        // the editor follows the submission: diagram at its end, every step on the timeline
        signInAs("editor");
        navigate("submissions/" + id, SubmissionView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Submission: " + title);
        String svg = $(Svg.class).single().getElement().getProperty("innerHTML");
        assertThat(svg).startsWith("<svg").contains("<g data-element=\"published\" data-state=\"active\">")
                .contains("<g data-element=\"review\" data-state=\"passed\">")
                .contains("<g data-element=\"confirmPartner\" data-state=\"passed\">")
                .doesNotContain("<script");
        @SuppressWarnings("unchecked")
        Grid<Object> timeline = $(Grid.class).single();
        var rows = test(timeline);
        assertThat(rows.size()).isEqualTo(5);
        assertThat(rows.getCellText(1, 2)).isEqualTo("Approved");
        assertThat(rows.getCellText(1, 3)).contains("reviewer");
        assertThat(rows.getCellText(1, 4)).isEqualTo("Complete and consistent.");
        assertThat(rows.getCellText(4, 2)).isEqualTo("Published");
    }

    @Test
    void theSubmissionPageHighlightsTheCurrentStepAndAdministratorsCanCancel() {
        String title = "Mongolian film archive (cancel)";
        Long id = fixtures.submitted(title, List.of());

        signInAs("admin");
        navigate("submissions/" + id, SubmissionView.class);
        String svg = $(Svg.class).single().getElement().getProperty("innerHTML");
        assertThat(svg).contains("<g data-element=\"review\" data-state=\"active\">")
                .contains("<g data-element=\"startReview\" data-state=\"passed\">")
                .contains("<g data-element=\"signOff\" data-state=\"idle\">")
                .contains("role=\"img\"").contains("<title id=\"process-diagram-title\">");

        clickButton("Cancel submission");
        assertThat($(TextArea.class).single().getErrorMessage()).isEqualTo("Please give a reason.");
        assertThat(measures.find(id).orElseThrow().getStatus()).isEqualTo(MeasureStatus.IN_REVIEW);
        test($(TextArea.class).single()).setValue("Belongs to the next reporting cycle.");
        clickButton("Cancel submission");

        // nothing happens until the administrator confirms
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(measures.find(id).orElseThrow().getStatus()).isEqualTo(MeasureStatus.IN_REVIEW);
        assertThat(confirm.getElement().getProperty("message")).contains(title).contains("draft");
        test(confirm).confirm();

        assertThat(measures.find(id).orElseThrow().getStatus()).isEqualTo(MeasureStatus.DRAFT);
        assertThat($(Button.class).withText("Cancel submission").all()).isEmpty();
        @SuppressWarnings("unchecked")
        Grid<Object> timeline = $(Grid.class).single();
        assertThat(test(timeline).getCellText(test(timeline).size() - 1, 4)).isEqualTo("Belongs to the next reporting cycle.");
    }

    @Test
    void aReasonLongerThanItsLimitIsRefusedBesideTheBoxAndNothingIsCut() {
        String title = "Mongolian circus school (long reason)";
        Long id = fixtures.submitted(title, List.of());
        String taskId = fixtures.as("reviewer", () -> workflow.inbox(InboxFilter.all())).stream()
                .filter(t -> t.measureId().equals(id)).findFirst().orElseThrow().id();
        signInAs("reviewer");
        navigate("tasks/" + taskId, TaskPage.class);
        TextArea reason = $(TextArea.class).single();
        String tooLong = "x".repeat(SubmissionWorkflow.COMMENT_MAX + 5);

        test(reason).setValue(tooLong);
        assertThat(reason.getHelperText()).endsWith("4,005 / 4,000 characters");
        clickButton("Return to editor");

        assertThat(getCurrentView()).isInstanceOf(TaskPage.class);
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage())
                .isEqualTo("Too long: 4,005 characters, at most 4,000. Remove 5 to send; nothing has been cut.");
        assertThat(reason.getValue()).isEqualTo(tooLong);
        assertThat(measures.find(id).orElseThrow().getStatus()).isEqualTo(MeasureStatus.IN_REVIEW);
    }

    @Test
    void theSecondOfTwoReviewersIsToldInTheirLanguageThatTheTaskIsGone() {
        String title = "Mongolian music schools (race)";
        Long id = fixtures.submitted(title, List.of());
        String taskId = fixtures.as("reviewer", () -> workflow.inbox(InboxFilter.all())).stream()
                .filter(t -> t.measureId().equals(id)).findFirst().orElseThrow().id();

        signInAs("reviewer");
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate("tasks/" + taskId, TaskPage.class);
        // another reviewer of the Party approves while the page is open
        if (!accounts.exists("reviewer.three")) {
            fixtures.doAs("admin", () -> accounts.createUser("reviewer.three", "Third reviewer, Mongolia",
                    "reviewer.three@example.org", "secret-three", Set.of(Role.REVIEWER),
                    Scope.party(fixtures.mongolia().getId())));
        }
        fixtures.doAs("reviewer.three", () -> workflow.complete(taskId, Decision.APPROVE, "Approved first."));

        test($(TextArea.class).single()).setValue("Je suis d’accord.");
        clickButton("Approuver");
        assertThat(getCurrentView()).isInstanceOf(TaskPage.class);
        assertThat($(Div.class).all()).anySatisfy(div -> assertThat(div.getText())
                .isEqualTo("Cette tâche a déjà été traitée par quelqu’un d’autre, ou sa soumission est terminée. "
                        + "Rien n’a été modifié."));
    }

    @Test
    void aTaskIdOfSomeoneElseShowsNoTaskAndNoDecision() {
        Long id = fixtures.submitted("Mongolian dance festival (tampering)", List.of());
        String taskId = fixtures.as("reviewer", () -> workflow.inbox(InboxFilter.all())).stream()
                .filter(t -> t.measureId().equals(id)).findFirst().orElseThrow().id();

        signInAs("partner");
        navigate("tasks/" + taskId, TaskPage.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Task not available");
        assertThat($(Paragraph.class).single().getText())
                .isEqualTo("This task is not assigned to you or to one of your groups.");
        assertThat($(Button.class).all()).noneMatch(b -> b.getText().equals("Approve"));
        assertThat($(TextArea.class).all()).isEmpty();
    }
}
