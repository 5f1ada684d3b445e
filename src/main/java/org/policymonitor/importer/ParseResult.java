package org.policymonitor.importer;

import java.util.Objects;
import java.util.Optional;

/** The measure read from one export (absent when the input was rejected) and the report of the import. */
public record ParseResult(Optional<ParsedMeasure> measure, ImportReport report) {

    public ParseResult {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(report, "report");
    }
}
