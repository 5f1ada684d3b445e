package org.policymonitor.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.importer.ImportFile;
import org.policymonitor.importer.ImportOutcome;
import org.policymonitor.importer.ImportService;
import org.policymonitor.importer.ImportTarget;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureEditing;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.MeasureStatus;
import org.policymonitor.measure.StaleMeasureException;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.tracking.SubmissionFixtures;
import org.policymonitor.workflow.Decision;
import org.policymonitor.workflow.SubmissionWorkflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every path that changes a measure writes its audit entries, in the changing transaction: the service's
 * editor methods (which call the service's own methods on {@code this}), the importer (drafts and
 * publications), workflow steps, even a change flushed by dirty checking without any save call. A rolled-back
 * change leaves none. The editor view's save, autosave and new draft are in
 * {@code org.policymonitor.measure.ui.EditorAuditTest}.
 */
@IntegrationTest
class CompleteAuditTest {

    @Autowired
    AuditTrail audit;
    @Autowired
    MeasureService measures;
    @Autowired
    MeasureEditing editing;
    @Autowired
    ImportService imports;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;
    @Autowired
    SubmissionWorkflow workflow;
    @Autowired
    TransactionTemplate transaction;

    SubmissionFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new SubmissionFixtures(measures, referenceData, accounts, workflow);
    }

    private List<AuditEntry> trailOf(Long measureId) {
        return fixtures.as("admin", () -> audit.search(AuditQuery.ofMeasure(measureId))).reversed();
    }

    private List<AuditEntry> fieldChanges(Long measureId, String actor) {
        return trailOf(measureId).stream().filter(e -> e.action().equals("FIELD_CHANGED") && e.actor().equals(actor))
                .toList();
    }

    private static String seed(String title) throws IOException {
        try (InputStream in = CompleteAuditTest.class.getResourceAsStream("/seeds/000_b7b0f3b7321af515.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceFirst("Culture Internationalisation Policy", title);
        }
    }

    private ImportOutcome importOne(String text, String party, ImportTarget target) {
        ImportService.ImportSettings settings = new ImportService.ImportSettings(
                referenceData.partyByIso(party).orElseThrow().getId(),
                referenceData.cycleByCode("2020-2023").orElseThrow().getId(), null, target);
        return fixtures.as("admin", () -> imports.commit(
                imports.read(List.of(new ImportFile("audit.txt", text.getBytes(StandardCharsets.UTF_8)))), settings,
                "admin", done -> { }).getFirst());
    }

    @Test
    void theEditorsOwnSaveThroughTheServiceIsRecorded() {
        Long id = fixtures.draft(fixtures.culture(), "Self-invoked save", List.of());
        long version = measures.find(id).orElseThrow().getVersion();
        int created = trailOf(id).size();
        fixtures.as("editor", () -> editing.saveMine(id, version,
                SubmissionFixtures.content("Self-invoked save", List.of()).withTitle("Self-invoked save, renamed")));

        List<AuditEntry> trail = trailOf(id);
        assertThat(trail.subList(created, trail.size()))
                .extracting(AuditEntry::actor, AuditEntry::field, AuditEntry::oldValue, AuditEntry::newValue)
                .containsExactly(tuple("editor", "title", "Self-invoked save", "Self-invoked save, renamed"));
    }

    @Test
    void anImportedDraftAndItsUpdateAreRecordedFieldByField() throws IOException {
        String original = seed("Internationalisation (audit import)");
        ImportOutcome created = importOne(original, "AZ", ImportTarget.DRAFT);
        assertThat(created.result()).isEqualTo(ImportOutcome.Result.CREATED);
        List<AuditEntry> first = trailOf(created.measureId());
        assertThat(first.getFirst()).extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::newValue)
                .containsExactly("admin", "CREATED", "Internationalisation (audit import)");
        assertThat(first).filteredOn(e -> e.action().equals("FIELD_CHANGED")).extracting(AuditEntry::field)
                .contains("title", "description", "budgetText");

        ImportOutcome updated = importOne(original.replace("There is no dedicated budget for this measure.",
                "USD 12,000"), "AZ", ImportTarget.DRAFT);
        assertThat(updated.result()).isEqualTo(ImportOutcome.Result.UPDATED);
        assertThat(trailOf(created.measureId()).subList(first.size(), trailOf(created.measureId()).size()))
                .extracting(AuditEntry::action, AuditEntry::field, AuditEntry::oldValue, AuditEntry::newValue)
                .containsExactly(tuple("FIELD_CHANGED", "budgetText", "There is no dedicated budget for this measure.",
                        "USD 12,000"), tuple("FIELD_CHANGED", "budgetUsd", null, "12000"));
    }

    @Test
    void anImportedPublicationIsRecordedWithItsFieldsAndStatus() throws IOException {
        // published into the catalogue every test shares: none of the words the catalogue's tests search for
        String ownWords = seed("Audited import publication").replaceAll("(?i)internationali[sz]ation", "audited exchange");
        ImportOutcome published = importOne(ownWords, "AZ",
                ImportTarget.PUBLISHED);
        assertThat(published.result()).isEqualTo(ImportOutcome.Result.CREATED);
        List<AuditEntry> trail = trailOf(published.measureId());
        assertThat(trail.getFirst().action()).isEqualTo("CREATED");
        assertThat(trail).filteredOn(e -> e.action().equals("FIELD_CHANGED")).extracting(AuditEntry::field)
                .contains("title", "description");
        assertThat(trail).filteredOn(e -> e.action().equals("STATUS_CHANGED"))
                .extracting(AuditEntry::oldValue, AuditEntry::newValue)
                .containsExactly(tuple(null, MeasureStatus.PUBLISHED.name()));
    }

    @Test
    void aWorkflowStepRecordsTheStatusChangeWithTheStep() {
        Long id = fixtures.submitted(fixtures.culture(), "Audited review", List.of());
        fixtures.decide("reviewer", id, Decision.APPROVE, null);

        List<AuditEntry> byReviewer = trailOf(id).stream().filter(e -> e.actor().equals("reviewer")).toList();
        assertThat(byReviewer).extracting(AuditEntry::category, AuditEntry::action, AuditEntry::field,
                AuditEntry::oldValue, AuditEntry::newValue)
                .containsExactly(tuple(AuditCategory.WORKFLOW_STEP, "APPROVED", "REVIEW", null, null),
                        tuple(AuditCategory.MEASURE_CHANGE, "STATUS_CHANGED", "status", "IN_REVIEW",
                                "AWAITING_SIGN_OFF"));
    }

    @Test
    void aChangeFlushedWithoutAnySaveCallIsRecordedToo() {
        Long id = fixtures.draft(fixtures.culture(), "Dirty checked", List.of());
        transaction.executeWithoutResult(status -> measures.find(id).orElseThrow()
                .edit(MeasureContent.titled("Dirty checked, renamed"), "someone", Instant.now()));

        assertThat(fieldChanges(id, "someone")).extracting(AuditEntry::field).contains("title", "description");
    }

    @Test
    void aRolledBackOrRefusedChangeWritesNoEntry() {
        Long id = fixtures.draft(fixtures.culture(), "Rolled back", List.of());
        int before = trailOf(id).size();
        long version = measures.find(id).orElseThrow().getVersion();

        transaction.executeWithoutResult(status -> {
            fixtures.as("editor", () -> editing.saveMine(id, version,
                    MeasureContent.titled("Never committed")));
            assertThat(measures.find(id).orElseThrow().getTitle()).isEqualTo("Never committed");
            status.setRollbackOnly();
        });
        assertThatThrownBy(() -> fixtures.as("editor", () -> editing.saveMine(id, version - 1,
                MeasureContent.titled("Stale")))).isInstanceOf(StaleMeasureException.class);

        assertThat(trailOf(id)).hasSize(before);
        assertThat(measures.find(id).orElseThrow().getTitle()).isEqualTo("Rolled back");
    }
}
