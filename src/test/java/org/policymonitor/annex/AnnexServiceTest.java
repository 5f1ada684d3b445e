package org.policymonitor.annex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.audit.AuditEntry;
import org.policymonitor.audit.AuditQuery;
import org.policymonitor.audit.AuditTrail;
import org.policymonitor.measure.MeasureNotEditableException;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.ScopeAccessDeniedException;
import org.policymonitor.tracking.SubmissionFixtures;
import org.policymonitor.workflow.Decision;
import org.policymonitor.workflow.SubmissionWorkflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * Files attached to measures: kept only when their content is an accepted kind, within the limits, by the
 * measure's own editors while it is with them; read by those who follow the submission; public only once a
 * version carrying them is published; each attachment and removal in the audit trail.
 */
@IntegrationTest
class AnnexServiceTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    AnnexService annexes;
    @Autowired
    AuditTrail audit;
    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;
    @Autowired
    SubmissionWorkflow workflow;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;
    @Autowired
    jakarta.persistence.EntityManager entityManager;

    SubmissionFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new SubmissionFixtures(measures, referenceData, accounts, workflow);
    }

    private Long draft() {
        return fixtures.draft(fixtures.culture(), "Measure with annexes", List.of());
    }

    private AnnexFile attach(String user, Long measureId, String name, byte[] bytes) {
        return fixtures.as(user, () -> annexes.attachToMeasure(measureId, name, bytes));
    }

    @Test
    void eachAcceptedKindIsRecognisedByItsContentAndKeptUnderItsTrueExtension() throws IOException {
        Long measure = draft();
        assertThat(attach("editor", measure, "minutes.pdf", PDF).kind()).isEqualTo(FileKind.PDF);
        byte[] docxBytes = docx();
        AnnexFile docx = attach("editor", measure, "statistics.xlsx", docxBytes);
        assertThat(docx.kind()).isEqualTo(FileKind.DOCX);
        assertThat(docx.fileName()).isEqualTo("statistics.docx");
        assertThat(attach("editor", measure, "table", xlsx()).kind()).isEqualTo(FileKind.XLSX);
        assertThat(attach("editor", measure, "summary.odt", openDocument("application/vnd.oasis.opendocument.text"))
                .kind()).isEqualTo(FileKind.ODT);
        assertThat(attach("editor", measure, "photo.png", png()).kind()).isEqualTo(FileKind.PNG);

        assertThat(fixtures.as("editor", () -> annexes.ofMeasure(measure))).extracting(AnnexFile::fileName)
                .containsExactly("minutes.pdf", "statistics.docx", "table.xlsx", "summary.odt", "photo.png");
        AnnexDownload download = fixtures.as("reviewer", () -> annexes.download(docx.id()));
        assertThat(download.bytes()).isEqualTo(docxBytes);
        assertThat(download.file().sha256()).isEqualTo(AnnexService.sha256(docxBytes));
    }

    @Test
    void aFileIsRefusedByWhatItContainsNotByItsName() throws IOException {
        Long measure = draft();
        byte[] executable = "MZ\u0090\u0000 this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(() -> attach("editor", measure, "report.pdf", executable), "annex.refused.kind");
        assertRefused(() -> attach("editor", measure, "page.html", "<html><script>alert(1)</script>".getBytes(
                StandardCharsets.UTF_8)), "annex.refused.kind");
        assertRefused(() -> attach("editor", measure, "archive.docx", zipOf("readme.txt")), "annex.refused.kind");
        assertRefused(() -> attach("editor", measure, "empty.pdf", new byte[0]), "annex.refused.empty");
        assertThat(fixtures.as("editor", () -> annexes.ofMeasure(measure))).isEmpty();
    }

    @Test
    void limitsPerFileAndPerRecordAreCheckedOnTheServer(@Autowired AnnexRepository annexRows,
            @Autowired AnnexContentRepository contents, @Autowired org.policymonitor.security.ScopeGuard guard,
            @Autowired org.springframework.context.ApplicationEventPublisher events, @Autowired java.time.Clock clock) {
        AnnexService small = new AnnexService(annexRows, contents, measures, guard, new AnnexSettings(100L, 150L),
                events, clock);
        Long measure = draft();
        byte[] big = new byte[101];
        System.arraycopy(PDF, 0, big, 0, 50);
        assertRefused(() -> fixtures.as("editor", () -> small.attachToMeasure(measure, "big.pdf", big)),
                "annex.refused.fileTooLarge");
        byte[] eighty = new byte[80];
        System.arraycopy(PDF, 0, eighty, 0, 50);
        fixtures.as("editor", () -> small.attachToMeasure(measure, "first.pdf", eighty));
        assertRefused(() -> fixtures.as("editor", () -> small.attachToMeasure(measure, "second.pdf", eighty)),
                "annex.refused.recordTooLarge");
    }

    @Test
    void onlyTheMeasuresOwnMinistryAttachesAndOnlyItsFollowersRead() {
        Long measure = draft();
        AnnexFile file = attach("editor", measure, "minutes.pdf", PDF);

        assertThatThrownBy(() -> attach("editor.lt", measure, "other.pdf", PDF))
                .isInstanceOf(ScopeAccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("editor.lt", () -> annexes.ofMeasure(measure)))
                .isInstanceOf(ScopeAccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("editor.lt", () -> annexes.download(file.id())))
                .isInstanceOf(ScopeAccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.doAs("editor.lt", () -> annexes.remove(file.id())))
                .isInstanceOf(ScopeAccessDeniedException.class);
        assertThatThrownBy(() -> attach("reviewer", measure, "reviewer.pdf", PDF))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(fixtures.as("reviewer", () -> annexes.ofMeasure(measure))).extracting(AnnexFile::id)
                .containsExactly(file.id());
        assertThat(annexes.publicOfMeasure(measure)).isEmpty();
        assertThat(annexes.publicDownload(file.id())).isEmpty();
    }

    @Test
    void filesBecomePublicWithThePublishedVersionAndARevisionsNewFileOnlyWithTheRevision() {
        Long measure = draft();
        AnnexFile first = attach("editor", measure, "minutes.pdf", PDF);
        fixtures.doAs("admin", () -> measures.submit(measure, "editor"));
        assertThatThrownBy(() -> attach("editor", measure, "late.pdf", PDF))
                .isInstanceOf(MeasureNotEditableException.class);
        fixtures.decide("reviewer", measure, Decision.APPROVE, null);
        fixtures.decide("evaluator", measure, Decision.SIGN_OFF, null);

        assertThat(annexes.publicOfMeasure(measure)).extracting(AnnexFile::id).containsExactly(first.id());
        assertThat(annexes.publicDownload(first.id())).get().extracting(AnnexDownload::bytes).isEqualTo(PDF);

        // as the revision journey will (Measure.startRevision; its service method is being wired elsewhere)
        transaction.executeWithoutResult(status -> entityManager.find(org.policymonitor.measure.Measure.class, measure)
                .startRevision("editor", java.time.Instant.now()));
        AnnexFile second = attach("editor", measure, "addendum.pdf", PDF);
        assertThat(annexes.publicOfMeasure(measure)).extracting(AnnexFile::id).containsExactly(first.id());
        assertThat(annexes.publicDownload(second.id())).isEmpty();
    }

    @Test
    void attachingAndRemovingAreInTheMeasuresAuditTrail() {
        Long measure = draft();
        AnnexFile file = attach("editor", measure, "minutes.pdf", PDF);
        fixtures.doAs("editor", () -> annexes.remove(file.id()));

        List<AuditEntry> trail = fixtures.as("admin", () -> audit.search(AuditQuery.ofMeasure(measure)));
        assertThat(trail).filteredOn(e -> e.action().startsWith("ANNEX_"))
                .extracting(AuditEntry::action, AuditEntry::actor, AuditEntry::field)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("ANNEX_ATTACHED", "editor", "annex"),
                        org.assertj.core.groups.Tuple.tuple("ANNEX_REMOVED", "editor", "annex"));
        assertThat(fixtures.as("editor", () -> annexes.ofMeasure(measure))).isEmpty();
    }

    @Test
    void fileNamesLoseFoldersAndControlCharacters() {
        assertThat(FileNames.clean("..\\..\\C:\\temp\\evil<b>\u202e.docx", FileKind.PDF)).isEqualTo("evilb.pdf");
        assertThat(FileNames.clean("   ", FileKind.PNG)).isEqualTo("annex.png");
        assertThat(FileNames.clean("x".repeat(300) + ".pdf", FileKind.PDF)).hasSize(120).endsWith(".pdf");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(AnnexRefusedException.class)
                .extracting(e -> ((AnnexRefusedException) e).messageKey()).isEqualTo(key);
    }

    static byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Consultation minutes");
            document.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Annex").createRow(0).createCell(0).setCellValue(42);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static byte[] openDocument(String mediaType) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] type = mediaType.getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    static byte[] zipOf(String entryName) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write("just a zip".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    static byte[] png() throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
