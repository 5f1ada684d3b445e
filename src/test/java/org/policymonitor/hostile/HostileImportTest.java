package org.policymonitor.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.importer.ImportCandidate;
import org.policymonitor.importer.ImportFile;
import org.policymonitor.importer.ImportIssue;
import org.policymonitor.importer.ImportOutcome;
import org.policymonitor.importer.ImportService;
import org.policymonitor.importer.ImportTarget;
import org.policymonitor.importer.MeasureCsv;
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.Measure;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureField;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.party.ReferenceData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hostile files through the importer ({@link ImportService#read} then {@link ImportService#commit}, as the
 * demo admin): each file is read without an exception; a record that cannot be imported carries an error with
 * a message key of the importer bundle and writes nothing; a record that is imported is stored as previewed.
 */
@IntegrationTest
@WithUserDetails("admin")
class HostileImportTest {

    private static final String DESCRIPTION_HEADING = "Décrivez les principales caractéristiques de la politique/mesure: ";
    private static final String BUDGET_HEADING = "Ressources financières allouées à la politique/mesure en dollars américains: ";

    @Autowired
    ImportService imports;
    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    TransactionTemplate transaction;

    private final Properties messages = HostileCorpus.bundle("importer");

    private ImportService.ImportSettings settings() {
        return new ImportService.ImportSettings(referenceData.partyByIso("MN").orElseThrow().getId(),
                referenceData.cycleByCode("2024-2027").orElseThrow().getId(), null, ImportTarget.DRAFT);
    }

    private static String textExport(String title, String description, String budget) {
        return title + "\n\nMinistry of Culture\n" + DESCRIPTION_HEADING + "\n\n" + description + "\n\n"
                + (budget == null ? "" : BUDGET_HEADING + "\n\n" + budget + "\n");
    }

    private static ImportFile file(String name, String text) {
        return new ImportFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads and commits the files; checks every rule of the importer channel and returns the outcomes.
     * Candidates not importable must be REJECTED and create no measure; importable ones are stored as previewed.
     */
    private List<ImportOutcome> readAndCommit(List<ImportFile> files) {
        List<ImportCandidate> candidates = imports.read(files);
        for (ImportCandidate candidate : candidates) {
            assertThat(candidate.report().issues()).as(candidate.sourceName())
                    .allSatisfy(issue -> assertThat(messages).as(candidate.sourceName()).containsKey(issue.messageKey()));
            if (!candidate.importable()) {
                assertThat(candidate.report().errors()).as(candidate.sourceName()).isNotEmpty();
            }
        }
        long before = measures.count();
        List<ImportOutcome> outcomes = imports.commit(candidates, settings(), "admin", done -> { });
        assertThat(outcomes).hasSameSizeAs(candidates);
        long created = 0;
        for (int i = 0; i < candidates.size(); i++) {
            ImportCandidate candidate = candidates.get(i);
            ImportOutcome outcome = outcomes.get(i);
            if (!candidate.importable()) {
                assertThat(outcome.result()).as(candidate.sourceName()).isEqualTo(ImportOutcome.Result.REJECTED);
                assertThat(outcome.measureId()).isNull();
                continue;
            }
            assertThat(outcome.result()).as(candidate.sourceName()).isNotEqualTo(ImportOutcome.Result.REJECTED);
            if (outcome.result() == ImportOutcome.Result.CREATED) {
                created++;
                MeasureContent stored = transaction.execute(status ->
                        measures.find(outcome.measureId()).map(Measure::content).orElseThrow());
                MeasureContent previewed = candidate.content().orElseThrow();
                for (MeasureField field : MeasureField.values()) {
                    Object want = field.valueIn(previewed);
                    Object got = field.valueIn(stored);
                    if (want instanceof java.math.BigDecimal amount) {
                        assertThat((java.math.BigDecimal) got).as(candidate.sourceName()).isEqualByComparingTo(amount);
                    } else {
                        assertThat(got).as(candidate.sourceName() + " " + field).isEqualTo(want);
                    }
                }
            }
        }
        assertThat(measures.count()).as("measures created").isEqualTo(before + created);
        return outcomes;
    }

    @Test
    void hostileTextInTextExportsIsImportedAsPreviewedOrRejected() {
        List<String> strings = HostileCorpus.strings();
        List<ImportFile> files = new ArrayList<>();
        for (int i = 0; i < strings.size(); i++) {
            String s = strings.get(i);
            String title = "Hostile text import " + i + (s.contains("\n") || s.contains("\r") ? "" : " " + s);
            files.add(file("hostile-" + i + ".txt", textExport(title, "Before " + s + " after", null)));
        }
        List<ImportOutcome> outcomes = readAndCommit(files);
        System.out.printf("HOSTILE importer channel: %d text exports with hostile strings (%d rejected)%n", files.size(),
                outcomes.stream().filter(o -> o.result() == ImportOutcome.Result.REJECTED).count());
    }

    @Test
    void hostileTextInCsvRoundTripsExactly() {
        List<String> strings = HostileCorpus.strings();
        List<MeasureCsv.Row> rows = new ArrayList<>();
        for (int i = 0; i < strings.size(); i++) {
            // a UTF-8 file cannot carry a lone surrogate: it arrives as '?', like any other writer's file
            String s = new String(strings.get(i).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            rows.add(new MeasureCsv.Row(FormVersion.FORM_2020, MeasureContent.titled("Hostile csv " + i + " " + s)
                    .with(MeasureField.AGENCIES, List.of("Ministry of Culture"))
                    .with(MeasureField.DESCRIPTION, s.isEmpty() ? null : s)
                    .with(MeasureField.BUDGET_TEXT, s.isEmpty() ? null : s)));
        }
        List<ImportCandidate> candidates = imports.read(List.of(file("hostile.csv", MeasureCsv.write(rows))));
        assertThat(candidates).hasSameSizeAs(rows);
        for (int i = 0; i < rows.size(); i++) {
            MeasureContent written = rows.get(i).content();
            ImportCandidate candidate = candidates.get(i);
            // the description and the budget text hold the same string: together they must fit the snapshot
            boolean storable = !HostileCorpus.unstorable(written.title()) && written.title().length() <= 500
                    && (written.description() == null || written.description().length() < 400_000)
                    && (written.description() == null || !HostileCorpus.unstorable(written.description()));
            assertThat(candidate.importable()).as(candidate.sourceName() + " " + HostileCorpus.shortForm(written.title()))
                    .isEqualTo(storable);
            if (storable) {
                assertThat(candidate.content()).as(candidate.sourceName()).contains(written);
            } else {
                assertThat(candidate.report().errors()).extracting(ImportIssue::messageKey)
                        .containsOnly("import.error.cannotStore");
            }
        }
        readAndCommit(List.of(file("hostile.csv", MeasureCsv.write(rows))));
        System.out.printf("HOSTILE importer channel: %d CSV rows with hostile strings%n", rows.size());
    }

    @Test
    void hostileAmountsGoThroughTheCurrencyAwareParser() {
        List<String> amounts = HostileCorpus.lines("amounts.txt");
        List<ImportFile> files = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            files.add(file("amount-" + i + ".txt", textExport("Hostile amount " + i, "Budget test", amounts.get(i))));
        }
        List<ImportOutcome> outcomes = readAndCommit(files);
        System.out.printf("HOSTILE importer channel: %d budget amounts in text exports (%d rejected)%n", files.size(),
                outcomes.stream().filter(o -> o.result() == ImportOutcome.Result.REJECTED).count());
    }

    private static byte[] zip(int level, List<ImportFile> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(level);
            for (ImportFile entry : entries) {
                zip.putNextEntry(new ZipEntry(entry.name()));
                zip.write(entry.content());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A zip whose one entry inflates to {@code size} bytes of zeros, written without holding them in memory. */
    private static byte[] bomb(String entryName, long size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry(entryName));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written < size; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void malformedBinaryOversizedAndTrickyFilesGetAClearErrorAndWriteNothing() throws IOException {
        List<String> names = List.of("wrong-columns.csv", "too-few-cells.csv", "unknown-form.csv", "bad-number.csv",
                "bad-enum.csv", "unclosed-quote.csv", "huge-amount.csv", "amount-precision.csv", "nan-amount.csv",
                "long-code.csv", "header-only.csv", "formulas.csv", "title-only.txt", "whitespace.txt", "empty.txt",
                "fake.pdf.txt", "image.png", "truncated.zip", "not-a-zip.zip");
        List<ImportFile> files = new ArrayList<>();
        for (String name : names) {
            files.add(new ImportFile(name, HostileCorpus.bytes("import/" + name)));
        }
        byte[] random = new byte[64 * 1024];
        new Random(42).nextBytes(random);
        files.add(new ImportFile("random.bin", random));
        files.add(new ImportFile("random.csv", random));
        files.add(new ImportFile("random.zip", random));
        files.add(new ImportFile("utf16.txt", textExport("Hostile UTF-16 \uD83C\uDFAD", "Zero\u200Bwidth \u202Eltr", null)
                .getBytes(StandardCharsets.UTF_16)));
        files.add(file("nul-title.txt", textExport("Hostile NUL\u0000title \u0007bell", "text\u0000with NUL", null)));
        files.add(file("long-title.txt", textExport("Hostile long title " + "t".repeat(600), "text", null)));
        files.add(file("../../etc/passwd", textExport("Hostile traversal name", "text", null)));
        files.add(file("<script>alert(1)</script>.txt", textExport("Hostile script name", "<script>alert(1)</script>", null)));
        files.add(file("one-megabyte-line.txt", "x".repeat(HostileCorpus.ONE_MB)));
        files.add(file("ten-megabytes.txt", textExport("Hostile ten megabytes", "lorem ipsum dolor sit amet\n".repeat(390_000), null)));
        files.add(new ImportFile("fifty-one-megabytes.txt", new byte[51 * 1024 * 1024]));
        byte[] truncatedZip = zip(Deflater.DEFAULT_COMPRESSION, List.of(file("a.txt", textExport("Hostile a", "text", null))));
        files.add(new ImportFile("cut-in-half.zip", java.util.Arrays.copyOf(truncatedZip, truncatedZip.length / 2)));
        files.add(new ImportFile("traversal.zip", zip(Deflater.DEFAULT_COMPRESSION, List.of(
                file("../../etc/passwd", textExport("Hostile zip traversal", "text", null)),
                file("/absolute/path.txt", textExport("Hostile zip absolute", "text", null)),
                file("..\\..\\windows\\win.ini", "[fonts]\n")))));
        files.add(new ImportFile("nested.zip", zip(Deflater.DEFAULT_COMPRESSION, List.of(
                new ImportFile("inner.zip", zip(Deflater.DEFAULT_COMPRESSION, List.of(file("deep.txt", "deep")))),
                file("beside.txt", textExport("Hostile beside nested", "text", null))))));
        files.add(new ImportFile("bomb.zip", bomb("zeros.txt", 60L * 1024 * 1024)));
        List<ImportFile> many = new ArrayList<>();
        for (int i = 0; i < 5_001; i++) {
            many.add(file("m" + i + ".txt", "x"));
        }
        files.add(new ImportFile("too-many-entries.zip", zip(Deflater.BEST_SPEED, many)));
        files.add(new ImportFile("empty.zip", zip(Deflater.DEFAULT_COMPRESSION, List.of())));

        List<ImportOutcome> outcomes = readAndCommit(files);

        java.util.Map<String, ImportOutcome> bySource = new java.util.HashMap<>();
        outcomes.forEach(o -> bySource.putIfAbsent(o.sourceName(), o));
        for (String rejected : List.of("wrong-columns.csv", "too-few-cells.csv", "unknown-form.csv", "bad-number.csv",
                "bad-enum.csv", "unclosed-quote.csv", "nan-amount.csv", "empty.txt", "whitespace.txt", "fake.pdf.txt",
                "image.png", "truncated.zip", "not-a-zip.zip", "random.bin", "random.csv", "random.zip",
                "fifty-one-megabytes.txt", "cut-in-half.zip", "bomb.zip", "too-many-entries.zip", "empty.zip",
                "nested.zip/inner.zip", "huge-amount.csv#2", "amount-precision.csv#2", "long-code.csv#2",
                "long-title.txt")) {
            assertThat(bySource).as(rejected).containsKey(rejected);
            assertThat(bySource.get(rejected).result()).as(rejected).isEqualTo(ImportOutcome.Result.REJECTED);
        }
        assertThat(bySource.get("formulas.csv#2").result()).isEqualTo(ImportOutcome.Result.CREATED);
        assertThat(bySource.get("nested.zip/beside.txt").result()).isEqualTo(ImportOutcome.Result.CREATED);
        assertThat(bySource.get("traversal.zip/../../etc/passwd").result()).isEqualTo(ImportOutcome.Result.CREATED);
        MeasureContent formulas = transaction.execute(status -> measures.find(bySource.get("formulas.csv#2").measureId())
                .orElseThrow().content());
        assertThat(formulas.title()).isEqualTo("=HYPERLINK(\"https://evil.example\",\"click\")");
        assertThat(formulas.description()).isEqualTo("+1+1\r\n-2+3\r\n@SUM(1+1)");
        System.out.printf("HOSTILE importer channel: %d malformed, binary, oversized or tricky files (%d records, %d rejected)%n",
                files.size(), outcomes.size(),
                outcomes.stream().filter(o -> o.result() == ImportOutcome.Result.REJECTED).count());
    }
}
