package org.policymonitor.catalogue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

import org.policymonitor.measure.MeasurePublished;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.MeasureStatus;
import org.policymonitor.measure.MeasureStatusChanged;
import org.policymonitor.measure.PublishedMeasure;
import org.policymonitor.party.Party;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.party.ReportingCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import jakarta.annotation.PostConstruct;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps this node's search index in step with the publications. A publication or withdrawal appends an
 * entry to the publication log inside its transaction; after the commit the publishing node applies it at
 * once, and every node follows the log ({@code policymonitor.search.follow-interval}, default 500 ms) for the
 * entries it has not applied, so another node's publication is searchable here within about a second.
 * Applying an entry reads the measure's current published version, so re-applying is harmless and a
 * superseded or withdrawn version is never indexed.
 */
@Component
class CatalogueIndexer {

    /** An id below the log's end that is still missing is a transaction in progress (or rolled back). */
    private static final Duration GAP_WAIT = Duration.ofSeconds(60);
    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(CatalogueIndexer.class);

    private final CatalogueIndex index;
    private final PublicationLog publicationLog;
    private final MeasureService measures;
    private final ReferenceData referenceData;
    private final JsonMapper json;
    private final PublicRecord publicRecord;
    private final Clock clock;
    private final long syncRebuildLimit;
    private final int threads;
    /** Entries up to here are applied (and, once committed, durable). */
    private long position;
    /** Entries above {@link #position} already applied (published on this node, or read past a gap). */
    private final TreeSet<Long> appliedAbove = new TreeSet<>();
    private long gapSeenAt;
    private final AtomicLong rebuildDone = new AtomicLong();
    private volatile long rebuildTotal;
    private volatile Thread rebuilding;
    private volatile java.time.Instant lastRebuild;

    CatalogueIndexer(CatalogueIndex index, PublicationLog publicationLog, MeasureService measures,
            ReferenceData referenceData, JsonMapper json, PublicRecord publicRecord, Clock clock, long syncRebuildLimit) {
        this(index, publicationLog, measures, referenceData, json, publicRecord, clock, syncRebuildLimit, 0);
    }

    @org.springframework.beans.factory.annotation.Autowired
    CatalogueIndexer(CatalogueIndex index, PublicationLog publicationLog, MeasureService measures,
            ReferenceData referenceData, JsonMapper json, PublicRecord publicRecord, Clock clock,
            @Value("${policymonitor.search.synchronous-rebuild-limit:2000}") long syncRebuildLimit,
            @Value("${policymonitor.search.rebuild-threads:0}") int rebuildThreads) {
        // 0: one per processor (at most 4: the database read and the final merge do not scale further)
        this.threads = rebuildThreads > 0 ? rebuildThreads : Math.min(4, Runtime.getRuntime().availableProcessors());
        this.index = index;
        this.publicationLog = publicationLog;
        this.measures = measures;
        this.referenceData = referenceData;
        this.json = json;
        this.publicRecord = publicRecord;
        this.clock = clock;
        this.syncRebuildLimit = syncRebuildLimit;
    }

    /** At start: open the index and catch up with the log from where it stopped, or rebuild it. */
    @PostConstruct
    void start() {
        if (index.open()) {
            synchronized (this) {
                position = index.writable().logPosition();
            }
            int applied = follow();
            log.info("Search index: caught up from log position {} ({} entries applied)", position, applied);
        } else if (measures.publishedCount() <= syncRebuildLimit) {
            rebuild();
        } else {
            rebuildInBackground();
        }
    }

    @EventListener
    void on(MeasurePublished event) {
        logged(event.publication().measureId(), PublicationLog.Kind.PUBLISHED);
    }

    @EventListener
    void on(MeasureStatusChanged event) {
        if (event.to() == MeasureStatus.WITHDRAWN && event.measureId() != null) {
            logged(event.measureId(), PublicationLog.Kind.WITHDRAWN);
        }
    }

