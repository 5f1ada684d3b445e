package org.policymonitor.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.importer.ImportOutcome.Result;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.MeasureStatus;
import org.policymonitor.party.ReferenceData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
@WithUserDetails("admin")
class ImportServiceTest {

    static final List<String> SEEDS = List.of("000_b7b0f3b7321af515.txt", "001_dd720f746637563e.txt",
            "002_6d3bcdde4541072f.txt", "003_0b07f3f83ff46fe6.txt", "004_a156a6976fc84737.txt");

    @Autowired
    ImportService imports;
    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    TransactionTemplate transaction;

    private ImportService.ImportSettings settings(String party, String cycle, ImportTarget target) {
        return new ImportService.ImportSettings(referenceData.partyByIso(party).orElseThrow().getId(),
                referenceData.cycleByCode(cycle).orElseThrow().getId(), null, target);
    }

    static byte[] seed(String name) throws IOException {
        try (InputStream in = ImportServiceTest.class.getResourceAsStream("/seeds/" + name)) {
            return in.readAllBytes();
        }
    }

    static byte[] zip(List<ImportFile> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (ImportFile file : files) {
                zip.putNextEntry(new ZipEntry(file.name()));
                zip.write(file.content());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aZipOfTheSeedsImportsOnceAndReimportingSkipsEveryRecord() throws IOException {
        List<ImportFile> seeds = new ArrayList<>();
        for (String name : SEEDS) {
            seeds.add(new ImportFile(name, seed(name)));
        }
        List<ImportCandidate> candidates = imports.read(List.of(new ImportFile("seeds.zip", zip(seeds))));
        assertThat(candidates).hasSize(5).allSatisfy(c -> assertThat(c.importable()).isTrue());

        List<Integer> progress = new ArrayList<>();
        List<ImportOutcome> first = imports.commit(candidates, settings("LT", "2016-2019", ImportTarget.PUBLISHED),
                "admin", progress::add);
        assertThat(first).extracting(ImportOutcome::result).containsOnly(Result.CREATED);
        assertThat(progress).containsExactly(1, 2, 3, 4, 5);
        assertThat(first).allSatisfy(o -> assertThat(measures.currentPublication(o.measureId())).isPresent());

        List<ImportOutcome> again = imports.commit(imports.read(List.of(new ImportFile("seeds.zip", zip(seeds)))),
                settings("LT", "2016-2019", ImportTarget.PUBLISHED), "admin", done -> { });
        assertThat(again).extracting(ImportOutcome::result).containsOnly(Result.SKIPPED_DUPLICATE);
        assertThat(again).extracting(ImportOutcome::measureId)
                .containsExactlyElementsOf(first.stream().map(ImportOutcome::measureId).toList());
    }

    @Test
    void aChangedRecordWithTheSameTitleUpdatesTheDraftItCreated() throws IOException {
        // a title of its own, so records other tests imported into the same database do not match it
        String original = new String(seed(SEEDS.get(0)), StandardCharsets.UTF_8)
                .replaceFirst("Culture Internationalisation Policy", "Culture Internationalisation Policy (update test)");
        ImportService.ImportSettings drafts = settings("AZ", "2020-2023", ImportTarget.DRAFT);
        ImportOutcome created = imports.commit(imports.read(List.of(new ImportFile("a.txt", original.getBytes(StandardCharsets.UTF_8)))),
                drafts, "admin", done -> { }).getFirst();
        assertThat(created.result()).isEqualTo(Result.CREATED);
        assertThat(measures.find(created.measureId()).orElseThrow().getStatus()).isEqualTo(MeasureStatus.DRAFT);

        String changed = original.replace("There is no dedicated budget for this measure.", "USD 12,000");
        ImportOutcome updated = imports.commit(imports.read(List.of(new ImportFile("b.txt", changed.getBytes(StandardCharsets.UTF_8)))),
                drafts, "admin", done -> { }).getFirst();
        assertThat(updated.result()).isEqualTo(Result.UPDATED);
        assertThat(updated.measureId()).isEqualTo(created.measureId());
        String budget = transaction.execute(status -> measures.find(created.measureId()).orElseThrow().content().budgetText());
        assertThat(budget).isEqualTo("USD 12,000");
    }

    @Test
    void emptyBinaryAndBrokenFilesAreRejectedWithAClearReason() {
        List<ImportCandidate> candidates = imports.read(List.of(
                new ImportFile("empty.txt", new byte[0]),
                new ImportFile("picture.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3}),
                new ImportFile("broken.zip", "not a zip".getBytes(StandardCharsets.UTF_8)),
                new ImportFile("other.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8))));
        assertThat(candidates).extracting(c -> c.report().errors().getFirst().messageKey()).containsExactly(
                MessageKeys.EMPTY, MessageKeys.BINARY, MessageKeys.ERROR_BROKEN_ZIP, MessageKeys.ERROR_MALFORMED_CSV);
        assertThat(imports.commit(candidates, settings("AZ", "2016-2019", ImportTarget.DRAFT), "admin", done -> { }))
                .extracting(ImportOutcome::result).containsOnly(Result.REJECTED);
    }

    @Test
    void theCsvExportOfTheSeedsImportsBackWithEveryField() throws IOException {
        List<MeasureCsv.Row> rows = new ArrayList<>();
        for (String name : SEEDS) {
            ImportCandidate candidate = imports.read(List.of(new ImportFile(name, seed(name)))).getFirst();
            rows.add(new MeasureCsv.Row(candidate.formVersion(), candidate.content().orElseThrow()));
        }
        String csv = MeasureCsv.write(rows);
        List<ImportCandidate> back = imports.read(List.of(new ImportFile("export.csv", csv.getBytes(StandardCharsets.UTF_8))));
        assertThat(back).extracting(c -> c.content().orElseThrow())
                .containsExactlyElementsOf(rows.stream().map(MeasureCsv.Row::content).toList());
        assertThat(back).extracting(ImportCandidate::formVersion)
                .containsExactlyElementsOf(rows.stream().map(MeasureCsv.Row::formVersion).toList());
    }

}
