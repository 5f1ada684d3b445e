package org.policymonitor.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.audit.AuditQuery;
import org.policymonitor.audit.AuditTrail;
import org.policymonitor.importer.ImportOutcome.Result;
import org.policymonitor.measure.Measure;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.MeasureStatus;
import org.policymonitor.party.Party;
import org.policymonitor.party.ReferenceData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/** Committing a batch: ministries matched not invented, untitled records kept apart, per-record corrections, undo. */
@IntegrationTest
@WithUserDetails("admin")
class ImportBatchTest {

    private static final String DESCRIPTION = "Describe the main features of the policy/measure:";

    @Autowired
    ImportService imports;
    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AuditTrail audit;
    @Autowired
    TransactionTemplate transaction;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private Party mongolia() {
        return referenceData.partyByIso("MN").orElseThrow();
    }

    private ImportService.ImportSettings settings(ImportTarget target) {
        return new ImportService.ImportSettings(mongolia().getId(),
                referenceData.cycleByCode("2024-2027").orElseThrow().getId(), null, target);
    }

    private static ImportFile file(String name, String text) {
        return new ImportFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Measure measure(ImportOutcome outcome) {
        return measures.find(outcome.measureId()).orElseThrow();
    }

    private MeasureContent content(ImportOutcome outcome) {
        return transaction.execute(status -> measure(outcome).content());
    }

    @Test
    void agenciesAreMatchedToTheExistingMinistriesAndANewOneIsCreatedOnlyWhenAccepted() {
        Long culture = referenceData.matchingMinistry(mongolia().getId(), "Ministry of Culture").orElseThrow().getId();
        int ministriesBefore = referenceData.ministriesOf(mongolia().getId()).size();
        List<ImportCandidate> read = imports.read(List.of(
                file("spelled.txt", "Spelled differently " + run + "\n\n  MINISTRY  of   culture \n" + DESCRIPTION + "\nSome text A.\n"),
                file("unknown.txt", "Unknown agency " + run + "\n\nBureau of Kites " + run + "\n" + DESCRIPTION + "\nSome text B.\n"),
                file("accepted.txt", "Accepted agency " + run + "\n\nOffice of Lanterns " + run + "\n" + DESCRIPTION + "\nSome text C.\n")));

        assertThat(imports.ministryFor(read.get(1), mongolia().getId()).orElseThrow().proposedName())
                .isEqualTo("Bureau of Kites " + run);
        List<ImportOutcome> outcomes = imports.commit(read, settings(ImportTarget.DRAFT),
                Map.of("accepted.txt", new RecordChoice(null, null, null, "Office of Lanterns " + run)), "admin", done -> { });

        assertThat(outcomes).extracting(ImportOutcome::result).containsOnly(Result.CREATED);
        assertThat(measure(outcomes.get(0)).getMinistryId()).isEqualTo(culture);
        assertThat(measure(outcomes.get(1)).getMinistryId()).isNull();
        assertThat(referenceData.matchingMinistry(mongolia().getId(), "Bureau of Kites " + run)).isEmpty();
        assertThat(measure(outcomes.get(2)).getMinistryId())
                .isEqualTo(referenceData.matchingMinistry(mongolia().getId(), "Office of Lanterns " + run).orElseThrow().getId());
        assertThat(referenceData.ministriesOf(mongolia().getId())).hasSize(ministriesBefore + 1);
    }

    @Test
    void twoUntitledRecordsBecomeTwoMeasuresAndNeitherOverwritesTheOther() {
        List<ImportCandidate> read = imports.read(List.of(
                file("first.txt", DESCRIPTION + "\nFirst untitled " + run + "\n"),
                file("second.txt", DESCRIPTION + "\nSecond untitled " + run + "\n")));

        List<ImportOutcome> outcomes = imports.commit(read, settings(ImportTarget.DRAFT), "admin", done -> { });

        assertThat(outcomes).extracting(ImportOutcome::result).containsExactly(Result.CREATED, Result.CREATED);
        assertThat(outcomes.get(0).measureId()).isNotEqualTo(outcomes.get(1).measureId());
        assertThat(content(outcomes.get(0)).description()).isEqualTo("First untitled " + run);
        assertThat(content(outcomes.get(1)).description()).isEqualTo("Second untitled " + run);
    }

    @Test
    void theAdministratorsCorrectionsOfTitleAndPartyAreWhatIsStored() {
        Party lithuania = referenceData.partyByIso("LT").orElseThrow();
        List<ImportCandidate> read = imports.read(List.of(
                file("typo.txt", "Tittle with a typo " + run + "\n\nMinistry of Culture\n" + DESCRIPTION + "\nSome text D.\n")));

        List<ImportOutcome> outcomes = imports.commit(read, settings(ImportTarget.DRAFT),
                Map.of("typo.txt", new RecordChoice(lithuania.getId(), "Title corrected " + run, null, null)), "admin",
                done -> { });

        Measure stored = measure(outcomes.getFirst());
        assertThat(content(outcomes.getFirst()).title()).isEqualTo("Title corrected " + run);
        assertThat(stored.getPartyId()).isEqualTo(lithuania.getId());
    }

    @Test
    void aBatchOfDraftsIsUndoneAsAWholeAndCanBeImportedAgainButAPublishedBatchIsNot() {
        List<ImportFile> files = List.of(
                file("one.txt", "Undo one " + run + "\n\nMinistry of Culture\n" + DESCRIPTION + "\nSome text E.\n"),
                file("two.txt", "Undo two " + run + "\n\nMinistry of Culture\n" + DESCRIPTION + "\nSome text F.\n"));
        List<ImportOutcome> outcomes = imports.commit(imports.read(files), settings(ImportTarget.DRAFT), "admin", done -> { });
        String batch = outcomes.getFirst().batchId();

        assertThat(imports.undo(batch, "admin")).isEqualTo(2);

        assertThat(outcomes).allSatisfy(o -> assertThat(measure(o).getStatus()).isEqualTo(MeasureStatus.WITHDRAWN));
        assertThat(audit.search(new AuditQuery(batch, null, null, null, null, 50)))
                .filteredOn(e -> e.action().equals(ImportService.UNDO_ACTION))
                .extracting(e -> e.measureId()).containsExactlyInAnyOrder(outcomes.get(0).measureId(),
                        outcomes.get(1).measureId());
        List<ImportOutcome> again = imports.commit(imports.read(files), settings(ImportTarget.DRAFT), "admin", done -> { });
        assertThat(again).extracting(ImportOutcome::result).containsExactly(Result.CREATED, Result.CREATED);

        List<ImportOutcome> published = imports.commit(imports.read(List.of(
                file("three.txt", "Published " + run + "\n\nMinistry of Culture\n" + DESCRIPTION + "\nSome text G.\n"))),
                settings(ImportTarget.PUBLISHED), "admin", done -> { });
        assertThatThrownBy(() -> imports.undo(published.getFirst().batchId(), "admin"))
                .isInstanceOf(ImportService.BatchNotUndoableException.class);
        assertThat(measure(published.getFirst()).getStatus()).isEqualTo(MeasureStatus.PUBLISHED);
    }

    @Test
    void undoingABatchThatUpdatedADraftRestoresTheDraftsEarlierContent() {
        String title = "Updated then undone " + run;
        List<ImportOutcome> first = imports.commit(imports.read(List.of(
                file("v1.txt", title + "\n\nMinistry of Culture\n" + DESCRIPTION + "\nVersion one.\n"))),
                settings(ImportTarget.DRAFT), "admin", done -> { });
        List<ImportOutcome> second = imports.commit(imports.read(List.of(
                file("v2.txt", title + "\n\nMinistry of Culture\n" + DESCRIPTION + "\nVersion two.\n"))),
                settings(ImportTarget.DRAFT), "admin", done -> { });
        assertThat(second.getFirst().result()).isEqualTo(Result.UPDATED);

        imports.undo(second.getFirst().batchId(), "admin");

        assertThat(measure(first.getFirst()).getStatus()).isEqualTo(MeasureStatus.DRAFT);
        assertThat(content(first.getFirst()).description()).isEqualTo("Version one.");
    }
}
