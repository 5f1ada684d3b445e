package org.policymonitor.measure.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.dom.Element;

/**
 * The editor shows what the measure's other places show: the places bar with the editor marked, what happened to
 * the measure (withdrawn, cancelled), and Withdraw at every step before publication.
 */
@WorkflowIntegrationTest
@ViewPackages(packages = "org.policymonitor")
@WithUserDetails("editor")
class EditorPlacesTest extends SpringBrowserlessTest {

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

    private Long draftOf(MeasureContent content) {
        CurrentUser editor = accounts.find("editor").orElseThrow();
        return SignedIn.as(accounts, "admin", () -> measures.createDraft(editor.scope().partyId(),
                editor.scope().ministryId(), referenceData.cycleByCode("2024-2027").orElseThrow().getId(),
                FormVersion.FORM_2020, content, "editor").getId());
    }

    private MeasureEditorView open(Long id) {
        navigate("measures/" + id + "/edit", MeasureEditorView.class);
        return $(MeasureEditorView.class).single();
    }

    private static List<String> links(MeasurePlaces bar) {
        return bar.getElement().getChild(0).getChildren().flatMap(Element::getChildren)
                .filter(e -> "a".equals(e.getTag())).map(e -> e.getAttribute("href")).toList();
    }

    private static String current(MeasurePlaces bar) {
        return bar.getElement().getChild(0).getChildren().flatMap(Element::getChildren)
                .filter(e -> "page".equals(e.getAttribute("aria-current"))).map(Element::getText).findFirst()
                .orElse(null);
    }

    @Test
    void aMeasureInReviewShowsThePlacesBarAndCanStillBeWithdrawnFromTheEditor() {
        Long id = draftOf(MeasureFixtures.complete("Touring puppet theatre"));
        editing.submitMine(id);
        assertThat(measures.find(id).orElseThrow().getStatus()).isEqualTo(MeasureStatus.IN_REVIEW);

        MeasureEditorView view = open(id);
        MeasurePlaces bar = $(MeasurePlaces.class).from(view.places).single();
        assertThat(current(bar)).isEqualTo("The measure");
        assertThat(links(bar)).containsExactly("my-measures", "submissions/" + id, "measures/" + id + "/history");
        assertThat(view.save.isVisible()).isFalse();
        assertThat(view.withdraw.isVisible()).as("withdraw while in review").isTrue();

        test(view.withdraw).click();
        WithdrawDialog dialog = $(WithdrawDialog.class).single();
        test(dialog.reason).setValue("The theatre closed.");
        test(dialog.confirm).click();

        assertThat(measures.find(id).orElseThrow().getStatus()).isEqualTo(MeasureStatus.WITHDRAWN);
        assertThat(view.withdraw.isVisible()).as("nothing to withdraw any more").isFalse();
        assertThat(view.places.getElement().getTextRecursively()).contains("Withdrawn by editor")
                .contains("The theatre closed.");
    }

    @Test
    void aCancelledSubmissionSaysInTheEditorWhoCancelledItAndWhy() {
        Long id = draftOf(MeasureFixtures.complete("Dance in villages"));
        editing.submitMine(id);
        SignedIn.as(accounts, "admin", () -> {
            workflow.cancel(id, "Sent for the wrong ministry.");
            return null;
        });

        MeasureEditorView view = open(id);
        assertThat(view.places.getElement().getTextRecursively()).contains("Submission cancelled by admin")
                .contains("Sent for the wrong ministry.");
        assertThat(view.withdraw.isVisible()).isTrue();
    }

    @Test
    void aPublishedMeasureLinksItsPublicPageAndCannotBeWithdrawn() {
        CurrentUser editor = accounts.find("editor").orElseThrow();
        Long id = SignedIn.as(accounts, "admin", () -> measures.importAsPublished(editor.scope().partyId(),
                editor.scope().ministryId(), referenceData.cycleByCode("2024-2027").orElseThrow().getId(),
                FormVersion.FORM_2020, MeasureFixtures.complete("Published crafts"), false, "editor").measureId());

        MeasureEditorView view = open(id);
        assertThat(links($(MeasurePlaces.class).from(view.places).single())).contains("catalogue/measures/" + id);
        assertThat(view.withdraw.isVisible()).isFalse();
    }
}
