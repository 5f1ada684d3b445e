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
            ReferenceData referenceData, JsonMapper json, PublicRecord publicRecord, Clock clock,
            @Value("${policymonitor.search.synchronous-rebuild-limit:2000}") long syncRebuildLimit) {
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
    private org.apache.lucene.document.Document document(PublishedMeasure published,
            java.util.Map<String, Boolean> evaluators) {
        return CatalogueDocuments.document(indexed(published),
                json.writeValueAsString(publicRecord.of(published, evaluators)));
    }

    private IndexedMeasure indexed(PublishedMeasure published) {
        Party party = referenceData.party(published.partyId())
                .orElseThrow(() -> new IllegalStateException("No party " + published.partyId()));
        ReportingCycle cycle = referenceData.cycle(published.cycleId())
                .orElseThrow(() -> new IllegalStateException("No cycle " + published.cycleId()));
        return IndexedMeasure.of(published, party, cycle);
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
        log.info("Search index: rebuilding from {} published measures", total);
        java.util.Map<String, Boolean> evaluators = new java.util.HashMap<>();
        try {
            long after = 0;
            List<PublishedMeasure> page;
            do {
                page = measures.currentPublicationsAfter(after, BATCH);
                for (PublishedMeasure published : page) {
                    fresh.update(published.measureId(), document(published, evaluators));
                    after = published.measureId();
                }
                long done = rebuildDone.addAndGet(page.size());
                if (System.nanoTime() - lastReport > Duration.ofSeconds(5).toNanos()) {
                    lastReport = System.nanoTime();
                    log.info("Search index: rebuilding, {} of {} measures", done, total);
                }
            } while (page.size() == BATCH);
            fresh.commit(resumeFrom);
        } catch (RuntimeException e) {
            log.error("Search index: rebuild failed", e);
            index.abandonRebuild(fresh);
            rebuilding = null;
            throw e;
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
