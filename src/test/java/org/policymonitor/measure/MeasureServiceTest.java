package org.policymonitor.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.party.ReferenceData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class MeasureServiceTest {

    @Autowired
    MeasureService measures;
    @Autowired
    MeasureRepository repository;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    TransactionTemplate transaction;

    private Measure newDraft(String title) {
        Long party = referenceData.partyByIso("MN").orElseThrow().getId();
        Long cycle = referenceData.cycleByCode("2024-2027").orElseThrow().getId();
        return measures.createDraft(party, null, cycle, FormVersion.FORM_2020, MeasureContent.titled(title), "editor");
    }

    @Test
    void aSaveAgainstAnOlderVersionIsRejectedAndWritesNothing() {
        Measure draft = newDraft("First title");
        long loaded = draft.getVersion();

        measures.saveContent(draft.getId(), loaded, MeasureContent.titled("Saved by Bat"), "bat");

        assertThatThrownBy(() -> measures.saveContent(draft.getId(), loaded, MeasureContent.titled("Saved by Oyun"), "oyun"))
                .isInstanceOfSatisfying(StaleMeasureException.class, stale -> {
                    assertThat(stale.lastChangedBy()).isEqualTo("bat");
                    assertThat(stale.expectedVersion()).isEqualTo(loaded);
                    assertThat(stale.actualVersion()).isGreaterThan(loaded);
                });
        assertThat(measures.find(draft.getId()).orElseThrow().getTitle()).isEqualTo("Saved by Bat");
    }

    @Test
    void theVersionColumnRejectsAConcurrentWriteOfAStaleEntity() {
        Measure draft = newDraft("Concurrent");
        Measure staleCopy = detachedCopy(draft.getId());
        Measure freshCopy = detachedCopy(draft.getId());

        freshCopy.edit(MeasureContent.titled("Fresh"), "bat", freshCopy.getUpdatedAt());
        repository.saveAndFlush(freshCopy);

        staleCopy.edit(MeasureContent.titled("Stale"), "oyun", staleCopy.getUpdatedAt());
        assertThatThrownBy(() -> repository.saveAndFlush(staleCopy))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(repository.findById(draft.getId()).orElseThrow().getTitle()).isEqualTo("Fresh");
    }

    private Measure detachedCopy(Long id) {
        return transaction.execute(s -> {
            Measure m = repository.findById(id).orElseThrow();
            m.content(); // load the collections before the copy leaves the transaction
            return m;
        });
    }

    @Test
    void publishingKeepsEveryVersionAndThePublicSeesTheLastOne() {
        Measure draft = newDraft("Version one");
        Long id = draft.getId();
        transaction.executeWithoutResult(s -> {
            Measure m = repository.findById(id).orElseThrow();
            m.submit("editor", m.getUpdatedAt());
            m.startReview("workflow", m.getUpdatedAt());
            m.approveReview("reviewer", m.getUpdatedAt());
        });
        measures.publish(id, "evaluator");
        transaction.executeWithoutResult(s -> {
            Measure m = repository.findById(id).orElseThrow();
            m.startRevision("editor", m.getUpdatedAt());
            m.edit(MeasureContent.titled("Version two"), "editor", m.getUpdatedAt());
        });

        assertThat(measures.currentPublication(id).orElseThrow().content().title()).isEqualTo("Version one");

        transaction.executeWithoutResult(s -> {
            Measure m = repository.findById(id).orElseThrow();
            m.submit("editor", m.getUpdatedAt());
            m.startReview("workflow", m.getUpdatedAt());
            m.approveReview("reviewer", m.getUpdatedAt());
        });
        measures.publish(id, "evaluator");

        assertThat(measures.currentPublication(id).orElseThrow())
                .satisfies(p -> assertThat(p.content().title()).isEqualTo("Version two"))
                .satisfies(p -> assertThat(p.publicationNo()).isEqualTo(2));
        assertThat(measures.publicationsOf(id)).extracting(p -> p.content().title())
                .containsExactly("Version two", "Version one");
    }
}
