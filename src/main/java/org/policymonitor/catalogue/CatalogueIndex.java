package org.policymonitor.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.policymonitor.catalogue.IndexGeneration.FacetedSearcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * Where the catalogue's Lucene index lives ({@code policymonitor.search.index-dir}) and which generation of
 * it answers. A rebuild writes a new generation beside the active one; the file {@code current} names the
 * active generation and is replaced atomically when a rebuild completes, so a crash mid-rebuild leaves the
 * previous generation in place.
 */
@Component
class CatalogueIndex {

    enum State {
        /** Searchable and up to date with the current mapping. */
        READY,
        /** Being rebuilt; searches are answered by the previous generation. */
        REBUILDING,
        /** Being built and there is nothing to answer from yet. */
        PREPARING
    }

    /** Thrown by searches while there is no index at all yet (first build, or the previous one was unreadable). */
    static final class NotReadyException extends RuntimeException {
        NotReadyException() {
            super("The catalogue is being prepared");
        }
    }

    private static final Logger log = LoggerFactory.getLogger(CatalogueIndex.class);
    private static final String POINTER = "current";

    final FacetsConfig facets = CatalogueDocuments.facetsConfig();
    final Analyzer analyzer = CatalogueAnalysis.perField(CatalogueDocuments.TEXT_FIELDS);
    private final Path root;
    private final boolean deleteOnClose;
    private final int resultCache;
    private volatile IndexGeneration active;
    private volatile boolean activeIsCurrent;
    private volatile State state = State.PREPARING;
    private volatile long revision;

    CatalogueIndex(Path root, boolean deleteOnClose) {
        this(root, deleteOnClose, 0);
    }

    /** {@code resultCache}: how many recent searches' hits and counts each searcher keeps (0: none). */
    @org.springframework.beans.factory.annotation.Autowired
    CatalogueIndex(@Value("${policymonitor.search.index-dir}") Path root,
            @Value("${policymonitor.search.delete-on-close:false}") boolean deleteOnClose,
            @Value("${policymonitor.search.result-cache:256}") int resultCache) {
        this.root = root.toAbsolutePath();
        this.deleteOnClose = deleteOnClose;
        this.resultCache = resultCache;
    }

    /**
     * Opens the active generation. Returns true when it is usable as it is (current mapping); false when a
     * rebuild is needed (none, unreadable, or written by an older mapping; an older one still answers).
     */
    synchronized boolean open() {
        try {
            Files.createDirectories(root);
            Path pointer = root.resolve(POINTER);
            if (!Files.exists(pointer)) {
                log.info("Search index: none in {}; it will be built", root);
                return false;
            }
            Path path = root.resolve(Files.readString(pointer).strip());
            long started = System.nanoTime();
            IndexGeneration generation = IndexGeneration.open(path, analyzer, facets, resultCache);
            int mapping = generation.mappingVersion();
            active = generation;
            activeIsCurrent = mapping == CatalogueDocuments.MAPPING_VERSION;
            if (!activeIsCurrent) {
                // it answers from now on, before the rebuild has started: never "nothing yet" meanwhile
                state = State.REBUILDING;
                log.warn("Search index: {} was written with mapping {} (now {}); it answers while a new one is built",
                        path, mapping, CatalogueDocuments.MAPPING_VERSION);
                return false;
            }
            state = State.READY;
            log.info("Search index: opened {} ({} measures) in {} ms", path, generation.documents(),
                    (System.nanoTime() - started) / 1_000_000);
            return true;
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            // another process uses this index: never build over it
            throw new IllegalStateException("Search index " + root + " is in use by another process", e);
        } catch (IOException | RuntimeException e) {
            log.warn("Search index: cannot read the index in {} ({}); it will be rebuilt", root, e.toString());
            closeQuietly(active);
            active = null;
            return false;
        }
    }

    /** A new, empty generation for a rebuild; the active one (if any) keeps answering. */
    synchronized IndexGeneration startRebuild() {
        state = active == null ? State.PREPARING : State.REBUILDING;
        try {
            return IndexGeneration.create(root.resolve("index-" + System.currentTimeMillis()), analyzer, facets,
                    resultCache);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes a completed rebuild the active generation and removes the previous one. */
    synchronized void completeRebuild(IndexGeneration fresh) {
        try {
            Path temp = root.resolve(POINTER + ".new");
            Files.writeString(temp, fresh.path.getFileName().toString());
            try {
                Files.move(temp, root.resolve(POINTER), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, root.resolve(POINTER), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        IndexGeneration previous = active;
        active = fresh;
        activeIsCurrent = true;
        state = State.READY;
        revision++;
        closeQuietly(previous);
        if (previous != null) {
            deleteTree(previous.path);
        }
        try (Stream<Path> leftovers = Files.list(root)) {
            // generations of interrupted rebuilds
            leftovers.filter(p -> Files.isDirectory(p) && !p.equals(fresh.path)).forEach(CatalogueIndex::deleteTree);
        } catch (IOException e) {
            log.warn("Search index: could not clean up {}: {}", root, e.toString());
        }
    }

    /** Abandons a failed rebuild; the active generation stays. */
    synchronized void abandonRebuild(IndexGeneration fresh) {
        closeQuietly(fresh);
        deleteTree(fresh.path);
        state = active == null ? State.PREPARING : activeIsCurrent ? State.READY : State.REBUILDING;
    }

    State state() {
        return state;
    }

    /** The generation publications are applied to, or null while it is being rebuilt (the log is replayed after). */
    IndexGeneration writable() {
        return state == State.READY ? active : null;
    }

    /** Changes with every applied change (HTTP ETags). */
    long revision() {
        return revision;
    }

    void changed() {
        revision++;
    }

    <T> T read(Function<FacetedSearcher, T> work) {
        IndexGeneration generation = active;
        if (generation == null) {
            throw new NotReadyException();
        }
        FacetedSearcher searcher = generation.acquire();
        try {
            return work.apply(searcher);
        } finally {
            generation.release(searcher);
        }
    }

    int documents() {
        IndexGeneration generation = active;
        return generation == null ? 0 : generation.documents();
    }

    Path root() {
        return root;
    }

    @PreDestroy
    synchronized void close() {
        closeQuietly(active);
        active = null;
        if (deleteOnClose) {
            deleteTree(root);
        }
    }

    private static void closeQuietly(IndexGeneration generation) {
        if (generation != null) {
            try {
                generation.close();
            } catch (IOException | RuntimeException e) {
                log.warn("Search index: closing {} failed: {}", generation.path, e.toString());
            }
        }
    }

    private static void deleteTree(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("Search index: could not delete {}: {}", path, e.toString());
        }
    }
}
