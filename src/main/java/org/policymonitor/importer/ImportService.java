package org.policymonitor.importer;

import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntConsumer;

import org.policymonitor.audit.AuditTrail;
import org.policymonitor.measure.InvalidMeasureContentException;
import org.policymonitor.measure.Measure;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureRevision;
import org.policymonitor.measure.MeasureEditing;
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

/**
 * Reads exports (plain text, CSV in {@link MeasureCsv} layout, or zips of those) into candidates that an
 * administrator reviews, then commits them as one batch, drafts or published measures. A record seen before for
 * the same Party and cycle (same content fingerprint, or same normalised title; untitled records never match by
 * title) is skipped or updated, never duplicated. Ministries are matched, never created unless accepted. Each
 * record is committed in its own transaction, so a bad record does not undo the others; a batch whose measures
 * are all still drafts can be undone as a whole.
 */
@Service
public class ImportService {

    static final int MAX_ZIP_ENTRIES = CandidateReader.MAX_ZIP_ENTRIES;
    static final long MAX_EXPANDED_BYTES = CandidateReader.MAX_EXPANDED_BYTES;
    static final int MAX_FILE_BYTES = CandidateReader.MAX_FILE_BYTES;
    static final String UNDO_ACTION = "import.batchUndone";

    private final CandidateReader reader;
    private final MeasureService measures;
    private final MeasureEditing editing;
    private final ReferenceData referenceData;
    private final ImportRecordRepository records;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;
    private final Clock clock;

