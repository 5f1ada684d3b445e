package org.policymonitor.measure;

import java.util.List;
import java.util.stream.Collectors;

/** A measure cannot be submitted because required fields are missing or values are invalid. */
public class IncompleteMeasureException extends IllegalStateException {

    private final Long measureId;
    private final transient Completeness completeness;

    public IncompleteMeasureException(Long measureId, Completeness completeness) {
        super("Measure " + measureId + " cannot be submitted: "
                + (completeness.missingRequired().isEmpty() ? ""
                        : "missing " + completeness.missingRequired().stream().map(Enum::name)
                                .collect(Collectors.joining(", ")))
                + (completeness.invalid().isEmpty() ? ""
                        : (completeness.missingRequired().isEmpty() ? "" : "; ") + "invalid "
                                + completeness.invalid().stream().map(p -> String.valueOf(p.field()))
                                        .collect(Collectors.joining(", "))));
        this.measureId = measureId;
        this.completeness = completeness;
    }

    public Long measureId() {
        return measureId;
    }

    public Completeness completeness() {
        return completeness;
    }

    /** The required fields that are missing. */
    public List<MeasureField> missingFields() {
        return completeness.missingRequired();
    }
}
