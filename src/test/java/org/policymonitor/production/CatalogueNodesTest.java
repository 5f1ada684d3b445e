package org.policymonitor.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policymonitor.PolicyMonitorApplication;
import org.policymonitor.catalogue.CatalogueQuery;
import org.policymonitor.catalogue.CatalogueService;
import org.policymonitor.measure.Evaluation;
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.Measure;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.MeasureStatus;
import org.policymonitor.party.ReferenceData;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes on one PostgreSQL database, each with its own search index on disk: a publication or a new version
 * made on one node is searchable on the other within 2 seconds, a superseded version is found on neither, and
 * a node that was down catches up at start from its index (no rebuild). Prints the visibility latencies
 * (BENCHMARKS.md, catalogue section). See docs/catalogue-search.md.
 */
@Tag("own-application")
class CatalogueNodesTest {

    private static final int PUBLICATIONS = 20;
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(2);

    static ThrowAwayPostgres database;
    static List<String> secondNodeArguments;
    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void start() {
        database = ThrowAwayPostgres.createIfAvailable().orElse(null);
        Assumptions.assumeTrue(database != null, "No PostgreSQL server at " + ThrowAwayPostgres.SERVER);
        first = startNode(database.arguments(), true);
        secondNodeArguments = database.arguments();
        second = startNode(secondNodeArguments, false);
    }

    private static ConfigurableApplicationContext startNode(List<String> databaseArguments, boolean demoData) {
        List<String> args = new ArrayList<>(databaseArguments);
        args.addAll(List.of("--server.port=0", "--server.address=127.0.0.1", "--policymonitor.demo-data=" + (demoData ? "force" : "false"),
                "--flowable.async-executor-activate=false"));
        return new SpringApplicationBuilder(PolicyMonitorApplication.class).run(args.toArray(String[]::new));
    }

    @AfterAll
    static void stop() throws Exception {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {first, second}) {
            if (node != null) {
                node.close();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    private static Measure publish(ConfigurableApplicationContext node, String title) {
        ReferenceData referenceData = node.getBean(ReferenceData.class);
        Long party = referenceData.partyByIso("MN").orElseThrow().getId();
        Long cycle = referenceData.cycleByCode("2020-2023").orElseThrow().getId();
        Long id = node.getBean(MeasureService.class).importAsPublished(party, null, cycle, FormVersion.FORM_2020,
                content(title), false, "node-test").measureId();
        return node.getBean(MeasureService.class).find(id).orElseThrow();
    }

    private static MeasureContent content(String title) {
        return new MeasureContent(title, List.of("Ministry of Culture"), "Published on one node, searched on the other.",
                null, null, null, null, List.of(), Evaluation.NO, null, Set.of("GOVERNANCE"), Set.of(), Set.of(), null,
                null, Set.of(), Set.of(), null, null, null);
    }

    /** A new version of a published measure, taken through the review steps and published on {@code node}. */
    private static void publishNewVersion(ConfigurableApplicationContext node, Long measureId, String title) {
        node.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
            Measure measure = node.getBean(EntityManager.class).find(Measure.class, measureId);
            measure.startRevision("editor", measure.getUpdatedAt());
            measure.edit(content(title), "editor", measure.getUpdatedAt());
            measure.submit("editor", measure.getUpdatedAt());
            measure.startReview("workflow", measure.getUpdatedAt());
            measure.approveReview("reviewer", measure.getUpdatedAt());
            if (measure.getStatus() == MeasureStatus.AWAITING_PARTNERS) {
                measure.confirmPartners("partner", measure.getUpdatedAt());
            }
        });
        node.getBean(MeasureService.class).publish(measureId, "evaluator");
    }

    private static long found(ConfigurableApplicationContext node, String text) {
        return node.getBean(CatalogueService.class).search(CatalogueQuery.text(text), Locale.ENGLISH).total();
    }

    /** Milliseconds until {@code text} finds {@code expected} measures on {@code node} (or -1 after 10 s). */
    private static long millisUntil(ConfigurableApplicationContext node, String text, long expected, long since)
            throws InterruptedException {
        long deadline = since + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (found(node, text) == expected) {
                return (System.nanoTime() - since) / 1_000_000;
            }
            Thread.sleep(10);
        }
        return -1;
    }

    private static String word() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @Test
    void aPublicationOnOneNodeIsSearchableOnTheOtherWithinTwoSeconds() throws Exception {
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < PUBLICATIONS; i++) {
            ConfigurableApplicationContext publisher = i % 2 == 0 ? first : second;
            ConfigurableApplicationContext other = i % 2 == 0 ? second : first;
            String word = word();
            long start = System.nanoTime();
            publish(publisher, "Festival " + word);
            assertThat(found(publisher, word)).as("on the publishing node at once").isEqualTo(1);
            long millis = millisUntil(other, word, 1, start);
            assertThat(millis).as("publication %d visible on the other node", i).isNotNegative();
            latencies.add(millis);
        }
        List<Long> sorted = latencies.stream().sorted().toList();
        long p50 = sorted.get(sorted.size() / 2);
        long p95 = sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
        System.out.printf(Locale.ROOT, "=== Catalogue: publication visible on the other node, %d publications: "
                + "p50 %d ms, p95 %d ms, max %d ms%n", PUBLICATIONS, p50, p95, sorted.getLast());
        assertThat(p95).isLessThanOrEqualTo(VISIBLE_WITHIN.toMillis());
    }

    @Test
    void aNewVersionReplacesTheOldOneOnBothNodes() throws Exception {
        String oldWord = word();
        String newWord = word();
        Measure measure = publish(first, "Library " + oldWord);
        assertThat(millisUntil(second, oldWord, 1, System.nanoTime())).isNotNegative();

        long start = System.nanoTime();
        publishNewVersion(second, measure.getId(), "Library " + newWord);
        assertThat(found(second, oldWord)).isZero();
        assertThat(millisUntil(first, newWord, 1, start)).isBetween(0L, VISIBLE_WITHIN.toMillis());
        assertThat(found(first, oldWord)).as("the superseded version").isZero();
        assertThat(found(second, newWord)).isEqualTo(1);
    }

    @Test
    void aNodeThatWasDownCatchesUpAtStartFromItsIndex() throws Exception {
        String before = word();
        publish(first, "Before " + before);
        assertThat(millisUntil(second, before, 1, System.nanoTime())).isNotNegative();
        second.close();

        String whileDown = word();
        publish(first, "While down " + whileDown);
        second = startNode(secondNodeArguments, false);

        assertThat(found(second, whileDown)).as("caught up before it was ready").isEqualTo(1);
        assertThat(found(second, before)).isEqualTo(1);
        assertThat(second.getBean("searchHealthIndicator", HealthIndicator.class).health().getDetails())
                .containsEntry("state", "ready").containsEntry("rebuiltAt", "not since start");
    }
}
