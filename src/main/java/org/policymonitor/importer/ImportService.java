package org.policymonitor.importer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.policymonitor.measure.Completeness;
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.InvalidMeasureContentException;
import org.policymonitor.measure.Measure;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.MeasureStatus;
import org.policymonitor.measure.PublishedMeasure;
import org.policymonitor.party.Ministry;
import org.policymonitor.party.Party;
import org.policymonitor.party.ReferenceData;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads exports (plain text, CSV in {@link MeasureCsv} layout, or zips of those) into candidates that an
 * administrator reviews, then commits them for a Party and cycle as drafts or published measures. A record
 * seen before for the same Party and cycle (same content fingerprint, or same title) is skipped or updated,
 * never duplicated. Each record is committed in its own transaction, so a bad record does not undo the others.
 */
@Service
public class ImportService {

    static final int MAX_ZIP_ENTRIES = 5_000;
    static final long MAX_EXPANDED_BYTES = 200L * 1024 * 1024;
    /** The largest file read, uploaded or inside a zip (the upload field's limit too). */
    static final int MAX_FILE_BYTES = 50 * 1024 * 1024;

    private final MeasureTextParser parser;
    private final MeasureImportMapper mapper;
    private final MeasureService measures;
    private final ReferenceData referenceData;
    private final ImportRecordRepository records;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;

    ImportService(MeasureTextParser parser, MeasureImportMapper mapper, MeasureService measures,
            ReferenceData referenceData, ImportRecordRepository records, TransactionTemplate transaction,
            JsonMapper json, Clock clock) {
        this.parser = parser;
        this.mapper = mapper;
        this.measures = measures;
        this.referenceData = referenceData;
        this.records = records;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
    }

