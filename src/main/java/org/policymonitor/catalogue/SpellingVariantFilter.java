package org.policymonitor.catalogue;

import java.io.IOException;
import java.util.Map;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Brings British and American spellings to one form before stemming, at indexing and at query time alike:
 * -isation/-ization, -ise/-ize (and -ised, -ises, -ising, -iser), -yse/-yze, and a few common -re/-er and
 * -our/-or words. Both sides are rewritten the same way, so a word that merely ends in "-ise" ("exercise")
 * still matches itself; only the matching of variants changes. Expects lowercase tokens.
 */
final class SpellingVariantFilter extends TokenFilter {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("centre", "center"), Map.entry("centres", "centers"), Map.entry("theatre", "theater"),
            Map.entry("theatres", "theaters"), Map.entry("programme", "program"), Map.entry("programmes", "programs"),
            Map.entry("colour", "color"), Map.entry("colours", "colors"), Map.entry("labour", "labor"),
            Map.entry("behaviour", "behavior"), Map.entry("favour", "favor"), Map.entry("honour", "honor"),
            Map.entry("catalogue", "catalog"), Map.entry("catalogues", "catalogs"), Map.entry("defence", "defense"),
            Map.entry("licence", "license"), Map.entry("licences", "licenses"), Map.entry("neighbour", "neighbor"),
            Map.entry("neighbours", "neighbors"), Map.entry("fibre", "fiber"), Map.entry("metre", "meter"));
    private static final String[] SUFFIXES = {"isations", "isation", "ised", "ises", "ising", "isers", "iser", "ise",
            "yses", "ysed", "ysing", "yse"};
    /** Shorter stems are ordinary words ("rise", "wise", "precise" keep their s: too short or listed). */
    private static final int MIN_STEM = 3;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    SpellingVariantFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            String rewritten = rewrite(term.toString());
            if (rewritten != null) {
                term.setEmpty().append(rewritten);
            }
        }
        return true;
    }

    /** The American form of a British spelling, or null when the word has no variant. */
    static String rewrite(String word) {
        String listed = WORDS.get(word);
        if (listed != null) {
            return listed;
        }
        for (String suffix : SUFFIXES) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= MIN_STEM) {
                int s = word.length() - suffix.length() + 1;
                return word.substring(0, s) + 'z' + word.substring(s + 1);
            }
        }
        return null;
    }
}
