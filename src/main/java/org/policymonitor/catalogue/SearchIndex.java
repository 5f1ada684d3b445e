package org.policymonitor.catalogue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * In-memory inverted index over the catalogue tables, so that a search with text and facets and its facet
 * counts take microseconds instead of database round trips. The tables stay the source of truth: the
 * index is loaded from them at start-up and updated after each publishing transaction commits.
 *
 * <p>Each indexed publication gets a slot; slots only grow (a republished measure gets a new slot and its
 * old one is marked dead), so every posting list is sorted by slot, and slot order is publication order.
 */
final class SearchIndex {

    /** What a result row shows; everything else is read from the published snapshot. */
    record Summary(Long measureId, int publicationNo, String title, String partyIso, String partyName,
            String regionCode, String cycleCode, List<String> agencies, String evaluation, BigDecimal budgetUsd,
            Instant publishedAt) {
    }

    record Hit(Summary summary, int score) {
    }

    /** The facet value counts of a result set, keyed by facet then code (codes in descending count order). */
    record Result(long total, List<Hit> page, Map<Facet, Map<String, Integer>> facetCounts, List<Long> allIds) {
    }

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final List<Summary> slots = new ArrayList<>();
    private final List<int[]> slotFacets = new ArrayList<>();
    private final BitSet live = new BitSet();
    private final Map<Long, Integer> slotOfMeasure = new HashMap<>();
    private final Map<String, Postings> postings = new HashMap<>();
    private final Map<Facet, Map<String, Integer>> facetIds = new EnumMap<>(Facet.class);
    private final List<Facet> facetOfId = new ArrayList<>();
    private final List<String> codeOfId = new ArrayList<>();
    private volatile long revision;
    private volatile Instant lastPublishedAt = Instant.EPOCH;

    /** Growable parallel arrays: slot (ascending) and weight. */
    private static final class Postings {
        int[] slots = new int[4];
        int[] weights = new int[4];
        int size;

        void add(int slot, int weight) {
            if (size == slots.length) {
                slots = Arrays.copyOf(slots, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
            }
            slots[size] = slot;
            weights[size] = weight;
            size++;
        }
    }

