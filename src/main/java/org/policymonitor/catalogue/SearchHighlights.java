package org.policymonitor.catalogue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.policymonitor.catalogue.CatalogueAnalysis.Language;

/**
 * The highlighted title and text passage of each item of a result page. A text is indexed in three language
 * analyses; per item and field, the one whose analysis matched the query's words most often is highlighted
 * (counted from the postings, which is cheap) and the other two are not formatted at all. Offsets come from
 * the postings (indexed with offsets) of the query's terms: no re-analysis of the text, and no Weight built
 * per item and field as weight-matches highlighting does. Phrases are highlighted only where their words
 * stand together.
 */
final class SearchHighlights {

    private static final String MARK_END = "</mark>";
    /** Output keys, by source field. */
    private static final Map<String, String> KEYS = Map.of(CatalogueDocuments.TITLE, "title", CatalogueDocuments.BODY,
            "text");

    private final Analyzer analyzer;

    SearchHighlights(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * Per document id: "title" and/or "text" highlighted. {@code stored} holds each document's stored
     * {@code title} and {@code body} (loaded once for the summaries and for this).
     */
    Map<Integer, Map<String, String>> of(IndexSearcher searcher, int[] docIds, Query query, Map<Integer, Document> stored)
            throws IOException {
        Set<Term> terms = new HashSet<>();
        query.visit(QueryVisitor.termCollector(terms)); // excluded (-word) parts are not collected
        Map<String, Set<Term>> termsByField = new HashMap<>();
        terms.forEach(term -> termsByField.computeIfAbsent(term.field(), f -> new HashSet<>()).add(term));
        // which documents to highlight in which analysed field: the language with the most matches per item
        Map<String, List<Integer>> docsByField = new LinkedHashMap<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (int doc : docIds) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            for (String field : KEYS.keySet()) {
                String best = null;
                int bestCount = 0;
                for (Language language : Language.values()) {
                    String analysed = field + language.suffix();
                    int count = matches(leaf, doc - leaf.docBase, analysed, termsByField.get(analysed));
                    if (count > bestCount) {
                        best = analysed;
                        bestCount = count;
                    }
                }
                if (best != null) {
                    docsByField.computeIfAbsent(best, f -> new ArrayList<>()).add(doc);
                }
            }
        }
        Map<Integer, Map<String, String>> result = new HashMap<>();
        if (docsByField.isEmpty()) {
            return result;
        }
        UnifiedHighlighter highlighter = new StoredTextHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter(CatalogueSearcher.MARK, MARK_END, "… ", true))
                .withMaxNoHighlightPassages(0)
                .withWeightMatches(false)
                .withHandleMultiTermQuery(false)
                .withHighlightPhrasesStrictly(true), stored);
        for (Map.Entry<String, List<Integer>> entry : docsByField.entrySet()) {
            String analysed = entry.getKey();
            int[] docs = entry.getValue().stream().mapToInt(Integer::intValue).toArray();
            String[] marked = highlighter.highlightFields(new String[] {analysed}, query, docs, new int[] {2})
                    .get(analysed);
            String key = KEYS.get(sourceField(analysed));
            for (int i = 0; i < docs.length; i++) {
                if (marked[i] != null && marked[i].contains(CatalogueSearcher.MARK)) {
                    result.computeIfAbsent(docs[i], d -> new LinkedHashMap<>()).put(key, marked[i]);
                }
            }
        }
        // a stable key order (title, then text), as before
        result.replaceAll((doc, byKey) -> {
            Map<String, String> ordered = new LinkedHashMap<>();
            for (String key : List.of("title", "text")) {
                if (byKey.containsKey(key)) {
                    ordered.put(key, byKey.get(key));
                }
            }
            return ordered;
        });
        return result;
    }

    /** How often the terms occur in the document's field (0 when none of them is there). */
    private static int matches(LeafReaderContext leaf, int doc, String field, Set<Term> terms) throws IOException {
        if (terms == null) {
            return 0;
        }
        Terms indexed = leaf.reader().terms(field);
        if (indexed == null) {
            return 0;
        }
        TermsEnum iterator = indexed.iterator();
        PostingsEnum postings = null;
        int count = 0;
        for (Term term : terms) {
            if (iterator.seekExact(term.bytes())) {
                postings = iterator.postings(postings, PostingsEnum.FREQS);
                if (postings.advance(doc) == doc) {
                    count += postings.freq();
                }
            }
        }
        return count;
    }

    private static String sourceField(String analysed) {
        return analysed.substring(0, analysed.lastIndexOf('_'));
    }

    /** Highlights {@code title_en} etc. on the one stored {@code title}: the text is stored once, analysed thrice. */
    private static final class StoredTextHighlighter extends UnifiedHighlighter {

        private final Map<Integer, Document> stored;

        StoredTextHighlighter(Builder builder, Map<Integer, Document> stored) {
            super(builder);
            this.stored = stored;
        }

        /** A title is one passage: no sentence analysis for it. */
        @Override
        protected java.text.BreakIterator getBreakIterator(String field) {
            return field.startsWith(CatalogueDocuments.TITLE) ? new WholeBreakIterator() : super.getBreakIterator(field);
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            String[] storedNames = Arrays.stream(fields).map(SearchHighlights::sourceField).toArray(String[]::new);
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                Document document = stored.get(doc);
                if (document == null) {
                    document = getIndexSearcher().storedFields().document(doc, Set.of(storedNames));
                }
                CharSequence[] row = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    String value = document.get(storedNames[f]);
                    row[f] = value == null ? "" : value;
                }
                values.add(row);
            }
            return values;
        }
    }
}
