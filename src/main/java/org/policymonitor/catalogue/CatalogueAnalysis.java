package org.policymonitor.catalogue;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The language analysis of the catalogue. A measure's language is not known (headings in one language,
 * content in another), so every text is indexed three times, once per language: English (possessives, UK/US
 * spellings, stop words, minimal plural stemming), French (elision l'/d'/qu'..., stop words, light stemming)
 * and Spanish (stop words, light stemming); all three fold accents. A query is analysed the same three ways
 * and matches in any of them. The {@code spell} form (lowercase, folded, neither stemmed nor stopped) feeds
 * the "did you mean" suggestions and the fuzzy fallback.
 */
final class CatalogueAnalysis {

    enum Language {
        EN, FR, ES;

        String suffix() {
            return "_" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static final String SPELL = "spell";

    private CatalogueAnalysis() {
    }

    static Analyzer analyzer(Language language) {
        return switch (language) {
            case EN -> new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String fieldName) {
                    Tokenizer source = new StandardTokenizer();
                    TokenStream stream = new EnglishPossessiveFilter(source);
                    stream = new LowerCaseFilter(stream);
                    stream = new SpellingVariantFilter(stream);
                    stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                    stream = new ASCIIFoldingFilter(stream);
                    return new TokenStreamComponents(source, new EnglishMinimalStemFilter(stream));
                }

                @Override
                protected TokenStream normalize(String fieldName, TokenStream in) {
                    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
                }
            };
            case FR -> new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String fieldName) {
                    Tokenizer source = new StandardTokenizer();
                    TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
                    stream = new LowerCaseFilter(stream);
                    stream = new StopFilter(stream, FrenchAnalyzer.getDefaultStopSet());
                    stream = new NominalisationFilter(stream);
                    stream = new FrenchLightStemFilter(stream);
                    return new TokenStreamComponents(source, new ASCIIFoldingFilter(stream));
                }

                @Override
                protected TokenStream normalize(String fieldName, TokenStream in) {
                    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
                }
            };
            case ES -> new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String fieldName) {
                    Tokenizer source = new StandardTokenizer();
                    TokenStream stream = new LowerCaseFilter(source);
                    stream = new StopFilter(stream, SpanishAnalyzer.getDefaultStopSet());
                    stream = new SpanishLightStemFilter(stream);
                    return new TokenStreamComponents(source, new ASCIIFoldingFilter(stream));
                }

                @Override
                protected TokenStream normalize(String fieldName, TokenStream in) {
                    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
                }
            };
        };
    }

    static Analyzer spell() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
                stream = new LowerCaseFilter(stream);
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(stream));
            }
        };
    }

    /** The analyzer of every indexed field: {@code <field>_en/_fr/_es} by language, {@code spell}, else standard. */
    static Analyzer perField(Iterable<String> sourceFields) {
        Map<String, Analyzer> analyzers = new java.util.HashMap<>();
        Map<Language, Analyzer> byLanguage = new java.util.EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            byLanguage.put(language, analyzer(language));
        }
        for (String field : sourceFields) {
            for (Language language : Language.values()) {
                analyzers.put(field + language.suffix(), byLanguage.get(language));
            }
        }
        analyzers.put(SPELL, spell());
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), analyzers);
    }
}
