package org.policymonitor.catalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reader typed, split into its parts: words, "quoted phrases", and {@code -word} or {@code -"phrase"}
 * to exclude. No other syntax: field names, wildcards and brackets are ordinary characters, so no input can
 * make a query fail or become expensive.
 */
record SearchText(List<Part> parts) {

    /** The query text is cut at this length and this many parts (the API refuses longer texts). */
    static final int MAX_LENGTH = 500;
    static final int MAX_PARTS = 32;

    record Part(String text, boolean phrase, boolean excluded) {

        String typed() {
            String body = phrase ? "\"" + text + "\"" : text;
            return excluded ? "-" + body : body;
        }
    }

    static SearchText parse(String text) {
        List<Part> parts = new ArrayList<>();
        String input = text == null ? "" : text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
        int i = 0;
        while (i < input.length() && parts.size() < MAX_PARTS) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean excluded = false;
            if ((c == '-' || c == '+') && i + 1 < input.length() && !Character.isWhitespace(input.charAt(i + 1))) {
                excluded = c == '-';
                i++;
                c = input.charAt(i);
            }
            if (c == '"') {
                int end = input.indexOf('"', i + 1);
                String phrase = end < 0 ? input.substring(i + 1) : input.substring(i + 1, end);
                i = end < 0 ? input.length() : end + 1;
                if (!phrase.isBlank()) {
                    parts.add(new Part(phrase.strip(), true, excluded));
                }
            } else {
                int end = i;
                while (end < input.length() && !Character.isWhitespace(input.charAt(end))) {
                    end++;
                }
                parts.add(new Part(input.substring(i, end), false, excluded));
                i = end;
            }
        }
        return new SearchText(List.copyOf(parts));
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }

    String typed() {
        return String.join(" ", parts.stream().map(Part::typed).toList());
    }
}
