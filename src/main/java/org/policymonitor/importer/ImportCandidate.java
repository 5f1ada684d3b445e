package org.policymonitor.importer;

import java.util.Optional;

import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.MeasureContent;

/** A record read from a file, ready to be shown before the import is committed. */
public record ImportCandidate(String sourceName, Optional<MeasureContent> content, FormVersion formVersion,
        ImportReport report, String fingerprint) {

    public boolean importable() {
        return content.isPresent() && !report.hasErrors();
    }

    public String title() {
        return content.map(MeasureContent::title).orElse(null);
    }
}
