package org.policymonitor.importer;

import java.util.ArrayList;
import java.util.List;

/** A line of the text being parsed; the parser marks what it made of it. */
final class Line {

    final int number;
    String text;
    SourceLine.Role role;
    String field;

    private Line(int number, String text) {
        this.number = number;
        this.text = text;
        this.role = Labels.isBlank(text) ? SourceLine.Role.BLANK : null;
    }

    static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lines.add(new Line(number++, Labels.stripTrailingSpace(text.substring(start, end))));
            start = end + 1;
        }
        return lines;
    }

    /** A line that is not in the source as such (content after a label's colon, a separator). */
    static Line detached(int number, String text) {
        return new Line(number, text);
    }

    boolean isBlank() {
        return Labels.isBlank(text);
    }

    boolean removed() {
        return role == SourceLine.Role.REMOVED;
    }

    String stripped() {
        return Labels.strip(text);
    }

    void mark(SourceLine.Role newRole, String newField) {
        this.role = newRole;
        this.field = newField;
    }

    void remove() {
        mark(SourceLine.Role.REMOVED, null);
    }

    SourceLine toSourceLine() {
        return new SourceLine(number, text, role == null ? SourceLine.Role.REMOVED : role, field);
    }
}