    void clear() {
        lock.writeLock().lock();
        try {
            slots.clear();
            slotFacets.clear();
            live.clear();
            slotOfMeasure.clear();
            postings.clear();
            facetIds.clear();
            facetOfId.clear();
            codeOfId.clear();
            lastPublishedAt = Instant.EPOCH;
            revision++;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Adds or replaces the measure; an older publication than the one indexed is ignored. */
    void put(IndexedMeasure m) {
        lock.writeLock().lock();
        try {
            Integer previous = slotOfMeasure.get(m.measureId());
            if (previous != null) {
                if (slots.get(previous).publicationNo() > m.publicationNo()) {
                    return;
                }
                live.clear(previous);
            }
            int slot = slots.size();
            slots.add(new Summary(m.measureId(), m.publicationNo(), m.title(), m.partyIso(), m.partyName(),
                    m.regionCode(), m.cycleCode(), List.copyOf(m.agencies()), m.evaluation(), m.budgetUsd(),
                    m.publishedAt()));
            List<Integer> ids = new ArrayList<>();
            m.facets().forEach((facet, codes) -> codes.forEach(code -> ids.add(facetId(facet, code))));
            slotFacets.add(ids.stream().mapToInt(Integer::intValue).sorted().toArray());
            m.tokenWeights().forEach((token, weight) -> postings.computeIfAbsent(token, t -> new Postings()).add(slot, weight));
            live.set(slot);
            slotOfMeasure.put(m.measureId(), slot);
            if (m.publishedAt().isAfter(lastPublishedAt)) {
                lastPublishedAt = m.publishedAt();
            }
            revision++;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Takes a measure out of the search (its publication left the tables). */
    void remove(Long measureId) {
        lock.writeLock().lock();
        try {
            Integer slot = slotOfMeasure.remove(measureId);
            if (slot != null) {
                live.clear(slot);
                revision++;
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Measure id to the publication number this index holds for it. */
    Map<Long, Integer> publicationNumbers() {
        lock.readLock().lock();
        try {
            Map<Long, Integer> numbers = new HashMap<>();
            slotOfMeasure.forEach((measureId, slot) -> numbers.put(measureId, slots.get(slot).publicationNo()));
            return numbers;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Changes with every update: part of the HTTP ETag. */
    long revision() {
        return revision;
    }

    Instant lastPublishedAt() {
        return lastPublishedAt;
    }

    /** Calls the consumer with every searchable entry, under the read lock. */
    void forEachLive(java.util.function.Consumer<Summary> consumer) {
        lock.readLock().lock();
        try {
            for (int slot = live.nextSetBit(0); slot >= 0; slot = live.nextSetBit(slot + 1)) {
                consumer.accept(slots.get(slot));
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    int size() {
        return live.cardinality();
    }

    Result search(CatalogueQuery query, int offset, int limit, boolean withAllIds) {
        lock.readLock().lock();
        try {
            int[][] allowed = allowedFacetIds(query);
            if (allowed == null) {
                return new Result(0, List.of(), Map.of(), List.of());
            }
            List<String> tokens = Text.tokens(query.text()).stream().distinct().toList();
            int[] hitSlots;
            int[] hitScores;
            int count = 0;
            if (tokens.isEmpty()) {
                hitSlots = new int[live.cardinality()];
                hitScores = new int[hitSlots.length];
                for (int slot = live.nextSetBit(0); slot >= 0; slot = live.nextSetBit(slot + 1)) {
                    if (matchesFacets(slot, allowed)) {
                        hitSlots[count++] = slot;
                    }
                }
            } else {
                Postings[] lists = new Postings[tokens.size()];
                for (int i = 0; i < lists.length; i++) {
                    lists[i] = postings.get(tokens.get(i));
                    if (lists[i] == null) {
                        return new Result(0, List.of(), Map.of(), List.of());
                    }
                }
                Arrays.sort(lists, (a, b) -> Integer.compare(a.size, b.size));
                Postings driver = lists[0];
                hitSlots = new int[driver.size];
                hitScores = new int[driver.size];
                int[] cursors = new int[lists.length];
                candidates:
                for (int p = 0; p < driver.size; p++) {
                    int slot = driver.slots[p];
                    if (!live.get(slot)) {
                        continue;
                    }
                    int score = driver.weights[p];
                    for (int i = 1; i < lists.length; i++) {
                        Postings other = lists[i];
                        int at = Arrays.binarySearch(other.slots, cursors[i], other.size, slot);
                        if (at < 0) {
                            cursors[i] = -at - 1;
                            continue candidates;
                        }
                        cursors[i] = at;
                        score += other.weights[at];
                    }
                    if (matchesFacets(slot, allowed)) {
                        hitSlots[count] = slot;
                        hitScores[count++] = score;
                    }
                }
            }
            return collect(query, hitSlots, hitScores, count, offset, limit, withAllIds);
        } finally {
            lock.readLock().unlock();
        }
    }

    private Result collect(CatalogueQuery query, int[] hitSlots, int[] hitScores, int count, int offset, int limit,
            boolean withAllIds) {
        int[] facetCounts = new int[facetOfId.size()];
        for (int i = 0; i < count; i++) {
            for (int id : slotFacets.get(hitSlots[i])) {
                facetCounts[id]++;
            }
        }
        // Newest first is descending slot order; relevance puts the score in front of it.
        long[] keys = new long[count];
        boolean byScore = query.sort() == CatalogueQuery.Sort.RELEVANCE;
        for (int i = 0; i < count; i++) {
            keys[i] = (byScore ? ((long) hitScores[i] << 32) : 0L) | hitSlots[i];
        }
        Arrays.sort(keys);
        List<Hit> page = new ArrayList<>();
        List<Long> ids = withAllIds ? new ArrayList<>(count) : List.of();
        for (int i = count - 1; i >= 0; i--) {
            int slot = (int) keys[i];
            int rank = count - 1 - i;
            if (withAllIds) {
                ids.add(slots.get(slot).measureId());
            }
            if (rank >= offset && rank < offset + limit) {
                page.add(new Hit(slots.get(slot), (int) (keys[i] >>> 32)));
            } else if (!withAllIds && rank >= offset + limit) {
                break;
            }
        }
        Map<Facet, Map<String, Integer>> counts = new EnumMap<>(Facet.class);
        for (int id = 0; id < facetCounts.length; id++) {
            if (facetCounts[id] > 0) {
                counts.computeIfAbsent(facetOfId.get(id), f -> new HashMap<>()).put(codeOfId.get(id), facetCounts[id]);
            }
        }
        return new Result(count, page, counts, ids);
    }

    /** Per filtered facet, the ids of its selected values; null when a selected facet has no known value. */
    private int[][] allowedFacetIds(CatalogueQuery query) {
        int[][] allowed = new int[query.filters().size()][];
        int i = 0;
        for (Map.Entry<Facet, Set<String>> filter : query.filters().entrySet()) {
            Map<String, Integer> known = facetIds.getOrDefault(filter.getKey(), Map.of());
            allowed[i++] = filter.getValue().stream().map(known::get).filter(java.util.Objects::nonNull)
                    .mapToInt(Integer::intValue).sorted().toArray();
            if (allowed[i - 1].length == 0) {
                return null;
            }
        }
        return allowed;
    }

    private boolean matchesFacets(int slot, int[][] allowed) {
        int[] own = slotFacets.get(slot);
        for (int[] values : allowed) {
            boolean any = false;
            for (int value : values) {
                if (Arrays.binarySearch(own, value) >= 0) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    private int facetId(Facet facet, String code) {
        return facetIds.computeIfAbsent(facet, f -> new HashMap<>()).computeIfAbsent(code, c -> {
            facetOfId.add(facet);
            codeOfId.add(code);
            return facetOfId.size() - 1;
        });
    }
}
