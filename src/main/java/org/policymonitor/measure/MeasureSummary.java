package org.policymonitor.measure;

import java.time.Instant;
import java.util.List;

/** One row of "My measures", with why and by whom its status last changed. */
public record MeasureSummary(
        Long id,
        String title,
        Long cycleId,
        MeasureStatus status,
        Instant updatedAt,
        String updatedBy,
        int completenessScore,
        List<MeasureField> missingRequired,
        String statusReason,
        String statusChangedBy,
        Instant statusChangedAt,
        Long carriedForwardFromId,
        boolean published) {

    /** @param published whether a version of it is public now (also while it is being revised) */
    static MeasureSummary of(Measure m, boolean published) {
        Completeness completeness = Completeness.of(m.content(), m.getFormVersion());
        return new MeasureSummary(m.getId(), m.getTitle(), m.getCycleId(), m.getStatus(), m.getUpdatedAt(),
                m.getUpdatedBy(), completeness.score(), completeness.missingRequired(), m.getStatusReason(),
                m.getStatusChangedBy(), m.getStatusChangedAt(), m.getCarriedForwardFromId(), published);
    }
}
