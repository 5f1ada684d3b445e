package org.policymonitor.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policymonitor.measure.MeasurePublished;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.PublishedMeasure;
import org.policymonitor.party.Party;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.party.ReportingCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the catalogue tables and the in-memory index in step with what is published. The tables are
 * written inside the publishing transaction (so they commit or roll back with it); the in-memory index is
 * updated only after that commit, so an aborted publication is never searchable.
 */
@Component
class CatalogueIndexer {

    private static final int BACKFILL_CHUNK = 500;
    private static final Logger log = LoggerFactory.getLogger(CatalogueIndexer.class);

    private final CatalogueStore store;
    private final SearchIndex index;
    private final MeasureService measures;
    private final ReferenceData referenceData;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    private volatile boolean backfilled;

    CatalogueIndexer(CatalogueStore store, SearchIndex index, MeasureService measures, ReferenceData referenceData,
            JsonMapper json, TransactionTemplate transaction) {
        this.store = store;
        this.index = index;
        this.measures = measures;
        this.referenceData = referenceData;
        this.json = json;
        this.transaction = transaction;
    }

    @EventListener
    void on(MeasurePublished event) {
        IndexedMeasure indexed = write(event.publication());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    index.put(indexed);
                }
            });
        } else {
            index.put(indexed);
        }
    }

    /** At start-up: index every current publication the tables do not have yet, then load the index. */
    @EventListener(ApplicationReadyEvent.class)
    void onStartup() {
        backfill();
    }

    synchronized void backfill() {
        Map<Long, Integer> known = store.publicationNumbers();
        List<PublishedMeasure> current = measures.currentPublications();
        Set<Long> currentIds = new HashSet<>();
        List<PublishedMeasure> missing = new ArrayList<>();
        for (PublishedMeasure published : current) {
            currentIds.add(published.measureId());
            Integer indexedNo = known.get(published.measureId());
            if (indexedNo == null || indexedNo != published.publicationNo()) {
                missing.add(published);
            }
        }
        // Chunked so that indexing a large catalogue does not build one huge transaction.
        for (int from = 0; from < missing.size(); from += BACKFILL_CHUNK) {
            List<PublishedMeasure> chunk = missing.subList(from, Math.min(missing.size(), from + BACKFILL_CHUNK));
            transaction.executeWithoutResult(status -> {
                List<IndexedMeasure> fresh = new ArrayList<>();
                List<String> snapshots = new ArrayList<>();
                for (PublishedMeasure p : chunk) {
                    if (known.containsKey(p.measureId())) {
                        write(p, true);
                    } else {
                        fresh.add(indexed(p));
                        snapshots.add(json.writeValueAsString(p));
                    }
                }
                store.insertAll(fresh, snapshots);
            });
        }
        transaction.executeWithoutResult(status -> known.keySet().stream()
                .filter(id -> !currentIds.contains(id)).forEach(store::delete));
        reload();
        backfilled = true;
        log.info("Catalogue: {} publication(s) indexed at start-up, {} searchable", missing.size(), index.size());
    }

    /**
     * The tables are shared by every node, the in-memory index is not: a publication made on another node
     * reaches this node's index here. Cheap when nothing changed (one query of measure ids and numbers);
     * otherwise the changed entries are read back from the tables. Never at the same time as a backfill
     * (both synchronized), which reloads the whole index anyway.
     */
    @Scheduled(fixedDelayString = "${policymonitor.catalogue.sync-interval:PT30S}",
            initialDelayString = "${policymonitor.catalogue.sync-interval:PT30S}")
    synchronized void catchUp() {
        if (!backfilled) {
            return;
        }
        Map<Long, Integer> stored = store.publicationNumbers();
        Map<Long, Integer> indexed = index.publicationNumbers();
        Set<Long> stale = new HashSet<>();
        stored.forEach((measureId, publicationNo) -> {
            Integer held = indexed.get(measureId);
            if (held == null || held < publicationNo) {
                stale.add(measureId);
            }
        });
        List<Long> gone = indexed.keySet().stream().filter(id -> !stored.containsKey(id)).toList();
        if (!stale.isEmpty()) {
            store.forEachEntry(entry -> {
                if (stale.contains(entry.measureId())) {
                    index.put(entry);
                }
            });
        }
        gone.forEach(index::remove);
        if (!stale.isEmpty() || !gone.isEmpty()) {
            log.info("Catalogue: caught up with {} publication(s) and {} removal(s) from other nodes", stale.size(),
                    gone.size());
        }
    }

    void reload() {
        index.clear();
        store.forEachEntry(index::put);
    }

    private IndexedMeasure write(PublishedMeasure published) {
        return write(published, true);
    }

    private IndexedMeasure indexed(PublishedMeasure published) {
        Party party = referenceData.party(published.partyId())
                .orElseThrow(() -> new IllegalStateException("No party " + published.partyId()));
        ReportingCycle cycle = referenceData.cycle(published.cycleId())
                .orElseThrow(() -> new IllegalStateException("No cycle " + published.cycleId()));
        return IndexedMeasure.of(published, party, cycle);
    }

    private IndexedMeasure write(PublishedMeasure published, boolean replace) {
        IndexedMeasure indexed = indexed(published);
        if (replace) {
            store.replace(indexed, json.writeValueAsString(published));
        } else {
            store.insert(indexed, json.writeValueAsString(published));
        }
        return indexed;
    }
}
