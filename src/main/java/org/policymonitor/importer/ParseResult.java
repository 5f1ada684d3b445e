package org.policymonitor.importer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The measure read from one export (absent when the input was rejected), the report of the import and the source
 * lines with what became of each (for the preview).
 */
public record ParseResult(Optional<ParsedMeasure> measure, ImportReport report, List<SourceLine> lines) {

    public ParseResult {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(report, "report");
        lines = List.copyOf(lines);
    }
}