    /** Settings chosen for a commit; {@code ministryId} null means: the ministry named first among the agencies. */
    public record ImportSettings(Long partyId, Long cycleId, Long ministryId, ImportTarget target) {
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<ImportCandidate> read(List<ImportFile> files) {
        return readFiles(files);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<ImportOutcome> commit(List<ImportCandidate> candidates, ImportSettings settings, String actor,
            IntConsumer progress) {
        return commitCandidates(candidates, settings, actor, progress);
    }

    /** For the command line, which runs without a signed-in user. */
    List<ImportCandidate> readFiles(List<ImportFile> files) {
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

    List<ImportOutcome> commitCandidates(List<ImportCandidate> candidates, ImportSettings settings, String actor,
            IntConsumer progress) {
        Party party = referenceData.party(settings.partyId()).orElseThrow(() -> new IllegalArgumentException("No such Party"));
        referenceData.cycle(settings.cycleId()).orElseThrow(() -> new IllegalArgumentException("No such cycle"));
        List<ImportOutcome> outcomes = new ArrayList<>();
        int done = 0;
        for (ImportCandidate candidate : candidates) {
            outcomes.add(candidate.importable() ? commitSafely(candidate, party, settings, actor)
                    : new ImportOutcome(candidate.sourceName(), candidate.title(), ImportOutcome.Result.REJECTED, null,
                            candidate.report().errors().stream().map(ImportIssue::messageKey).toList().toString()));
            progress.accept(++done);
        }
        return outcomes;
    }

    /** A record the database refuses is rolled back on its own and reported; the others go on. */
    private ImportOutcome commitSafely(ImportCandidate candidate, Party party, ImportSettings settings, String actor) {
        try {
            return transaction.execute(status -> commitOne(candidate, party, settings, actor));
        } catch (InvalidMeasureContentException | DataIntegrityViolationException refused) {
            return new ImportOutcome(candidate.sourceName(), candidate.title(), ImportOutcome.Result.REJECTED, null,
                    List.of(MessageKeys.ERROR_CANNOT_STORE).toString());
        }
    }

    private ImportOutcome commitOne(ImportCandidate candidate, Party party, ImportSettings settings, String actor) {
        MeasureContent content = candidate.content().orElseThrow();
        String titleKey = titleKey(content.title());
        Optional<ImportRecord> same = records.findFirstByPartyIdAndCycleIdAndFingerprint(party.getId(),
                settings.cycleId(), candidate.fingerprint());
        if (same.isPresent()) {
            return outcome(candidate, ImportOutcome.Result.SKIPPED_DUPLICATE, same.get().getMeasureId());
        }
        Optional<ImportRecord> sameTitle = records.findFirstByPartyIdAndCycleIdAndTitleKey(party.getId(),
                settings.cycleId(), titleKey);
        if (sameTitle.isPresent()) {
            Measure existing = measures.find(sameTitle.get().getMeasureId()).orElseThrow();
            if (existing.getStatus() != MeasureStatus.DRAFT) {
                return outcome(candidate, ImportOutcome.Result.SKIPPED_CHANGED, existing.getId());
            }
            measures.saveContent(existing.getId(), existing.getVersion(), content, actor);
            sameTitle.get().replacedBy(candidate.fingerprint(), clock.instant(), actor);
            return outcome(candidate, ImportOutcome.Result.UPDATED, existing.getId());
        }
        Long ministryId = settings.ministryId() != null ? settings.ministryId()
                : content.agencies().isEmpty() ? null
                : referenceData.ministryOf(party, content.agencies().getFirst()).getId();
        Long measureId;
        if (settings.target() == ImportTarget.PUBLISHED) {
            PublishedMeasure published = measures.importAsPublished(party.getId(), ministryId, settings.cycleId(),
                    candidate.formVersion(), content, false, actor);
            measureId = published.measureId();
        } else {
            measureId = measures.createDraft(party.getId(), ministryId, settings.cycleId(), candidate.formVersion(),
                    content, actor).getId();
        }
        records.save(new ImportRecord(candidate.fingerprint(), party.getId(), settings.cycleId(), titleKey, measureId,
                candidate.sourceName(), clock.instant(), actor));
        return outcome(candidate, ImportOutcome.Result.CREATED, measureId);
    }

    private static ImportOutcome outcome(ImportCandidate candidate, ImportOutcome.Result result, Long measureId) {
        return new ImportOutcome(candidate.sourceName(), candidate.title(), result, measureId, null);
    }

    private ImportCandidate readText(ImportFile file) {
        ParseResult result = parser.parse(file.name(), file.content());
        Optional<MeasureContent> content = result.measure().map(mapper::toContent);
        FormVersion form = result.measure().map(mapper::formVersion).orElse(FormVersion.FORM_2020);
        return new ImportCandidate(file.name(), content, form, withStorageErrors(result.report(), content),
                fingerprint(form, content));
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
                        fingerprint(row.formVersion(), Optional.of(row.content()))));
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
                String name = file.name() + "/" + entry.getName();
                entries.add(new ImportFile(name, out.toByteArray()));
            }
        } catch (IOException | IllegalArgumentException broken) {
            return List.of(rejected(file.name(), MessageKeys.ERROR_BROKEN_ZIP, String.valueOf(broken.getMessage())));
        }
        if (entries.isEmpty() && nested.isEmpty()) {
            return List.of(rejected(file.name(), MessageKeys.ERROR_BROKEN_ZIP, "no files"));
        }
        List<ImportCandidate> candidates = new ArrayList<>(nested);
        candidates.addAll(readFiles(entries));
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

    private static ImportCandidate rejected(String name, String key, String detail) {
        return new ImportCandidate(name, Optional.empty(), FormVersion.FORM_2020,
                new ImportReport(name, null, Set.of(), List.of(ImportIssue.error(null, key, detail))), "");
    }

    private String fingerprint(FormVersion form, Optional<MeasureContent> content) {
        if (content.isEmpty()) {
            return "";
        }
        try {
            byte[] canonical = json.writeValueAsBytes(new MeasureCsv.Row(form, content.get()));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String titleKey(String title) {
        if (title == null) {
            return "";
        }
        String folded = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return folded.length() > 500 ? folded.substring(0, 500) : folded;
    }
}
