package org.policymonitor.report;

/**
 * Something a section still lacks before the report can be submitted.
 *
 * @param field the field it is about (a {@link ReportField} name), or null for the section as a whole
 * @param subject what it is about beyond the key, e.g. the title of an included measure not yet published
 */
public record Missing(ReportSection section, String field, String messageKey, String subject) {
}
