package org.policymonitor.measure;

/** Thrown when content is changed while the measure is not with its editors (not DRAFT or RETURNED). */
public class MeasureNotEditableException extends IllegalStateException {

    public MeasureNotEditableException(MeasureStatus status) {
        super("A measure in status " + status + " cannot be edited");
    }
}
