package org.policymonitor.annex;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.policymonitor.measure.Measure;
import org.policymonitor.measure.MeasureNotEditableException;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.security.ScopeGuard;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to measures. The measure's editors attach and remove them while the measure is with them (the
 * same rule as its content); whoever may follow the submission reads them; the public reads a measure's files
 * once it is published, and only the files it had when a version was published (a file added during a revision
 * becomes public with the revision; removing a file removes it from the public at once). See docs/annexes.md.
 */
@Service
public class AnnexService {

    private final AnnexRepository annexes;
    private final AnnexContentRepository contents;
    private final MeasureService measures;
    private final ScopeGuard guard;
    private final AnnexSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AnnexService(AnnexRepository annexes, AnnexContentRepository contents, MeasureService measures, ScopeGuard guard,
            AnnexSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.annexes = annexes;
        this.contents = contents;
        this.measures = measures;
        this.guard = guard;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** Attaches a file to a measure of the editor's ministry; refused with a reason when it may not be kept. */
    @PreAuthorize("hasAnyRole('EDITOR', 'CIVIL_SOCIETY', 'ADMIN')")
    @Transactional
    public AnnexFile attachToMeasure(Long measureId, String fileName, byte[] bytes) {
        Measure measure = editable(measureId);
        AnnexOwner owner = AnnexOwner.measure(measure.getId());
        if (bytes == null || bytes.length == 0) {
            throw new AnnexRefusedException("annex.refused.empty");
        }
        if (bytes.length > settings.maxFileBytes()) {
            throw new AnnexRefusedException("annex.refused.fileTooLarge", megabytes(settings.maxFileBytes()));
        }
        if (annexes.totalBytes(owner.kind(), owner.id()) + bytes.length > settings.maxRecordBytes()) {
            throw new AnnexRefusedException("annex.refused.recordTooLarge", megabytes(settings.maxRecordBytes()));
        }
        FileKind kind = FileKind.of(bytes).orElseThrow(() -> new AnnexRefusedException("annex.refused.kind"));
        Annex annex = annexes.save(new Annex(owner, FileNames.clean(fileName, kind), kind, bytes.length,
                sha256(bytes), actor(), clock.instant()));
        contents.save(new AnnexContent(annex.getId(), bytes));
        events.publishEvent(new AnnexChanged(owner, annex.describe(), true, actor(), clock.instant()));
        return annex.describe();
    }

    /** Removes a file from a measure of the editor's ministry while the measure is with its editors. */
    @PreAuthorize("hasAnyRole('EDITOR', 'CIVIL_SOCIETY', 'ADMIN')")
    @Transactional
    public void remove(Long annexId) {
        Annex annex = annexes.findById(annexId).orElseThrow(() -> new NoSuchElementException("No annex " + annexId));
        editable(annex.owner().id());
        contents.deleteById(annexId);
        annexes.delete(annex);
        events.publishEvent(new AnnexChanged(annex.owner(), annex.describe(), false, actor(), clock.instant()));
    }

    /** The files of a measure, for those who may follow its submission. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AnnexFile> ofMeasure(Long measureId) {
        Measure measure = followed(measureId);
        return annexes.findByOwnerKindAndOwnerIdOrderByUploadedAtAscIdAsc(AnnexOwner.Kind.MEASURE, measure.getId())
                .stream().map(Annex::describe).toList();
    }

    /** One file with its bytes, for those who may follow the submission of the measure it belongs to. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AnnexDownload download(Long annexId) {
        Annex annex = annexes.findById(annexId).orElseThrow(() -> new NoSuchElementException("No annex " + annexId));
        followed(annex.owner().id());
        return new AnnexDownload(annex.describe(), contents.findById(annexId).orElseThrow().getBytes());
    }

    /** The files the public sees with a published measure: none before its first publication. */
    @Transactional(readOnly = true)
    public List<AnnexFile> publicOfMeasure(Long measureId) {
        if (measures.currentPublication(measureId).isEmpty()) {
            return List.of();
        }
        return annexes.findByOwnerKindAndOwnerIdOrderByUploadedAtAscIdAsc(AnnexOwner.Kind.MEASURE, measureId).stream()
                .filter(Annex::isPublished).map(Annex::describe).toList();
    }

    /** One public file with its bytes, or empty when it is not public (which is not told apart from missing). */
    @Transactional(readOnly = true)
    public Optional<AnnexDownload> publicDownload(Long annexId) {
        return annexes.findById(annexId)
                .filter(a -> a.isPublished() && measures.currentPublication(a.owner().id()).isPresent())
                .map(a -> new AnnexDownload(a.describe(), contents.findById(annexId).orElseThrow().getBytes()));
    }

    private Measure editable(Long measureId) {
        Measure measure = measures.find(measureId).orElseThrow(() -> new NoSuchElementException("No measure " + measureId));
        guard.requireMeasureWriter(measure.getMinistryId(), measure.getPartyId(),
                measure.getContributingOrganisationId(), "annexes of measure " + measureId);
        if (!measure.getStatus().isEditable()) {
            throw new MeasureNotEditableException(measure.getStatus());
        }
        return measure;
    }

    private Measure followed(Long measureId) {
        Measure measure = measures.find(measureId).orElseThrow(() -> new NoSuchElementException("No measure " + measureId));
        guard.requireFollower("annexes of measure " + measureId, measure.getMinistryId(), measure.getPartyId(),
                measure.getContributingOrganisationId(), organisationId -> measure.content().partners().stream()
                        .anyMatch(p -> p.organisationId() != null && p.organisationId() == organisationId));
        return measure;
    }

    private static String actor() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