    private void logged(Long measureId, PublicationLog.Kind kind) {
        long id = publicationLog.append(measureId, kind, clock.instant());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    applyLocal(id, measureId);
                }
            });
        } else {
            applyLocal(id, measureId);
        }
    }

    private synchronized void applyLocal(long logId, Long measureId) {
        IndexGeneration generation = index.writable();
        if (generation == null || logId <= position || appliedAbove.contains(logId)) {
            return; // a rebuild replays the log when it completes
        }
        apply(generation, measureId);
        appliedAbove.add(logId);
        generation.refresh();
        index.changed();
    }

    /** Applies the log entries not applied yet; returns how many. Also run at start and after a rebuild. */
    @Scheduled(fixedDelayString = "${policymonitor.search.follow-interval:PT0.5S}",
            initialDelayString = "${policymonitor.search.follow-interval:PT0.5S}")
    synchronized int follow() {
        IndexGeneration generation = index.writable();
        if (generation == null) {
            return 0;
        }
        int applied = 0;
        long before = position;
        List<PublicationLog.Entry> entries;
        // From the position, not from the last id seen: an id missing below it may still commit.
        long cursor = position;
        do {
            entries = publicationLog.after(cursor, BATCH);
            for (PublicationLog.Entry entry : entries) {
                if (!appliedAbove.contains(entry.id())) {
                    apply(generation, entry.measureId());
                    appliedAbove.add(entry.id());
                    applied++;
                }
                cursor = entry.id();
            }
        } while (entries.size() == BATCH);
        advance();
        if (applied > 0 || position != before) {
            if (applied > 0) {
                generation.refresh(); // searchable first, durable next (the commit syncs files)
            }
            generation.commit(position);
            if (applied > 0) {
                index.changed();
            }
        }
        return applied;
    }

    /** Moves {@link #position} over the applied entries that follow it; waits a while at a gap, then skips it. */
    private void advance() {
        while (!appliedAbove.isEmpty()) {
            long next = appliedAbove.first();
            if (next == position + 1) {
                appliedAbove.pollFirst();
                position = next;
                gapSeenAt = 0;
                continue;
            }
            if (gapSeenAt == 0) {
                gapSeenAt = System.nanoTime();
                return;
            }
            if (System.nanoTime() - gapSeenAt < GAP_WAIT.toNanos()) {
                return;
            }
            log.info("Search index: publication log ids {}..{} never appeared (rolled back); skipped", position + 1,
                    next - 1);
            appliedAbove.pollFirst();
            position = next;
            gapSeenAt = 0;
        }
    }

    private void apply(IndexGeneration generation, Long measureId) {
        measures.currentPublication(measureId).ifPresentOrElse(
                published -> generation.update(measureId, document(published, null)),
                () -> generation.delete(measureId));
    }

    /** The stored snapshot is the public record (signing role and Party, not the login name). */
    private org.apache.lucene.document.Document document(PublishedMeasure published, Lookups lookups) {
        return CatalogueDocuments.document(indexed(published, lookups),
                json.writeValueAsString(publicRecord.of(published, lookups == null ? null : lookups.evaluators)));
    }

    /** What a rebuild looks up once rather than per measure: accounts, Parties, cycles. */
    private record Lookups(java.util.Map<String, Boolean> evaluators, java.util.Map<Long, Party> parties,
            java.util.Map<Long, ReportingCycle> cycles) {
        Lookups() {
            this(new java.util.concurrent.ConcurrentHashMap<>(), new java.util.concurrent.ConcurrentHashMap<>(),
                    new java.util.concurrent.ConcurrentHashMap<>());
        }
    }

    private IndexedMeasure indexed(PublishedMeasure published, Lookups lookups) {
        java.util.function.Function<Long, Party> party = id -> referenceData.party(id)
                .orElseThrow(() -> new IllegalStateException("No party " + id));
        java.util.function.Function<Long, ReportingCycle> cycle = id -> referenceData.cycle(id)
                .orElseThrow(() -> new IllegalStateException("No cycle " + id));
        return IndexedMeasure.of(published,
                lookups == null ? party.apply(published.partyId()) : lookups.parties.computeIfAbsent(published.partyId(), party),
                lookups == null ? cycle.apply(published.cycleId()) : lookups.cycles.computeIfAbsent(published.cycleId(), cycle));
    }

    private static void waitFor(List<java.util.concurrent.Future<?>> work) {
        for (java.util.concurrent.Future<?> future : work) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Search index rebuild interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException("Search index rebuild failed", e.getCause());
            }
        }
    }

    /** Starts a rebuild on its own thread; the current index (if any) answers meanwhile. */
    synchronized void rebuildInBackground() {
        if (rebuilding != null) {
            return;
        }
        Thread thread = new Thread(this::rebuild, "search-index-rebuild");
        thread.setDaemon(true);
        rebuilding = thread;
        thread.start();
    }

    /**
     * Reads every current publication into a new index generation, then makes it the active one and replays
     * the log entries of the last minute (publications made during the rebuild, or not committed yet when it
     * started).
     */
    void rebuild() {
        long resumeFrom = publicationLog.lastBefore(clock.instant().minus(GAP_WAIT));
        long total = measures.publishedCount();
        rebuildTotal = total;
        rebuildDone.set(0);
        IndexGeneration fresh = index.startRebuild();
        long started = System.nanoTime();
        long lastReport = started;
        log.info("Search index: rebuilding from {} published measures with {} indexing threads", total, threads);
        Lookups lookups = new Lookups();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "search-index-rebuild-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            long after = 0;
            List<PublishedMeasure> page;
            List<java.util.concurrent.Future<?>> indexing = List.of();
            do {
                // the next page is read from the database while the workers index the previous one
                page = measures.currentPublicationsAfter(after, BATCH);
                waitFor(indexing);
                indexing = new java.util.ArrayList<>();
                int slice = (page.size() + threads - 1) / threads;
                for (int from = 0; from < page.size(); from += slice) {
                    List<PublishedMeasure> part = page.subList(from, Math.min(page.size(), from + slice));
                    // a new generation holds each measure once (read by id): add, no delete-by-term to resolve
                    indexing.add(pool.submit(() -> part.forEach(p -> fresh.add(document(p, lookups)))));
                }
                if (!page.isEmpty()) {
                    after = page.getLast().measureId();
                }
                long done = rebuildDone.addAndGet(page.size());
                if (System.nanoTime() - lastReport > Duration.ofSeconds(5).toNanos()) {
                    lastReport = System.nanoTime();
                    log.info("Search index: rebuilding, {} of {} measures", done, total);
                }
            } while (page.size() == BATCH);
            waitFor(indexing);
            fresh.commit(resumeFrom);
        } catch (RuntimeException e) {
            log.error("Search index: rebuild failed", e);
            index.abandonRebuild(fresh);
            rebuilding = null;
            throw e;
        } finally {
            pool.shutdownNow();
        }
        synchronized (this) {
            index.completeRebuild(fresh);
            position = resumeFrom;
            appliedAbove.clear();
            gapSeenAt = 0;
            rebuilding = null;
            lastRebuild = clock.instant();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        log.info("Search index: rebuilt with {} measures in {} s ({} measures/s)", rebuildDone.get(),
                String.format(java.util.Locale.ROOT, "%.1f", seconds),
                String.format(java.util.Locale.ROOT, "%.0f", rebuildDone.get() / Math.max(seconds, 0.001)));
        follow();
    }

    /** When this node last rebuilt its index since it started (null: it opened the index it had). */
    java.time.Instant lastRebuild() {
        return lastRebuild;
    }

    long rebuildDone() {
        return rebuildDone.get();
    }

    long rebuildTotal() {
        return rebuildTotal;
    }

    synchronized long position() {
        return position;
    }
}
