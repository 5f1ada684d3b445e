package org.policymonitor.measure.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureEditing;
import org.policymonitor.measure.MeasureFixtures;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.MeasureStatus;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.CurrentUser;
import org.policymonitor.testsupport.SignedIn;
import org.policymonitor.workflow.SubmissionWorkflow;
import org.policymonitor.workflow.WorkflowIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * "My measures" tells the editor what happened to each measure and offers what comes next: revising a published
 * measure, withdrawing a submission at any step, carrying forward (warned when done already), the links to the
 * measure's other places. Reviewers read the history of the measures they review.
 */
@WorkflowIntegrationTest
@ViewPackages(packages = "org.policymonitor")
class WhatHappenedViewsTest extends SpringBrowserlessTest {

    @Autowired
    MeasureService measures;
    @Autowired
    MeasureEditing editing;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;
    @Autowired
    SubmissionWorkflow workflow;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Runs as the system (no one signed in), as loaders and imports do. */
    private <T> T asSystem(java.util.function.Supplier<T> action) {
        SecurityContext signedIn = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(signedIn);
        }
    }

    private Long draftOf(String cycleCode, MeasureContent content) {
        CurrentUser owner = accounts.find("editor").orElseThrow();
        Long cycle = referenceData.cycleByCode(cycleCode).orElseThrow().getId();
        return asSystem(() -> measures.createDraft(owner.scope().partyId(), owner.scope().ministryId(), cycle,
                FormVersion.FORM_2020, content, "editor").getId());
    }

    private Long publishedOf(String title) {
        CurrentUser owner = accounts.find("editor").orElseThrow();
        Long cycle = referenceData.cycleByCode("2024-2027").orElseThrow().getId();
        return asSystem(() -> measures.importAsPublished(owner.scope().partyId(), owner.scope().ministryId(), cycle,
                FormVersion.FORM_2020, MeasureFixtures.complete(title), false, "editor").measureId());
    }

    private MyMeasuresView myMeasures() {
        navigate(MyMeasuresView.class);
        return $(MyMeasuresView.class).single();
    }

    private int row(MyMeasuresView view, Long id) {
        var grid = test(view.grid);
        return IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).id().equals(id)).findFirst().orElseThrow();
    }

    private Component cell(MyMeasuresView view, Long id, int column) {
        return test(view.grid).getCellComponent(row(view, id), column);
    }

    private Button action(MyMeasuresView view, Long id, String text) {
        HorizontalLayout actions = (HorizontalLayout) cell(view, id, 6);
        return actions.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> b.getText().startsWith(text)).findFirst().orElseThrow();
    }

    private List<String> placeLinks(MyMeasuresView view, Long id) {
        HorizontalLayout actions = (HorizontalLayout) cell(view, id, 6);
        MeasurePlaces places = actions.getChildren().filter(MeasurePlaces.class::isInstance)
                .map(MeasurePlaces.class::cast).findFirst().orElseThrow();
        return places.getElement().getChild(0).getChildren().flatMap(li -> li.getChildren())
                .filter(e -> "a".equals(e.getTag())).map(e -> e.getAttribute("href")).toList();
    }

    @Test
    @WithUserDetails("editor")
    void aPublishedMeasureIsRevisedAfterAConfirmationAndStaysPublicMeanwhile() {
        Long id = publishedOf("Mobile libraries for the steppe");
        MyMeasuresView view = myMeasures();
        assertThat(placeLinks(view, id)).containsExactly("submissions/" + id, "measures/" + id + "/history",
                "catalogue/measures/" + id);

        test(action(view, id, "Revise")).click();

        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(measures.find(id).orElseThrow().getStatus()).isEqualTo(MeasureStatus.PUBLISHED);
        test(confirm).confirm();

        assertThat(measures.find(id).orElseThrow().getStatus()).isEqualTo(MeasureStatus.DRAFT);
        assertThat(measures.currentPublication(id)).get()
                .satisfies(p -> assertThat(p.content().title()).isEqualTo("Mobile libraries for the steppe"));
        assertThat(getCurrentView().getClass().getSimpleName()).startsWith("MeasureEditorView");
    }

    @Test
    @WithUserDetails("editor")
    void aDraftHasNoPublicPageLinkAndNoRevision() {
        Long id = draftOf("2024-2027", MeasureContent.titled("Unpublished idea"));
        MyMeasuresView view = myMeasures();
        assertThat(placeLinks(view, id)).containsExactly("submissions/" + id, "measures/" + id + "/history");
        HorizontalLayout actions = (HorizontalLayout) cell(view, id, 6);
        assertThat(actions.getChildren().filter(Button.class::isInstance).map(b -> ((Button) b).getText()))
                .doesNotContain("Revise");
    }

    @Test
    @WithUserDetails("editor")
    void anEditorWithdrawsASubmissionInReviewAndSeesWhyAndByWhom() {
        Long id = draftOf("2024-2027", MeasureFixtures.complete("Rural cinema vans"));
        editing.submitMine(id);
        assertThat(measures.find(id).orElseThrow().getStatus()).isEqualTo(MeasureStatus.IN_REVIEW);
        MyMeasuresView view = myMeasures();

        test(action(view, id, "Withdraw")).click();
        WithdrawDialog dialog = $(WithdrawDialog.class).single();
        test(dialog.confirm).click();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(measures.find(id).orElseThrow().getStatus()).isEqualTo(MeasureStatus.IN_REVIEW);
        test(dialog.reason).setValue("Merged into the national film plan.");
        test(dialog.confirm).click();

        assertThat(measures.find(id).orElseThrow().getStatus()).isEqualTo(MeasureStatus.WITHDRAWN);
        assertThat(cell(view, id, 2).getElement().getTextRecursively())
                .contains("Withdrawn by editor").contains("Merged into the national film plan.");
    }

    @Test
    @WithUserDetails("editor")
    void aCancelledSubmissionSaysWhoCancelledItAndWhy() {
        Long id = draftOf("2024-2027", MeasureFixtures.complete("Theatre in schools"));
        editing.submitMine(id);
        SignedIn.as(accounts, "admin", () -> {
            workflow.cancel(id, "Submitted to the wrong cycle.");
            return null;
        });

        MyMeasuresView view = myMeasures();
        assertThat(cell(view, id, 2).getElement().getTextRecursively()).contains("Submission cancelled by admin")
                .contains("Submitted to the wrong cycle.");
    }

    @Test
    @WithUserDetails("editor")
    void carryingForwardAgainWarnsFirstAndTheCopySaysWhereItCameFrom() {
        Long earlier = draftOf("2020-2023", MeasureContent.titled("Craft fairs abroad"));
        editing.carryForward(earlier);
        MyMeasuresView view = myMeasures();
        view.cycleFilter.setValue(null);
        Long copy = editing.carriedForwardCopies(earlier).getFirst().id();
        assertThat(cell(view, copy, 0).getElement().getTextRecursively())
                .contains("Carried forward from “Craft fairs abroad” (2020-2023)");

        test(action(view, earlier, "Carry forward to 2024-2027")).click();

        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(confirm.getElement().getProperty("message")).contains("already carried forward into 2024-2027")
                .contains("Craft fairs abroad");
        assertThat(editing.carriedForwardCopies(earlier)).hasSize(1);
        test(confirm).confirm();
        assertThat(editing.carriedForwardCopies(earlier)).hasSize(2);
    }

    @Test
    @WithUserDetails("reviewer")
    void reviewersReadTheHistoryOfTheirPartysMeasures() {
        Long id = draftOf("2024-2027", MeasureContent.titled("Heritage wardens"));
        asSystem(() -> measures.saveContent(id, measures.find(id).orElseThrow().getVersion(),
                MeasureContent.titled("Heritage wardens, second draft"), "editor"));

        navigate("measures/" + id + "/history", MeasureHistoryView.class);

        MeasureHistoryView view = $(MeasureHistoryView.class).single();
        assertThat(test(view.revisions).size()).isEqualTo(2);
        assertThat(view.shownChanges()).isNotEmpty();
        assertThat($(Anchor.class).all()).extracting(a -> a.getHref()).contains("submissions/" + id)
                .doesNotContain("measures/" + id + "/edit");
    }
}