    ImportService(MeasureTextParser parser, MeasureImportMapper mapper, MeasureService measures,
            MeasureEditing editing, ReferenceData referenceData, ImportRecordRepository records, TransactionTemplate transaction,
            AuditTrail audit, Clock clock) {
        this.reader = new CandidateReader(parser, mapper);
        this.measures = measures;
        this.editing = editing;
        this.referenceData = referenceData;
        this.records = records;
        this.transaction = transaction;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Settings chosen for a commit: the Party of records that name none (null: each record's own Party), the
     * cycle, a ministry for every record (null: matched from its agencies), drafts or published.
     */
    public record ImportSettings(Long partyId, Long cycleId, Long ministryId, ImportTarget target) {
    }

    /** The ministry a record would go to: an existing one matched by name, or the name proposed as a new one. */
    public record MinistryProposal(Ministry existing, String proposedName) {
    }

    /** Why a batch cannot be undone: these measures left the draft stage since. */
    public static class BatchNotUndoableException extends RuntimeException {

        private final List<Long> measureIds;

        BatchNotUndoableException(List<Long> measureIds) {
            super("Measures no longer drafts: " + measureIds);
            this.measureIds = List.copyOf(measureIds);
        }

        public List<Long> measureIds() {
            return measureIds;
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<ImportCandidate> read(List<ImportFile> files) {
        return readFiles(files);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<ImportOutcome> commit(List<ImportCandidate> candidates, ImportSettings settings, String actor,
            IntConsumer progress) {
        return commitCandidates(candidates, settings, Map.of(), actor, progress);
    }

    /** {@code choices} by source name: the administrator's corrections of Party, title and ministry. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<ImportOutcome> commit(List<ImportCandidate> candidates, ImportSettings settings,
            Map<String, RecordChoice> choices, String actor, IntConsumer progress) {
        return commitCandidates(candidates, settings, choices, actor, progress);
    }

    /** The Party the record names, if it is one of the Parties known here. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<Party> namedParty(ImportCandidate candidate) {
        return candidate.partyIso() == null ? Optional.empty() : referenceData.partyByIso(candidate.partyIso());
    }

    /** The ministry the record's agencies point to for the Party: an existing one, else a proposal (never stored). */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<MinistryProposal> ministryFor(ImportCandidate candidate, Long partyId) {
        return ministryProposal(candidate, partyId);
    }

    Optional<MinistryProposal> ministryProposal(ImportCandidate candidate, Long partyId) {
        return proposal(candidate.content().map(MeasureContent::agencies).orElse(List.of()), partyId);
    }

    /** Withdraws every measure the batch created and restores every draft it updated; refused unless all are drafts. */
    @PreAuthorize("hasRole('ADMIN')")
    public int undo(String batchId, String actor) {
        return undoBatch(batchId, actor);
    }

    /** For the command line, which runs without a signed-in user. */
    List<ImportCandidate> readFiles(List<ImportFile> files) {
        return reader.read(files);
    }

    List<ImportOutcome> commitCandidates(List<ImportCandidate> candidates, ImportSettings settings,
            Map<String, RecordChoice> choices, String actor, IntConsumer progress) {
        referenceData.cycle(settings.cycleId()).orElseThrow(() -> new IllegalArgumentException("No such cycle"));
        String batchId = UUID.randomUUID().toString();
        List<ImportOutcome> outcomes = new ArrayList<>();
        int done = 0;
        for (ImportCandidate candidate : candidates) {
            RecordChoice choice = choices.getOrDefault(candidate.sourceName(), RecordChoice.NONE);
            Optional<Party> party = partyOf(candidate, choice, settings);
            if (!candidate.importable()) {
                outcomes.add(new ImportOutcome(candidate.sourceName(), candidate.title(), ImportOutcome.Result.REJECTED,
                        null, candidate.report().errors().stream().map(ImportIssue::messageKey).toList().toString(),
                        batchId));
            } else if (party.isEmpty()) {
                outcomes.add(new ImportOutcome(candidate.sourceName(), candidate.title(), ImportOutcome.Result.REJECTED,
                        null, MessageKeys.ERROR_NO_PARTY, batchId));
            } else {
                outcomes.add(commitSafely(candidate, choice, party.get(), settings, actor, batchId));
            }
            progress.accept(++done);
        }
        return outcomes;
    }

    private Optional<Party> partyOf(ImportCandidate candidate, RecordChoice choice, ImportSettings settings) {
        if (choice.partyId() != null) {
            return referenceData.party(choice.partyId());
        }
        if (settings.partyId() != null) {
            return referenceData.party(settings.partyId());
        }
        return candidate.partyIso() == null ? Optional.empty() : referenceData.partyByIso(candidate.partyIso());
    }

    /** A record the database refuses is rolled back on its own and reported; the others go on. */
    private ImportOutcome commitSafely(ImportCandidate candidate, RecordChoice choice, Party party,
            ImportSettings settings, String actor, String batchId) {
        try {
            return transaction.execute(status -> commitOne(candidate, choice, party, settings, actor, batchId));
        } catch (InvalidMeasureContentException | DataIntegrityViolationException refused) {
            return new ImportOutcome(candidate.sourceName(), candidate.title(), ImportOutcome.Result.REJECTED, null,
                    List.of(MessageKeys.ERROR_CANNOT_STORE).toString(), batchId);
        }
    }

    private ImportOutcome commitOne(ImportCandidate candidate, RecordChoice choice, Party party,
            ImportSettings settings, String actor, String batchId) {
        MeasureContent content = candidate.content().orElseThrow();
        if (choice.title() != null && !choice.title().isBlank()) {
            content = content.withTitle(choice.title().strip());
        }
        String fingerprint = CandidateReader.fingerprint(Optional.of(content));
        String titleKey = titleKey(content.title());
        Optional<ImportRecord> same = records.findFirstByPartyIdAndCycleIdAndFingerprint(party.getId(),
                settings.cycleId(), fingerprint);
        if (same.isPresent()) {
            return outcome(candidate, content, ImportOutcome.Result.SKIPPED_DUPLICATE, same.get().getMeasureId(), batchId);
        }
        Optional<ImportRecord> sameTitle = titleKey.isEmpty() ? Optional.empty()
                : records.findFirstByPartyIdAndCycleIdAndTitleKey(party.getId(), settings.cycleId(), titleKey);
        if (sameTitle.isPresent()) {
            Measure existing = measures.find(sameTitle.get().getMeasureId()).orElseThrow();
            if (existing.getStatus() != MeasureStatus.DRAFT) {
                return outcome(candidate, content, ImportOutcome.Result.SKIPPED_CHANGED, existing.getId(), batchId);
            }
            if (existing.content().normalised().equals(content.normalised())) {
                return outcome(candidate, content, ImportOutcome.Result.SKIPPED_DUPLICATE, existing.getId(), batchId);
            }
            long before = existing.getVersion();
            measures.saveContent(existing.getId(), existing.getVersion(), content, actor);
            sameTitle.get().replacedBy(fingerprint, clock.instant(), actor, batchId, before);
            return outcome(candidate, content, ImportOutcome.Result.UPDATED, existing.getId(), batchId);
        }
        Long ministryId = ministryId(content, choice, party, settings);
        Long measureId;
        if (settings.target() == ImportTarget.PUBLISHED) {
            PublishedMeasure published = measures.importAsPublished(party.getId(), ministryId, settings.cycleId(),
                    candidate.formVersion(), content, candidate.reportedByCivilSociety(), actor);
            measureId = published.measureId();
        } else {
            Measure draft = measures.createDraft(party.getId(), ministryId, settings.cycleId(), candidate.formVersion(),
                    content, actor);
            if (candidate.reportedByCivilSociety()) {
                draft.markReportedByCivilSociety(true, actor, clock.instant());
            }
            measureId = draft.getId();
        }
        records.save(new ImportRecord(fingerprint, party.getId(), settings.cycleId(), titleKey, measureId,
                candidate.sourceName(), clock.instant(), actor, batchId));
        return outcome(candidate, content, ImportOutcome.Result.CREATED, measureId, batchId);
    }

    /** Chosen for all, chosen for the record, matched among the Party's ministries, or accepted as new; else none. */
    private Long ministryId(MeasureContent content, RecordChoice choice, Party party, ImportSettings settings) {
        if (settings.ministryId() != null) {
            return settings.ministryId();
        }
        if (choice.ministryId() != null) {
            return choice.ministryId();
        }
        Optional<MinistryProposal> proposal = proposal(content.agencies(), party.getId());
        if (proposal.isPresent() && proposal.get().existing() != null) {
            return proposal.get().existing().getId();
        }
        if (choice.newMinistryName() != null && !choice.newMinistryName().isBlank()) {
            return referenceData.ministryOf(party, choice.newMinistryName().strip()).getId();
        }
        return null;
    }

    private Optional<MinistryProposal> proposal(List<String> agencies, Long partyId) {
        for (String agency : agencies) {
            Optional<Ministry> existing = referenceData.matchingMinistry(partyId, agency);
            if (existing.isPresent()) {
                return Optional.of(new MinistryProposal(existing.get(), null));
            }
        }
        return agencies.isEmpty() ? Optional.empty() : Optional.of(new MinistryProposal(null, agencies.getFirst()));
    }

    private int undoBatch(String batchId, String actor) {
        return transaction.execute(status -> {
            List<ImportRecord> batch = records.findByBatchIdOrderById(batchId);
            List<Long> notDrafts = batch.stream().map(ImportRecord::getMeasureId)
                    .filter(id -> measures.find(id).map(m -> m.getStatus() != MeasureStatus.DRAFT).orElse(false))
                    .toList();
            if (!notDrafts.isEmpty()) {
                throw new BatchNotUndoableException(notDrafts);
            }
            for (ImportRecord record : batch) {
                Measure measure = measures.find(record.getMeasureId()).orElseThrow();
                if (record.getVersionBefore() == null) {
                    measures.withdraw(measure.getId(), actor, "Import batch " + batchId + " undone");
                    records.delete(record);
                } else {
                    MeasureContent before = editing.history(measure.getId()).stream()
                            .filter(revision -> revision.version() == record.getVersionBefore())
                            .map(MeasureRevision::content).findFirst().orElseThrow();
                    measures.saveContent(measure.getId(), measure.getVersion(), before, actor);
                    record.restored(CandidateReader.fingerprint(Optional.of(before)));
                }
                audit.recordAdminAction(actor, UNDO_ACTION, measure.getId(), batchId + " " + record.getSourceName());
            }
            return batch.size();
        });
    }

    private static ImportOutcome outcome(ImportCandidate candidate, MeasureContent content, ImportOutcome.Result result,
            Long measureId, String batchId) {
        return new ImportOutcome(candidate.sourceName(), content.title(), result, measureId, null, batchId);
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
