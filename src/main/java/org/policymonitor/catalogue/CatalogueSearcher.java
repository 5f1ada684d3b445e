package org.policymonitor.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.policymonitor.catalogue.IndexGeneration.FacetedSearcher;

/**
 * Runs catalogue searches on one searcher: text query, facet drill-down (OR within a facet, AND across)
 * with drill-sideways counts (a facet's counts ignore its own selection), sort, page, highlights, and the
 * suggestion and fuzzy fallback when nothing matches exactly.
 */
final class CatalogueSearcher {

    /** Highlights: HTML-escaped text with {@code <mark>} around the matches. */
    static final String MARK = "<mark>";
    private static final Sort BY_DATE = new Sort(new SortField(CatalogueDocuments.PUBLISHED, SortField.Type.LONG, true),
            new SortField(CatalogueDocuments.ID_SORT, SortField.Type.LONG, true));
    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE,
            new SortField(CatalogueDocuments.PUBLISHED, SortField.Type.LONG, true),
            new SortField(CatalogueDocuments.ID_SORT, SortField.Type.LONG, true));

    record Result(long total, List<CatalogueService.MeasureSummary> page, Map<Facet, Map<String, Integer>> facetCounts,
            String suggestion, boolean approximate) {
    }

    private final FacetsConfig facets;
    private final TextQueries queries = new TextQueries();
    private final SearchHighlights highlights;

    CatalogueSearcher(FacetsConfig facets, Analyzer analyzer) {
        this.facets = facets;
        this.highlights = new SearchHighlights(analyzer);
    }

    Result search(FacetedSearcher searcher, CatalogueQuery query, int offset, int limit) {
        int topN = Math.max(1, offset + limit);
        HitsKey key = new HitsKey(query.text(), query.filters(), query.sort(), topN);
        Hits found = searcher.cached(key, () -> hits(searcher, query, topN));
        if (found == null) {
            return new Result(0, List.of(), Map.of(), null, false);
        }
        // the page's summaries and highlights depend on nothing but the searcher and the hits: kept too
        List<CatalogueService.MeasureSummary> items = searcher.cached(new PageKey(key, offset, limit), () -> {
            ScoreDoc[] page = offset >= found.top().length ? new ScoreDoc[0]
                    : Arrays.copyOfRange(found.top(), offset, Math.min(found.top().length, offset + limit));
            try {
                return summaries(searcher, page, found.highlight());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new Result(found.total(), items, found.counts(), found.suggestion(), found.approximate());
    }

    /** What a search's pages share: kept per searcher ({@link FacetedSearcher#cached}), so paging reuses it. */
    private record HitsKey(String text, Map<Facet, Set<String>> filters, CatalogueQuery.Sort sort, int topN) {
    }

    /** One page of a search (its items do not depend on the reader's language). */
    private record PageKey(HitsKey hits, int offset, int limit) {
    }

    private record Hits(long total, ScoreDoc[] top, Map<Facet, Map<String, Integer>> counts, Query highlight,
            String suggestion, boolean approximate) {
    }

    /** The first {@code topN} hits and the facet counts; null when the index has no facets yet (empty). */
    private Hits hits(FacetedSearcher searcher, CatalogueQuery query, int topN) {
        try {
            SearchText text = SearchText.parse(query.text());
            Query exact = queries.exact(text);
            Sort sort = query.sort() == CatalogueQuery.Sort.RELEVANCE && exact != null ? BY_RELEVANCE : BY_DATE;
            DrillSideways.DrillSidewaysResult found = run(searcher, exact, query, topN, sort);
            String suggestion = null;
            boolean approximate = false;
            Query highlightQuery = exact;
            if (found != null && found.hits.totalHits.value() == 0 && exact != null) {
                suggestion = queries.suggestion(text, searcher.getIndexReader());
                Query fuzzy = queries.fuzzy(text);
                DrillSideways.DrillSidewaysResult approximately = fuzzy == null ? null
                        : run(searcher, fuzzy, query, topN, sort);
                if (approximately != null && approximately.hits.totalHits.value() > 0) {
                    found = approximately;
                    approximate = true;
                    highlightQuery = suggestion == null ? null : queries.exact(SearchText.parse(suggestion));
                }
            }
            return found == null ? null : new Hits(found.hits.totalHits.value(), found.hits.scoreDocs,
                    counts(found.facets), highlightQuery, suggestion, approximate);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DrillSideways.DrillSidewaysResult run(FacetedSearcher searcher, Query text, CatalogueQuery query, int topN,
            Sort sort) throws IOException {
        if (searcher.facetState == null) {
            return null;
        }
        DrillDownQuery drillDown = drillDown(text, query);
        return new DrillSideways(searcher, facets, searcher.facetState)
                .search(drillDown, null, null, topN, sort, sort == BY_RELEVANCE);
    }

    private DrillDownQuery drillDown(Query text, CatalogueQuery query) {
        DrillDownQuery drillDown = new DrillDownQuery(facets, text == null ? new MatchAllDocsQuery() : text);
        query.filters().forEach((facet, codes) -> codes.forEach(code -> drillDown.add(facet.parameter(), code)));
        return drillDown;
    }

    int count(FacetedSearcher searcher, CatalogueQuery query) {
        try {
            SearchText text = SearchText.parse(query.text());
            Query exact = queries.exact(text);
            int count = searcher.count(drillDown(exact, query));
            Query fuzzy = count == 0 && exact != null ? queries.fuzzy(text) : null;
            // the same fallback as search(): when nothing matches exactly, the similar words' results are counted
            return fuzzy == null ? count : searcher.count(drillDown(fuzzy, query));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The snapshots (JSON) of at most {@code max} matching measures, in the search's order. */
    List<String> snapshots(FacetedSearcher searcher, CatalogueQuery query, int max) {
        try {
            Query exact = queries.exact(SearchText.parse(query.text()));
            Sort sort = query.sort() == CatalogueQuery.Sort.RELEVANCE && exact != null ? BY_RELEVANCE : BY_DATE;
            TopDocs top = searcher.search(drillDown(exact, query), Math.max(1, max), sort, sort == BY_RELEVANCE);
            StoredFields stored = searcher.storedFields();
            List<String> snapshots = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                snapshots.add(stored.document(hit.doc, Set.of(CatalogueDocuments.SNAPSHOT)).get(CatalogueDocuments.SNAPSHOT));
            }
            return snapshots;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** When the newest measure in the index was published (EPOCH for an empty index). */
    java.time.Instant newest(FacetedSearcher searcher) {
        return searcher.newest(() -> newestOn(searcher));
    }

    private java.time.Instant newestOn(FacetedSearcher searcher) {
        try {
            TopDocs top = searcher.search(new MatchAllDocsQuery(), 1, BY_DATE);
            return top.scoreDocs.length == 0 ? java.time.Instant.EPOCH : java.time.Instant.ofEpochMilli(searcher.storedFields()
                    .document(top.scoreDocs[0].doc, Set.of(CatalogueDocuments.PUBLISHED))
                    .getField(CatalogueDocuments.PUBLISHED).numericValue().longValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The snapshot of one measure, if it is in the index. */
    String snapshot(FacetedSearcher searcher, Long measureId) {
        try {
            TopDocs top = searcher.search(new org.apache.lucene.search.TermQuery(CatalogueDocuments.idTerm(measureId)), 1);
            return top.scoreDocs.length == 0 ? null : searcher.storedFields()
                    .document(top.scoreDocs[0].doc, Set.of(CatalogueDocuments.SNAPSHOT)).get(CatalogueDocuments.SNAPSHOT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether some measure in the index has this facet value: a lookup in the searcher's facet ordinals. */
    boolean indexed(FacetedSearcher searcher, Facet facet, String code) {
        if (searcher.facetState == null) {
            return false;
        }
        try {
            org.apache.lucene.index.SortedSetDocValues values = searcher.facetState.getDocValues();
            return values != null && values.lookupTerm(new org.apache.lucene.util.BytesRef(
                    FacetsConfig.pathToString(facet.parameter(), code))) >= 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sums the reported budgets (USD) of every measure per cycle and per region. */
    void budgets(FacetedSearcher searcher, BiConsumer<String, BigDecimal> perCycle, BiConsumer<String, BigDecimal> perRegion) {
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                NumericDocValues budgets = leaf.reader().getNumericDocValues(CatalogueDocuments.BUDGET_CENTS);
                if (budgets == null) {
                    continue;
                }
                SortedDocValues cycles = leaf.reader().getSortedDocValues(CatalogueDocuments.CYCLE);
                SortedDocValues regions = leaf.reader().getSortedDocValues(CatalogueDocuments.REGION);
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = budgets.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = budgets.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    BigDecimal amount = BigDecimal.valueOf(budgets.longValue(), 2);
                    if (cycles != null && cycles.advanceExact(doc)) {
                        perCycle.accept(cycles.lookupOrd(cycles.ordValue()).utf8ToString(), amount);
                    }
                    if (regions != null && regions.advanceExact(doc)) {
                        perRegion.accept(regions.lookupOrd(regions.ordValue()).utf8ToString(), amount);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<Facet, Map<String, Integer>> counts(Facets found) throws IOException {
        Map<Facet, Map<String, Integer>> counts = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            Map<String, Integer> values = new LinkedHashMap<>();
            FacetResult result;
            try {
                result = found.getAllChildren(facet.parameter());
            } catch (IllegalArgumentException notIndexedYet) {
                result = null;
            }
            if (result != null) {
                for (LabelAndValue value : result.labelValues) {
                    if (value.value.intValue() > 0) {
                        values.put(value.label, value.value.intValue());
                    }
                }
            }
            counts.put(facet, java.util.Collections.unmodifiableMap(values));
        }
        return java.util.Collections.unmodifiableMap(counts); // shared by the searches that hit the cache
    }

    private List<CatalogueService.MeasureSummary> summaries(FacetedSearcher searcher, ScoreDoc[] page, Query highlight)
            throws IOException {
        StoredFields stored = searcher.storedFields();
        // one read of each item's stored fields, for its summary and its highlights
        Map<Integer, Document> documents = new HashMap<>();
        for (ScoreDoc hit : page) {
            documents.put(hit.doc, stored.document(hit.doc, highlight == null ? CatalogueDocuments.SUMMARY_FIELDS
                    : CatalogueDocuments.SUMMARY_AND_TEXT_FIELDS));
        }
        Map<Integer, Map<String, String>> highlights = highlight == null || page.length == 0 ? Map.of()
                : this.highlights.of(searcher, Arrays.stream(page).mapToInt(h -> h.doc).toArray(), highlight, documents);
        List<CatalogueService.MeasureSummary> summaries = new ArrayList<>();
        for (ScoreDoc hit : page) {
            summaries.add(CatalogueDocuments.summary(documents.get(hit.doc), hit.score,
                    java.util.Collections.unmodifiableMap(highlights.getOrDefault(hit.doc, Map.of()))));
        }
        return java.util.Collections.unmodifiableList(summaries); // shared by the searches that hit the cache
    }
}
