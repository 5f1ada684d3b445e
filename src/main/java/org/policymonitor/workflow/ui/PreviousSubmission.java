package org.policymonitor.workflow.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.policymonitor.measure.FieldChange;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureRevision;
import org.policymonitor.workflow.StepLogEntry;
import org.policymonitor.workflow.StepOutcome;

/**
 * What a reviewer needs on a resubmitted measure: why the earlier submission was sent back (when it was), and
 * what changed since it was submitted, field by field. The earlier submitted content is the last version saved
 * before that submission: a submit saves nothing of its own.
 *
 * @param returned the return or decline that ended the earlier submission, if one did
 */
record PreviousSubmission(StepLogEntry submitted, Optional<StepLogEntry> returned, List<FieldChange> changes) {

    /**
     * @param timeline the measure's steps, oldest first
     * @param revisions the measure's saved versions, newest first
     * @param current the content submitted now
     */
    static Optional<PreviousSubmission> of(List<StepLogEntry> timeline, List<MeasureRevision> revisions,
            MeasureContent current) {
        List<StepLogEntry> submissions = new ArrayList<>();
        for (StepLogEntry entry : timeline) {
            if (entry.outcome() == StepOutcome.SUBMITTED) {
                submissions.add(entry);
            }
        }
        if (submissions.size() < 2) {
            return Optional.empty();
        }
        StepLogEntry earlier = submissions.get(submissions.size() - 2);
        StepLogEntry latest = submissions.getLast();
        Optional<StepLogEntry> returned = timeline.stream()
                .filter(e -> e.outcome() == StepOutcome.RETURNED || e.outcome() == StepOutcome.DECLINED)
                .filter(e -> !e.at().isBefore(earlier.at()) && !e.at().isAfter(latest.at()))
                .reduce((first, second) -> second);
        return revisions.stream().filter(r -> !r.savedAt().isAfter(earlier.at())).findFirst()
                .map(before -> new PreviousSubmission(earlier, returned, FieldChange.between(before.content(), current)));
    }
}
