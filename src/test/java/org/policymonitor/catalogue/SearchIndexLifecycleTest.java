package org.policymonitor.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policymonitor.IntegrationTest;
import org.policymonitor.measure.Evaluation;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.party.ReferenceData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;

import tools.jackson.databind.json.JsonMapper;

/**
 * The index on disk: a node starts from it without reading the publications again, and rebuilds it when it
 * is missing, unreadable or written by another mapping version. Each test runs its own index (in a temporary
 * directory) beside the application's, on the same database.
 */
@IntegrationTest
class SearchIndexLifecycleTest {

    @Autowired
    PublicationLog publicationLog;
    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    JsonMapper json;
    @Autowired
    PublicRecord publicRecord;
    @Autowired
    CatalogueFixtures fixtures;

    @TempDir
    Path dir;

    record Node(CatalogueIndex index, CatalogueIndexer indexer) {
        int searchable() {
            return index.read(s -> s.getIndexReader().numDocs());
        }
    }

    private Node start(long synchronousRebuildLimit) {
        CatalogueIndex index = new CatalogueIndex(dir, false);
        CatalogueIndexer indexer = new CatalogueIndexer(index, publicationLog, measures, referenceData, json, publicRecord,
                Clock.systemUTC(), synchronousRebuildLimit);
        indexer.start();
        return new Node(index, indexer);
    }

    @Test
    void aMissingIndexIsBuiltAndARestartOpensItAndCatchesUpWithTheLog() throws Exception {
        Node first = start(10_000);
        assertThat(first.index().state()).isEqualTo(CatalogueIndex.State.READY);
        assertThat(first.searchable()).isEqualTo((int) measures.publishedCount());
        first.index().close();

        // While this node is down, a measure is published (by "another node": the log has it).
        String word = CatalogueFixtures.uniqueWord();
        fixtures.publish("MN", "2020-2023", CatalogueFixtures.content("Down time " + word, "Published meanwhile",
                Set.of(), Set.of(), List.of(), Evaluation.NO, null));

        Node second = start(0); // a rebuild would run in the background: none is needed
        assertThat(second.index().state()).isEqualTo(CatalogueIndex.State.READY);
        assertThat(second.searchable()).isEqualTo((int) measures.publishedCount());
        CatalogueSearcher searcher = new CatalogueSearcher(second.index().facets, second.index().analyzer);
        int found = second.index().read(s -> searcher.count(s, CatalogueQuery.text(word)));
        assertThat(found).isEqualTo(1);
        second.index().close();
    }

    @Test
    void anUnreadableIndexIsRebuilt() throws Exception {
        start(10_000).index().close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }
        Node node = start(10_000);
        assertThat(node.index().state()).isEqualTo(CatalogueIndex.State.READY);
        assertThat(node.searchable()).isEqualTo((int) measures.publishedCount());
        node.index().close();
    }

    @Test
    void anIndexOfAnotherMappingVersionAnswersWhileANewOneIsBuiltInTheBackground() throws Exception {
        Node old = start(10_000);
        old.index().writable().commitWithMapping(CatalogueDocuments.MAPPING_VERSION - 1, 0);
        old.index().close();

        Node node = start(0); // background rebuild
        SearchHealthIndicator health = new SearchHealthIndicator(node.index(), node.indexer());
        assertThat(node.searchable()).as("the old index answers meanwhile").isEqualTo((int) measures.publishedCount());
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (node.index().state() != CatalogueIndex.State.READY && System.nanoTime() < deadline) {
            assertThat(health.health().getDetails()).containsEntry("state", "rebuilding");
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
            Thread.sleep(10);
        }
        assertThat(node.index().state()).isEqualTo(CatalogueIndex.State.READY);
        assertThat(node.index().writable().mappingVersion()).isEqualTo(CatalogueDocuments.MAPPING_VERSION);
        assertThat(health.health().getDetails()).containsEntry("state", "ready");
        assertThat(node.searchable()).isEqualTo((int) measures.publishedCount());
        node.index().close();
    }
}
