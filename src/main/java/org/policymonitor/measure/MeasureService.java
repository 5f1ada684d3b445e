package org.policymonitor.measure;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/** The measure module's entry point: drafts, saves with a version check, status changes, publications. */
@Service
@Transactional
public class MeasureService {

    private final MeasureRepository measures;
    private final MeasurePublicationRepository publications;
    private final JsonMapper json;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    MeasureService(MeasureRepository measures, MeasurePublicationRepository publications, JsonMapper json, Clock clock,
            ApplicationEventPublisher events) {
        this.measures = measures;
        this.publications = publications;
        this.json = json;
        this.clock = clock;
        this.events = events;
    }

    public Measure createDraft(Long partyId, Long ministryId, Long cycleId, FormVersion formVersion,
            MeasureContent content, String actor) {
        return measures.save(Measure.draft(partyId, ministryId, cycleId, formVersion, content, actor, clock.instant()));
    }

    /**
     * Saves new content over the version the caller loaded. When someone else saved in between, nothing
     * is written and a {@link StaleMeasureException} says who, so the caller can keep their text.
     */
    public Measure saveContent(Long measureId, long loadedVersion, MeasureContent content, String actor) {
        Measure measure = require(measureId);
        if (measure.getVersion() != loadedVersion) {
            throw new StaleMeasureException(measureId, loadedVersion, measure.getVersion(), measure.getUpdatedBy());
        }
        measure.edit(content, actor, clock.instant());
        return measures.saveAndFlush(measure);
    }

    public Measure submit(Long measureId, String actor) {
        Measure measure = require(measureId);
        measure.submit(actor, clock.instant());
        return measures.save(measure);
    }

    public Measure withdraw(Long measureId, String actor, String reason) {
        Measure measure = require(measureId);
        measure.withdraw(actor, reason, clock.instant());
        return measures.save(measure);
    }

    /** Takes over an already published measure (import of the public record): stored and published at once. */
    public PublishedMeasure importAsPublished(Long partyId, Long ministryId, Long cycleId, FormVersion formVersion,
            MeasureContent content, boolean reportedByCivilSociety, String actor) {
        Measure measure = measures.save(Measure.importedAsPublished(partyId, ministryId, cycleId, formVersion, content,
                reportedByCivilSociety, actor, clock.instant()));
        return recordPublication(measure, actor);
    }

    /**
     * Publishes the measure: status PUBLISHED and a new immutable published version, which becomes the one
     * the public sees. Both happen in the caller's transaction.
     */
    public PublishedMeasure publish(Long measureId, String actor) {
        Measure measure = require(measureId);
        measure.publish(actor, clock.instant());
        return recordPublication(measures.save(measure), actor);
    }

    private PublishedMeasure recordPublication(Measure measure, String actor) {
        Long measureId = measure.getId();
        int next = 1;
        for (MeasurePublication earlier : publications.findByMeasureIdOrderByPublicationNoDesc(measureId)) {
            earlier.supersede();
            next = Math.max(next, earlier.getPublicationNo() + 1);
        }
        PublishedMeasure published = new PublishedMeasure(measure.getId(), next, measure.getPartyId(),
                measure.getMinistryId(), measure.getCycleId(), measure.getFormVersion(),
                measure.isReportedByCivilSociety(), measure.content(), clock.instant(), actor);
        publications.saveAndFlush(new MeasurePublication(published, json.writeValueAsString(published)));
        events.publishEvent(new MeasurePublished(published));
        return published;
    }

    @Transactional(readOnly = true)
    public Optional<Measure> find(Long measureId) {
        return measures.findById(measureId);
    }

    @Transactional(readOnly = true)
    public List<Measure> ofMinistry(Long ministryId) {
        return measures.findByMinistryIdOrderByUpdatedAtDesc(ministryId);
    }

    @Transactional(readOnly = true)
    public Optional<PublishedMeasure> currentPublication(Long measureId) {
        return publications.findByMeasureIdAndCurrentVersionTrue(measureId).map(this::read);
    }

    @Transactional(readOnly = true)
    public List<PublishedMeasure> publicationsOf(Long measureId) {
        return publications.findByMeasureIdOrderByPublicationNoDesc(measureId).stream().map(this::read).toList();
    }

    @Transactional(readOnly = true)
    public List<PublishedMeasure> currentPublications() {
        return publications.findByCurrentVersionTrueOrderByPublishedAtDesc().stream().map(this::read).toList();
    }

    @Transactional(readOnly = true)
    public long publishedCount() {
        return publications.countByCurrentVersionTrue();
    }

    @Transactional(readOnly = true)
    public long count() {
        return measures.count();
    }

    private PublishedMeasure read(MeasurePublication publication) {
        return json.readValue(publication.getSnapshot(), PublishedMeasure.class);
    }

    private Measure require(Long measureId) {
        return measures.findById(measureId)
                .orElseThrow(() -> new NoSuchElementException("No measure " + measureId));
    }
}
