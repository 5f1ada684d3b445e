package org.policymonitor.measure;

/** Filters of "My measures"; a null value means "any". */
public record MeasureFilter(MeasureStatus status, Long cycleId) {

    public static MeasureFilter any() {
        return new MeasureFilter(null, null);
    }
}
