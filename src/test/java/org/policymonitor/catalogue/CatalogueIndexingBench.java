package org.policymonitor.catalogue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.PublishedMeasure;
import org.policymonitor.party.Party;
import org.policymonitor.party.ReportingCycle;

import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark, not a test: the Lucene work of the catalogue without Spring, the database or HTTP clients, so its
 * CPU cost can be measured on a busy machine. Builds {@code bench.documents} (20,000) generated measures of the
 * same shape as {@link CatalogueSearchBench}'s (the same generator), indexes them with {@code bench.threads} (2)
 * threads (documents/s, wall and CPU), then runs the benchmark's eight searches {@code bench.rounds} (100) times
 * each on one thread without the searchers' cache, and prints wall and CPU time per search.
 * Run: {@code ./mvnw -o -q test -Dtest=CatalogueIndexingBench -Dbench.indexing=true -DenableAssertions=false
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "bench.indexing", matches = "true")
class CatalogueIndexingBench {

    private static final int DOCUMENTS = Integer.getInteger("bench.documents", 20_000);
    private static final int THREADS = Integer.getInteger("bench.threads", 2);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 100);

    @Test
    void indexThenSearch(@TempDir Path dir) throws Exception {
        String[] regions = {"GROUP_I", "GROUP_II", "GROUP_III", "GROUP_IV", "GROUP_V_A", "GROUP_V_B"};
        List<Party> parties = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String code = (i < 26 ? "Q" : i < 52 ? "X" : "Z") + (char) ('A' + i % 26);
            parties.add(new Party(code, "Bench Party " + code, regions[i % regions.length], null));
        }
        List<ReportingCycle> cycles = List.of(new ReportingCycle(2012, 2015, "FORM_2012"),
                new ReportingCycle(2016, 2019, "FORM_2012"), new ReportingCycle(2020, 2023, "FORM_2020"),
                new ReportingCycle(2024, 2027, "FORM_2020"));
        CatalogueSearchBench.Generator generator = new CatalogueSearchBench.Generator();
        List<IndexedMeasure> measures = new ArrayList<>();
        for (int n = 0; n < DOCUMENTS; n++) {
            Party party = generator.party(parties);
            ReportingCycle cycle = generator.cycle(cycles);
            PublishedMeasure published = new PublishedMeasure(10_000_000L + n, 1, null, null, null, FormVersion.FORM_2020,
                    false, generator.content(10_000_000L + n), Instant.parse("2020-01-01T00:00:00Z").plusSeconds(n * 600L),
                    "Secretariat");
            measures.add(IndexedMeasure.of(published, party, cycle));
        }
        JsonMapper json = JsonMapper.builder().build();
        CatalogueIndex index = new CatalogueIndex(dir, false);
        IndexGeneration generation = IndexGeneration.create(dir.resolve("index"), index.analyzer, index.facets);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double loadBefore = os.getSystemLoadAverage();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> work = new ArrayList<>();
        int slice = (measures.size() + THREADS - 1) / THREADS;
        for (int from = 0; from < measures.size(); from += slice) {
            List<IndexedMeasure> part = measures.subList(from, Math.min(measures.size(), from + slice));
            work.add(pool.submit(() -> part.forEach(m -> {
                Document document = CatalogueDocuments.document(m, json.writeValueAsString(m.publication()));
                generation.add(document);
            })));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        generation.commit(0);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "Indexed %,d documents with %d threads in %.1f s: %.0f documents/s "
                + "(process CPU %.1f s = %.2f ms per document); load average %.1f before, %.1f after%n", DOCUMENTS,
                THREADS, seconds, DOCUMENTS / seconds, cpu, cpu * 1000 / DOCUMENTS, loadBefore, os.getSystemLoadAverage()));

        CatalogueSearcher searcher = new CatalogueSearcher(index.facets, index.analyzer);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<CatalogueQuery> queries = CatalogueSearchBench.queries(parties);
        IndexGeneration.FacetedSearcher faceted = generation.acquire();
        try {
            for (int warm = 0; warm < 20; warm++) {
                queries.forEach(q -> searcher.search(faceted, q, 0, 20));
            }
            long[] wall = new long[ROUNDS * queries.size()];
            long[] cpuTimes = new long[wall.length];
            int i = 0;
            loadBefore = os.getSystemLoadAverage();
            for (int round = 0; round < ROUNDS; round++) {
                for (CatalogueQuery q : queries) {
                    long c = threads.getCurrentThreadCpuTime();
                    long w = System.nanoTime();
                    searcher.search(faceted, q, 0, 20);
                    wall[i] = System.nanoTime() - w;
                    cpuTimes[i++] = threads.getCurrentThreadCpuTime() - c;
                }
            }
            Arrays.sort(wall);
            Arrays.sort(cpuTimes);
            report.append(String.format(Locale.ROOT, "Searches (1 thread, no cache, %d): wall p50 %.2f ms p95 %.2f ms; "
                    + "CPU p50 %.2f ms p95 %.2f ms; load average %.1f before, %.1f after%n", wall.length,
                    wall[wall.length / 2] / 1e6, wall[(int) (wall.length * 0.95)] / 1e6, cpuTimes[cpuTimes.length / 2] / 1e6,
                    cpuTimes[(int) (cpuTimes.length * 0.95)] / 1e6, loadBefore, os.getSystemLoadAverage()));
        } finally {
            generation.release(faceted);
            generation.close();
        }
        System.out.println("\n===== Catalogue indexing and search (no Spring) =====\n" + report);
    }
}
