package org.policymonitor.measure;

import java.time.Clock;
import java.util.NoSuchElementException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The status moves the submission workflow makes on a measure. Each loads the measure and saves it in the
 * caller's transaction (MANDATORY), so the status always changes together with the workflow step that
 * caused it, or not at all.
 * <p>
 * No method security here: these run inside the workflow's own steps (task completions of reviewers,
 * partners and evaluators, the submit of an editor), and the workflow module checks who may complete a
 * task before it gets here. Other modules have no reason to call this class.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class MeasureLifecycle {

    private final MeasureRepository measures;
    private final MeasureService measureService;
    private final Clock clock;

    MeasureLifecycle(MeasureRepository measures, MeasureService measureService, Clock clock) {
        this.measures = measures;
        this.measureService = measureService;
        this.clock = clock;
    }

    /** SUBMITTED to IN_REVIEW: the first step of the process. */
    public Measure startReview(Long measureId, String actor) {
        Measure measure = require(measureId);
        measure.startReview(actor, clock.instant());
        return measures.save(measure);
    }

    /** IN_REVIEW to AWAITING_PARTNERS, or to AWAITING_SIGN_OFF when the measure lists no partner. */
    public Measure approveReview(Long measureId, String actor) {
        Measure measure = require(measureId);
        measure.approveReview(actor, clock.instant());
        return measures.save(measure);
    }

    /** Back to the editor with a reason (review return, partner decline, sign-off return). */
    public Measure returnToEditor(Long measureId, String actor, String reason) {
        Measure measure = require(measureId);
        measure.returnToEditor(actor, reason, clock.instant());
        return measures.save(measure);
    }

    /** AWAITING_PARTNERS to AWAITING_SIGN_OFF once every listed partner confirmed. */
    public Measure confirmPartners(Long measureId, String actor) {
        Measure measure = require(measureId);
        measure.confirmPartners(actor, clock.instant());
        return measures.save(measure);
    }

    /** PUBLISHED with a new immutable published version (see {@link MeasureService#publish}). */
    public PublishedMeasure publish(Long measureId, String actor) {
        return measureService.publish(measureId, actor);
    }

    /** An administrator stopped the submission: back to DRAFT, with the reason. */
    public Measure cancelSubmission(Long measureId, String actor, String reason) {
        Measure measure = require(measureId);
        measure.cancelSubmission(actor, reason, clock.instant());
        return measures.save(measure);
    }

    /** The measure's status, read in the caller's transaction. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public MeasureStatus statusOf(Long measureId) {
        return require(measureId).getStatus();
    }

    private Measure require(Long measureId) {
        return measures.findById(measureId)
                .orElseThrow(() -> new NoSuchElementException("No measure " + measureId));
    }
}
