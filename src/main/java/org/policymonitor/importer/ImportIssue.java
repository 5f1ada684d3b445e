package org.policymonitor.importer;

import java.util.Objects;

/**
 * Something the importer could not place or had to repair. {@code messageKey} is a key of the
 * {@code i18n/importer} bundle; {@code detail} carries the raw text concerned; {@code field} names the
 * {@link ParsedMeasure} component concerned, or is null for the document as a whole.
 */
public record ImportIssue(Severity severity, String field, String messageKey, String detail) {

    public enum Severity {
        WARNING, ERROR
    }

    public ImportIssue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageKey, "messageKey");
    }

    public static ImportIssue warning(String field, String messageKey, String detail) {
        return new ImportIssue(Severity.WARNING, field, messageKey, detail);
    }

    public static ImportIssue error(String field, String messageKey, String detail) {
        return new ImportIssue(Severity.ERROR, field, messageKey, detail);
    }
}
