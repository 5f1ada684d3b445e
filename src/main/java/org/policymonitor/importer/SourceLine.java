package org.policymonitor.importer;

/**
 * One line of the source text and what the importer made of it, for the preview: {@code field} names the
 * {@link ParsedMeasure} component the line went into (null for labels of no field and removed lines).
 */
public record SourceLine(int number, String text, Role role, String field) {

    public enum Role {
        /** The measure's title. */
        TITLE,
        /** The Party line, or the value under "Where". */
        PARTY,
        /** A responsible ministry or agency. */
        AGENCY,
        /** A form label. */
        LABEL,
        /** Content of the field named by {@code field}. */
        CONTENT,
        /** Page furniture, spam, a cut-off label or other text that was not imported (see the report). */
        REMOVED,
        /** A blank line. */
        BLANK
    }
}
