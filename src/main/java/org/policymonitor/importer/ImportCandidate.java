package org.policymonitor.importer;

import java.util.List;
import java.util.Optional;

import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.MeasureContent;

/**
 * A record read from a file, ready to be shown before the import is committed: its content, the Party it names
 * ({@code partyIso}, null when it names none), whether civil society reported it, the report and the source lines
 * with what became of each.
 */
public record ImportCandidate(String sourceName, Optional<MeasureContent> content, FormVersion formVersion,
        ImportReport report, String fingerprint, String partyIso, boolean reportedByCivilSociety,
        List<SourceLine> lines) {

    public ImportCandidate {
        lines = List.copyOf(lines);
    }

    public boolean importable() {
        return content.isPresent() && !report.hasErrors();
    }

    public String title() {
        return content.map(MeasureContent::title).orElse(null);
    }
}
