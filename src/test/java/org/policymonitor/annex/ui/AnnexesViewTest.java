package org.policymonitor.annex.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.annex.AnnexService;
import org.policymonitor.annex.AnnexSettings;
import org.policymonitor.annex.AnnexTestData;
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.workflow.InboxFilter;
import org.policymonitor.workflow.SubmissionWorkflow;
import org.policymonitor.workflow.WorkflowFixtures;
import org.policymonitor.workflow.WorkflowIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;

/**
 * The annexes section: editors attach files with the limits said beforehand and every refusal next to the field,
 * see each file with its size and remove it after a confirmation; followers read the list; the public record links
 * the published files to the open-data API.
 */
@WorkflowIntegrationTest
@ViewPackages(packages = "org.policymonitor")
class AnnexesViewTest extends SpringBrowserlessTest {

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
    @Autowired
    AnnexService annexes;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    WorkflowFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new WorkflowFixtures(measures, referenceData, accounts, securityContextStrategy);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signInAs(String username) {
        fixtures.signIn(username);
        cleanVaadinEnvironment();
        initVaadinEnvironment();
    }

    private AnnexesPanel panelOf(String route) {
        navigate(route, Component.class);
        return $(AnnexesPanel.class).single();
    }

    private static List<String> listed(AnnexesPanel panel) {
        return panel.files.getChildren().map(c -> c.getElement().getTextRecursively()).toList();
    }

    private static List<Button> removeButtons(AnnexesPanel panel) {
        return panel.files.getChildren().flatMap(Component::getChildren).filter(Button.class::isInstance)
                .map(Button.class::cast).toList();
    }

    @Test
    void theEditorAttachesAPdfSeesItWithItsSizeAndRemovesItAfterConfirming() {
        Long id = fixtures.draft("Annexes in the editor", List.of());
        signInAs("editor");
        AnnexesPanel panel = panelOf("measures/" + id + "/edit");

        assertThat(panel.getElement().getTextRecursively()).contains("Annexes")
                .contains("Accepted: PDF, DOCX, XLSX, ODT, ODS, PNG, JPEG, GIF.")
                .contains("Up to 20 MB per file and 100 MB for all the files of the measure.");
        assertThat(panel.upload.getMaxFileSize()).isEqualTo(20 * 1024 * 1024);
        assertThat(panel.upload.getAcceptedFileTypes()).contains("application/pdf", ".pdf", ".docx", ".jpeg");
        assertThat(panel.none.isVisible()).isTrue();

        test(panel.upload).upload("minutes.pdf", "application/pdf", AnnexTestData.pdf());
        assertThat(listed(panel)).singleElement().asString().startsWith("minutes.pdf (PDF, 65 B)");
        assertThat(panel.error.getText()).isEqualTo("Attached: minutes.pdf");
        assertThat(panel.none.isVisible()).isFalse();

        // a text file named .pdf is refused by its content, and the reason stands next to the field
        test(panel.upload).upload("notes.pdf", "application/pdf", "just text".getBytes(StandardCharsets.UTF_8));
        assertThat(panel.error.getText()).startsWith("This kind of file cannot be attached.");
        assertThat(listed(panel)).hasSize(1);

        Button remove = removeButtons(panel).getFirst();
        assertThat(remove.getAriaLabel()).contains("Remove minutes.pdf");
        test(remove).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(confirm.isOpened()).isTrue();
        assertThat(fixtures.as("editor", () -> annexes.ofMeasure(id))).as("nothing removed before confirming").hasSize(1);
        test(confirm).confirm();

        assertThat(fixtures.as("editor", () -> annexes.ofMeasure(id))).isEmpty();
        assertThat(listed(panel)).isEmpty();
        assertThat(panel.none.isVisible()).isTrue();
    }

    @Test
    void aFileTooLargeAndAFullRecordAreRefusedNextToTheField() {
        Long id = fixtures.draft("Annexes at the limits", List.of());
        signInAs("editor");
        navigate("measures/" + id + "/edit", Component.class);
        long mb = 1024 * 1024;
        AnnexSettings small = new AnnexSettings(mb, 2 * mb);
        AnnexesPanel panel = new AnnexesPanel(AnnexTestData.withLimits(context, small), small, id,
                AnnexesPanel.Mode.EDITABLE);
        UI.getCurrent().add(panel);
        assertThat(panel.getElement().getTextRecursively()).contains("Up to 1 MB per file and 2 MB for all");

        test(panel.upload).upload("big.pdf", "application/pdf", pdfOf((int) mb + 1));
        assertThat(panel.error.getText()).isEqualTo("The file is larger than 1 MB, the limit for one file.");
        test(panel.upload).upload("one.pdf", "application/pdf", pdfOf(900 * 1024));
        test(panel.upload).upload("two.pdf", "application/pdf", pdfOf(900 * 1024));
        test(panel.upload).upload("three.pdf", "application/pdf", pdfOf(900 * 1024));
        assertThat(panel.error.getText())
                .isEqualTo("With this file the record's files would exceed 2 MB together. Remove a file first.");
        assertThat(listed(panel)).hasSize(2);
    }

    @Test
    void followersReadTheListAndThePublicRecordLinksThePublishedFiles() {
        Long id = fixtures.draft("Annexes for followers", List.of());
        fixtures.as("editor", () -> annexes.attachToMeasure(id, "evaluation.pdf", AnnexTestData.pdf()));
        fixtures.doAs("editor", () -> measures.submit(id, "editor"));
        String task = fixtures.as("reviewer", () -> workflow.inbox(InboxFilter.all())).stream()
                .filter(t -> t.measureId().equals(id)).findFirst().orElseThrow().id();

        signInAs("reviewer");
        AnnexesPanel onTask = panelOf("tasks/" + task);
        assertThat(listed(onTask)).singleElement().asString().startsWith("evaluation.pdf (PDF, 65 B)");
        assertThat(onTask.upload).isNull();
        assertThat(removeButtons(onTask)).isEmpty();

        signInAs("editor");
        AnnexesPanel inReview = panelOf("measures/" + id + "/edit");
        assertThat(inReview.upload).as("no upload once submitted").isNull();
        assertThat(listed(inReview)).hasSize(1);
        assertThat(listed(panelOf("submissions/" + id))).hasSize(1);

        Long published = fixtures.as("admin", () -> measures.importAsPublished(fixtures.mongolia().getId(),
                accounts.find("editor").orElseThrow().scope().ministryId(),
                referenceData.cycleByCode("2024-2027").orElseThrow().getId(), FormVersion.FORM_2020,
                WorkflowFixtures.completeContent("Published with an annex", List.of()), false, "editor").measureId());
        Long annex = AnnexTestData.publishedAnnexOf(jdbc, published, AnnexTestData.pdf());
        SecurityContextHolder.clearContext();
        cleanVaadinEnvironment();
        initVaadinEnvironment();
        AnnexesPanel onRecord = panelOf("catalogue/measures/" + published);
        Anchor link = $(Anchor.class).from(onRecord).single();
        assertThat(link.getHref()).isEqualTo("api/v1/annexes/" + annex);
        assertThat(link.getText()).isEqualTo("published.pdf");
        assertThat($(ListItem.class).from(onRecord).single().getElement().getTextRecursively())
                .isEqualTo("published.pdf (PDF, 65 B)");
    }

    private static byte[] pdfOf(int size) {
        byte[] bytes = new byte[size];
        byte[] pdf = AnnexTestData.pdf();
        System.arraycopy(pdf, 0, bytes, 0, pdf.length);
        return bytes;
    }
}
