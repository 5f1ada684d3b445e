package org.policymonitor.importer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.policymonitor.measure.Completeness;
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.MeasureContent;

/**
 * Reads files (plain text, CSV in {@link MeasureCsv} layout, zips of those) into candidates; stores nothing.
 * Plain Java, shared by the import service, the dry run and the ground-truth test.
 */
final class CandidateReader {

    static final int MAX_ZIP_ENTRIES = 5_000;
    static final long MAX_EXPANDED_BYTES = 200L * 1024 * 1024;
    /** The largest file read, uploaded or inside a zip (the upload field's limit too). */
    static final int MAX_FILE_BYTES = 50 * 1024 * 1024;

    private final MeasureTextParser parser;
    private final MeasureImportMapper mapper;

    CandidateReader(MeasureTextParser parser, MeasureImportMapper mapper) {
        this.parser = parser;
        this.mapper = mapper;
    }

    List<ImportCandidate> read(List<ImportFile> files) {
        List<ImportCandidate> candidates = new ArrayList<>();
        for (ImportFile file : files) {
            String lower = file.name().toLowerCase(Locale.ROOT);
            if (file.content().length > MAX_FILE_BYTES) {
                candidates.add(rejected(file.name(), MessageKeys.ERROR_TOO_LARGE, file.content().length + " bytes"));
            } else if (lower.endsWith(".zip")) {
                candidates.addAll(readZip(file));
            } else if (lower.endsWith(".csv")) {
                candidates.addAll(readCsv(file));
            } else {
                candidates.add(readText(file));
            }
        }
        return candidates;
    }

    private ImportCandidate readText(ImportFile file) {
        ParseResult result = parser.parse(file.name(), file.content());
        Optional<MeasureContent> content = result.measure().map(mapper::toContent);
        FormVersion form = result.measure().map(mapper::formVersion).orElse(FormVersion.FORM_2020);
        return new ImportCandidate(file.name(), content, form, withStorageErrors(result.report(), content),
                fingerprint(content), result.measure().map(ParsedMeasure::partyIso).orElse(null),
                result.measure().map(ParsedMeasure::reportedByCivilSociety).orElse(false), result.lines());
    }

    private List<ImportCandidate> readCsv(ImportFile file) {
        try {
            List<MeasureCsv.Row> rows = MeasureCsv.read(new String(file.content(), StandardCharsets.UTF_8));
            List<ImportCandidate> candidates = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                MeasureCsv.Row row = rows.get(i);
                String name = file.name() + "#" + (i + 2);
                candidates.add(new ImportCandidate(name, Optional.of(row.content()), row.formVersion(),
                        withStorageErrors(new ImportReport(name, "UTF-8", Set.of(), List.of()),
                                Optional.of(row.content())),
                        fingerprint(Optional.of(row.content())), null, false, List.of()));
            }
            return candidates;
        } catch (IllegalArgumentException malformed) {
            return List.of(rejected(file.name(), MessageKeys.ERROR_MALFORMED_CSV, malformed.getMessage()));
        }
    }

    private List<ImportCandidate> readZip(ImportFile file) {
        List<ImportFile> entries = new ArrayList<>();
        List<ImportCandidate> nested = new ArrayList<>();
        long expanded = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file.content()))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory() || entry.getName().startsWith("__MACOSX/")) {
                    continue;
                }
                if (entries.size() >= MAX_ZIP_ENTRIES) {
                    return List.of(rejected(file.name(), MessageKeys.ERROR_ZIP_TOO_LARGE, entries.size() + "+ files"));
                }
                if (entry.getName().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                    // a zip inside a zip is not opened: no unbounded nesting (zip quines), no second size budget
                    nested.add(rejected(file.name() + "/" + entry.getName(), MessageKeys.ERROR_NESTED_ZIP, null));
                    continue;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                int read;
                long entryBytes = 0;
                while ((read = zip.read(buffer)) > 0) {
                    expanded += read;
                    entryBytes += read;
                    if (expanded > MAX_EXPANDED_BYTES || entryBytes > MAX_FILE_BYTES) {
                        return List.of(rejected(file.name(), MessageKeys.ERROR_ZIP_TOO_LARGE,
                                entry.getName() + ": " + entryBytes + "+ bytes"));
                    }
                    out.write(buffer, 0, read);
                }
                entries.add(new ImportFile(file.name() + "/" + entry.getName(), out.toByteArray()));
            }
        } catch (IOException | IllegalArgumentException broken) {
            return List.of(rejected(file.name(), MessageKeys.ERROR_BROKEN_ZIP, String.valueOf(broken.getMessage())));
        }
        if (entries.isEmpty() && nested.isEmpty()) {
            return List.of(rejected(file.name(), MessageKeys.ERROR_BROKEN_ZIP, "no files"));
        }
        List<ImportCandidate> candidates = new ArrayList<>(nested);
        candidates.addAll(read(entries));
        return candidates;
    }

    /** The report plus one error per field the database could not store as read (the record is then not importable). */
    private static ImportReport withStorageErrors(ImportReport report, Optional<MeasureContent> content) {
        if (content.isEmpty()) {
            return report;
        }
        List<Completeness.Problem> problems = Completeness.storageProblems(content.get());
        if (problems.isEmpty()) {
            return report;
        }
        List<ImportIssue> issues = new ArrayList<>(report.issues());
        for (Completeness.Problem problem : problems) {
            String field = problem.field() == null ? null : problem.field().name();
            issues.add(ImportIssue.error(field, MessageKeys.ERROR_CANNOT_STORE,
                    (field == null ? "" : field + ": ") + problem.messageKey()));
        }
        return new ImportReport(report.sourceName(), report.encoding(), report.filledFields(), issues);
    }

    static ImportCandidate rejected(String name, String key, String detail) {
        return new ImportCandidate(name, Optional.empty(), FormVersion.FORM_2020,
                new ImportReport(name, null, Set.of(), List.of(ImportIssue.error(null, key, detail))), "", null, false,
                List.of());
    }

    /**
     * SHA-256 of the content as a user sees it ({@link MeasureContent#normalised()}), sets in sorted order, so
     * the same record gives the same fingerprint in every run and whatever its form version or file name.
     */
    static String fingerprint(Optional<MeasureContent> content) {
        if (content.isEmpty()) {
            return "";
        }
        try {
            byte[] canonical = ContentJson.canonical(content.get().normalised()).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
