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

    static final int MAX_ZIP_ENTRIES = CandidateReader.MAX_ZIP_ENTRIES;
    static final long MAX_EXPANDED_BYTES = CandidateReader.MAX_EXPANDED_BYTES;
    static final int MAX_FILE_BYTES = CandidateReader.MAX_FILE_BYTES;

    private final CandidateReader reader;
    private final MeasureService measures;
    private final ReferenceData referenceData;
    private final ImportRecordRepository records;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;

    ImportService(MeasureTextParser parser, MeasureImportMapper mapper, MeasureService measures,
            ReferenceData referenceData, ImportRecordRepository records, TransactionTemplate transaction,
            JsonMapper json, Clock clock) {
        this.reader = new CandidateReader(parser, mapper);
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
        return reader.read(files);
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

    static String titleKey(String title) {
        if (title == null) {
            return "";
        }
        String folded = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return folded.length() > 500 ? folded.substring(0, 500) : folded;
    }
}
