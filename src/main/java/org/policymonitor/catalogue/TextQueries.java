package org.policymonitor.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.policymonitor.catalogue.CatalogueAnalysis.Language;

/**
 * Turns {@link SearchText} into Lucene queries. Every word must match (AND), in the title, a name (agency,
 * partner, Party) or the texts, in any of the three language analyses; a title match counts most. Phrases
 * match their words in order; excluded parts must not match. A word that is a stop word in one of the
 * languages ("the", "de", "la") only adds to the score.
 */
final class TextQueries {

    private static final Map<String, Float> BOOSTS = Map.of(CatalogueDocuments.TITLE, 4f, CatalogueDocuments.NAMES, 2f,
            CatalogueDocuments.BODY, 1f);

    private final Map<Language, Analyzer> analyzers = new EnumMap<>(Language.class);
    private final Analyzer spell = CatalogueAnalysis.spell();
    private final DirectSpellChecker spellChecker = new DirectSpellChecker();

    TextQueries() {
        for (Language language : Language.values()) {
            analyzers.put(language, CatalogueAnalysis.analyzer(language));
        }
    }

    /** The exact query, or null when the text has no searchable part. */
    Query exact(SearchText text) {
        return build(text, false);
    }

    /** Every word matched approximately (1 or 2 edits by its length), phrases and exclusions exactly. */
    Query fuzzy(SearchText text) {
        return build(text, true);
    }

    private Query build(SearchText text, boolean fuzzy) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean positive = false;
        boolean any = false;
        for (SearchText.Part part : text.parts()) {
            Match match = fuzzy && !part.phrase() && !part.excluded() ? fuzzyMatch(part.text()) : match(part);
            if (match == null) {
                continue;
            }
            if (part.excluded()) {
                if (match.required()) {
                    query.add(match.query(), Occur.MUST_NOT);
                    any = true;
                }
            } else {
                query.add(match.query(), match.required() ? Occur.MUST : Occur.SHOULD);
                positive = true;
                any = true;
            }
        }
        if (!any) {
            return null;
        }
        if (!positive) {
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return query.build();
    }

    private record Match(Query query, boolean required) {
    }

    private Match match(SearchText.Part part) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        boolean everyLanguage = true;
        boolean some = false;
        for (String field : CatalogueDocuments.TEXT_FIELDS) {
            List<Query> languages = new ArrayList<>();
            for (Language language : Language.values()) {
                Query q = fieldQuery(field + language.suffix(), analyzers.get(language), part.text());
                if (q != null) {
                    languages.add(q);
                } else if (field.equals(CatalogueDocuments.TITLE)) {
                    everyLanguage = false;
                }
            }
            if (!languages.isEmpty()) {
                fields.add(new BoostQuery(new DisjunctionMaxQuery(languages, 0f), BOOSTS.get(field)), Occur.SHOULD);
                some = true;
            }
        }
        return some ? new Match(fields.build(), everyLanguage) : null;
    }

    private static Query fieldQuery(String field, Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                terms.add(term.toString());
                positions.add(position);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (terms.isEmpty()) {
            return null;
        }
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.getFirst()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (int i = 0; i < terms.size(); i++) {
            phrase.add(new Term(field, terms.get(i)), positions.get(i) - positions.getFirst());
        }
        return phrase.build();
    }

    private Match fuzzyMatch(String word) {
        List<String> tokens = spellTokens(word);
        if (tokens.isEmpty() || match(new SearchText.Part(word, false, false)) == null) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String token : tokens) {
            int edits = token.length() <= 3 ? 0 : token.length() <= 5 ? 1 : 2;
            all.add(edits == 0 ? new TermQuery(new Term(CatalogueAnalysis.SPELL, token))
                    : new FuzzyQuery(new Term(CatalogueAnalysis.SPELL, token), edits, 1), Occur.MUST);
        }
        return new Match(all.build(), match(new SearchText.Part(word, false, false)).required());
    }

    /**
     * "Did you mean": each word that occurs nowhere in the catalogue replaced by the closest word that does;
     * null when every word occurs (or nothing close was found).
     */
    String suggestion(SearchText text, IndexReader reader) {
        List<String> typed = new ArrayList<>();
        boolean changed = false;
        for (SearchText.Part part : text.parts()) {
            String replacement = part.phrase() || part.excluded() ? null : correction(part.text(), reader);
            if (replacement != null) {
                typed.add(replacement);
                changed = true;
            } else {
                typed.add(part.typed());
            }
        }
        return changed ? String.join(" ", typed) : null;
    }

    private String correction(String word, IndexReader reader) {
        List<String> tokens = spellTokens(word);
        if (tokens.size() != 1) {
            return null;
        }
        try {
            Term term = new Term(CatalogueAnalysis.SPELL, tokens.getFirst());
            if (reader.docFreq(term) > 0) {
                return null;
            }
            SuggestWord[] suggestions = spellChecker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            return suggestions.length == 0 ? null : suggestions[0].string;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> spellTokens(String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = spell.tokenStream(CatalogueAnalysis.SPELL, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
