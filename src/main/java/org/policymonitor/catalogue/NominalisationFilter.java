package org.policymonitor.catalogue;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Keeps French nouns in -isation/-ization apart from their root: the French light stemmer cuts
 * "internationalisation" to "international" and "organisation" to "organ", so a search for the one found the
 * other. Such a word is brought to one form (singular, -ization, as {@link SpellingVariantFilter} does in English)
 * and marked as a keyword, which the stemmer leaves alone. Expects lowercase tokens; runs before the stemmer.
 */
final class NominalisationFilter extends TokenFilter {

    /** Shorter words ("sation") are not nominalisations of a root. */
    private static final int MIN_ROOT = 3;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    NominalisationFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        int end = word.endsWith("s") ? word.length() - 1 : word.length();
        String singular = word.substring(0, end);
        if ((singular.endsWith("isation") || singular.endsWith("ization")) && singular.length() - 7 >= MIN_ROOT) {
            term.setEmpty().append(singular, 0, singular.length() - 7).append("ization");
            keyword.setKeyword(true);
        }
        return true;
    }
}
