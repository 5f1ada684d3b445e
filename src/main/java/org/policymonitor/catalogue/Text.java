package org.policymonitor.catalogue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalisation shared by indexing and querying: lowercase, accents stripped, split on anything that is
 * not a letter or digit, very common EN/FR/ES words dropped. "Évaluée" and "evaluee" are the same token.
 */
public final class Text {

    static final int MAX_TOKEN = 60;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final Set<String> STOP_WORDS = Set.of(
            "the", "and", "of", "to", "in", "for", "on", "by", "with", "an", "is", "are", "was", "be", "as", "at",
            "or", "it", "its", "this", "that", "from", "which",
            "le", "la", "les", "de", "des", "du", "et", "en", "un", "une", "au", "aux", "pour", "par", "sur", "dans",
            "el", "los", "las", "del", "y", "para", "por", "con", "una", "al", "se", "que");

    private Text() {
    }

    /** Lowercase, accents stripped, separators collapsed to single spaces. */
    public static String normalise(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String stripped = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return SEPARATORS.matcher(stripped).replaceAll(" ").strip();
    }

    /** The tokens of a text in order of first appearance, without stop words and one-letter words. */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (String token : normalise(text).split(" ")) {
            if (token.length() > 1 && !STOP_WORDS.contains(token)) {
                tokens.add(stem(token.length() > MAX_TOKEN ? token.substring(0, MAX_TOKEN) : token));
            }
        }
        return tokens;
    }

    /** A light plural folding shared by EN/FR/ES: "festivals" and "festival" are one token. */
    private static String stem(String token) {
        if (token.length() > 3 && token.endsWith("s") && !token.endsWith("ss")) {
            return token.substring(0, token.length() - 1);
        }
        return token;
    }

    /** Token -> number of occurrences, in order of first appearance. */
    static Map<String, Integer> frequencies(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String token : tokens(text)) {
            counts.merge(token, 1, Integer::sum);
        }
        return counts;
    }
}
