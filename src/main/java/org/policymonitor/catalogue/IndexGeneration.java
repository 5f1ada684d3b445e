package org.policymonitor.catalogue;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One index on disk with its writer and near-real-time searchers. The last applied publication log id and
 * the mapping version travel in the commit's user data, so a restart knows where to resume.
 */
final class IndexGeneration implements Closeable {

    static final String MAPPING = "mapping";
    static final String LOG_POSITION = "log";

    /**
     * A searcher with the facet ordinals of its reader (built once per reader refresh, not per search) and the
     * recent searches' hits and facet counts on that reader: a searcher sees one unchanging index, so they stay
     * right until the next refresh, which brings a new searcher with an empty cache.
     */
    static final class FacetedSearcher extends IndexSearcher {
        final SortedSetDocValuesReaderState facetState;
        private final Map<Object, Object> recent;
        /** When the newest measure this searcher sees was published (asked by every API request's Last-Modified). */
        private volatile java.time.Instant newest;

        FacetedSearcher(IndexReader reader, FacetsConfig config) throws IOException {
            this(reader, config, 0);
        }

        FacetedSearcher(IndexReader reader, FacetsConfig config, int cacheSize) throws IOException {
            super(reader);
            this.recent = cacheSize <= 0 ? null : java.util.Collections.synchronizedMap(
                    new java.util.LinkedHashMap<>(16, 0.75f, true) {
                        @Override
                        protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                            return size() > cacheSize;
                        }
                    });
            SortedSetDocValuesReaderState state;
            try {
                state = new DefaultSortedSetDocValuesReaderState(reader, config);
            } catch (IllegalArgumentException noFacetsYet) {
                state = null;
            }
            this.facetState = state;
        }

        /** The value for {@code key} computed on this searcher before, or computed now (and kept, if caching). */
        @SuppressWarnings("unchecked")
        <T> T cached(Object key, java.util.function.Supplier<T> compute) {
            if (recent == null) {
                return compute.get();
            }
            Object known = recent.get(key);
            if (known == null) {
                known = compute.get(); // outside the lock: two first searches at once both compute, harmlessly
                recent.put(key, known);
            }
            return (T) known;
        }

        /** {@link #newest} computed once per searcher, whether or not recent searches are kept. */
        java.time.Instant newest(java.util.function.Supplier<java.time.Instant> compute) {
            java.time.Instant known = newest;
            if (known == null) {
                known = compute.get();
                newest = known;
            }
            return known;
        }
    }

    final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facets;

    private IndexGeneration(Path path, Analyzer analyzer, FacetsConfig facets, IndexWriterConfig.OpenMode mode,
            int cacheSize) throws IOException {
        this.path = path;
        this.facets = facets;
        this.directory = FSDirectory.open(path);
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(mode)
                // a rebuild flushes fewer, larger segments (fewer merges); NRT refreshes flush earlier anyway
                .setRAMBufferSizeMB(128);
        IndexWriter opened = null;
        try {
            opened = new IndexWriter(directory, config);
            this.writer = opened;
            this.searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                    return new FacetedSearcher(reader, facets, cacheSize);
                }
            });
        } catch (IOException | RuntimeException e) {
            if (opened != null) {
                opened.rollback();
            }
            directory.close();
            throw e;
        }
    }

    /** A new, empty index at {@code path} (anything there is overwritten). */
    static IndexGeneration create(Path path, Analyzer analyzer, FacetsConfig facets) throws IOException {
        return create(path, analyzer, facets, 0);
    }

    /** The same, with searchers that keep the hits of their last {@code cacheSize} searches (0: none). */
    static IndexGeneration create(Path path, Analyzer analyzer, FacetsConfig facets, int cacheSize) throws IOException {
        IndexGeneration generation = new IndexGeneration(path, analyzer, facets, IndexWriterConfig.OpenMode.CREATE,
                cacheSize);
        generation.commit(0);
        return generation;
    }

    /** The index at {@code path}; fails if there is none or it cannot be read. */
    static IndexGeneration open(Path path, Analyzer analyzer, FacetsConfig facets) throws IOException {
        return open(path, analyzer, facets, 0);
    }

    static IndexGeneration open(Path path, Analyzer analyzer, FacetsConfig facets, int cacheSize) throws IOException {
        try (Directory dir = FSDirectory.open(path)) {
            if (!DirectoryReader.indexExists(dir)) {
                throw new org.apache.lucene.index.IndexNotFoundException("No index in " + path);
            }
        }
        return new IndexGeneration(path, analyzer, facets, IndexWriterConfig.OpenMode.APPEND, cacheSize);
    }

    Map<String, String> committedData() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    int mappingVersion() {
        return Integer.parseInt(committedData().getOrDefault(MAPPING, "0"));
    }

    long logPosition() {
        return Long.parseLong(committedData().getOrDefault(LOG_POSITION, "0"));
    }

    void update(Long measureId, Document document) {
        try {
            writer.updateDocument(CatalogueDocuments.idTerm(measureId), facets.build(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a measure known not to be in this generation yet (a rebuild). */
    void add(Document document) {
        try {
            writer.addDocument(facets.build(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(Long measureId) {
        try {
            writer.deleteDocuments(CatalogueDocuments.idTerm(measureId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the changes searchable (near real time, no fsync). */
    void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the changes durable, with the log position they include. */
    void commit(long logPosition) {
        commitWithMapping(CatalogueDocuments.MAPPING_VERSION, logPosition);
    }

    /** Tests write an index that looks like an older mapping's. */
    void commitWithMapping(int mapping, long logPosition) {
        try {
            writer.setLiveCommitData(Map.of(MAPPING, String.valueOf(mapping),
                    LOG_POSITION, String.valueOf(logPosition)).entrySet());
            writer.commit();
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    FacetedSearcher acquire() {
        try {
            return (FacetedSearcher) searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int documents() {
        FacetedSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            directory.close();
        }
    }
}
