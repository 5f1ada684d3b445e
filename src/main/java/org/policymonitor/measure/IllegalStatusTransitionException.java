package org.policymonitor.measure;

/** Thrown when a status change is asked for that the current status does not allow. */
public class IllegalStatusTransitionException extends IllegalStateException {

    private final MeasureStatus from;
    private final MeasureStatus to;

    public IllegalStatusTransitionException(MeasureStatus from, MeasureStatus to) {
        super("A measure in status " + from + " cannot move to " + to);
        this.from = from;
        this.to = to;
    }

    public MeasureStatus from() {
        return from;
    }

    public MeasureStatus to() {
        return to;
    }
}
