package org.policymonitor.catalogue;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code search} component of {@code /actuator/health}: UP with {@code state: ready} and the number of
 * searchable measures; while the index is rebuilt, {@code state: rebuilding} with its progress, UP when the
 * previous index still answers, OUT_OF_SERVICE when there is none yet (searches answer "being prepared").
 */
@Component
class SearchHealthIndicator implements HealthIndicator {

    private final CatalogueIndex index;
    private final CatalogueIndexer indexer;

    SearchHealthIndicator(CatalogueIndex index, CatalogueIndexer indexer) {
        this.index = index;
        this.indexer = indexer;
    }

    @Override
    public Health health() {
        CatalogueIndex.State state = index.state();
        if (state == CatalogueIndex.State.READY) {
            return Health.up().withDetail("state", "ready").withDetail("measures", index.documents())
                    .withDetail("logPosition", indexer.position())
                    .withDetail("rebuiltAt", indexer.lastRebuild() == null ? "not since start" : indexer.lastRebuild().toString())
                    .build();
        }
        Health.Builder health = state == CatalogueIndex.State.REBUILDING ? Health.up() : Health.status(Status.OUT_OF_SERVICE);
        return health.withDetail("state", "rebuilding").withDetail("indexed", indexer.rebuildDone())
                .withDetail("of", indexer.rebuildTotal())
                .withDetail("answering", state == CatalogueIndex.State.REBUILDING ? "previous index" : "nothing yet")
                .build();
    }
}
