package org.policymonitor.architecture;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of a Java source, comments skipped; literals joined with {@code +} come back as one
 * string (an SQL statement split over lines). Text blocks count as literals. Enough of a lexer for
 * {@link TableOwnershipTest}, not a Java parser.
 */
final class JavaLiterals {

    private JavaLiterals() {
    }

    static List<String> of(String source) {
        List<String> literals = new ArrayList<>();
        StringBuilder current = null;
        boolean joinable = false;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                i = skipTo(source, i, "\n");
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                i = skipTo(source, i + 2, "*/");
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end;
                current = append(literals, current, joinable, source.substring(i + 3, end));
                joinable = false;
                i = Math.min(n, end + 3);
            } else if (c == '"') {
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                while (j < n && source.charAt(j) != '"' && source.charAt(j) != '\n') {
                    if (source.charAt(j) == '\\' && j + 1 < n) {
                        j++;
                    }
                    text.append(source.charAt(j));
                    j++;
                }
                current = append(literals, current, joinable, text.toString());
                joinable = false;
                i = j + 1;
            } else if (c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != '\'') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                current = null;
                i = j + 1;
            } else if (c == '+' && current != null) {
                joinable = true;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                current = null;
                joinable = false;
                i++;
            }
        }
        return literals;
    }

    /** The source with comments blanked out (string literals kept). */
    static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", " ");
    }

    private static StringBuilder append(List<String> literals, StringBuilder current, boolean joinable, String text) {
        if (current != null && joinable) {
            current.append(text);
            literals.set(literals.size() - 1, current.toString());
            return current;
        }
        StringBuilder fresh = new StringBuilder(text);
        literals.add(fresh.toString());
        return fresh;
    }

    private static int skipTo(String source, int from, String end) {
        int at = source.indexOf(end, from);
        return at < 0 ? source.length() : at + end.length();
    }
}
