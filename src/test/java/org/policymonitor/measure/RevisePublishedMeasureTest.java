package org.policymonitor.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.catalogue.CatalogueQuery;
import org.policymonitor.catalogue.CatalogueService;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.tracking.SubmissionFixtures;
import org.policymonitor.workflow.Decision;
import org.policymonitor.workflow.SubmissionWorkflow;
import org.policymonitor.workflow.WorkflowFixtures;
import org.policymonitor.workflow.WorkflowIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * An editor revises a published measure: the public keeps the published version (catalogue page and search)
 * until the revision has passed the whole workflow, then sees the next version, with the first in its history.
 */
@WorkflowIntegrationTest
class RevisePublishedMeasureTest {

    @Autowired
    MeasureService measures;
    @Autowired
    MeasureEditing editing;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    SubmissionWorkflow workflow;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;
    @Autowired
    SecurityContextHolderStrategy securityContextStrategy;

    WorkflowFixtures fixtures;
    SubmissionFixtures steps;

    @BeforeEach
    void setUp() {
        fixtures = new WorkflowFixtures(measures, referenceData, accounts, securityContextStrategy);
        steps = new SubmissionFixtures(measures, referenceData, accounts, workflow);
    }

    private Long published(String title) {
        Long id = fixtures.submitted(title, List.of());
        steps.decide("reviewer", id, Decision.APPROVE, null);
        steps.decide("evaluator", id, Decision.SIGN_OFF, null);
        assertThat(measures.find(id).orElseThrow().getStatus()).isEqualTo(MeasureStatus.PUBLISHED);
        return id;
    }

    /** The publication numbers of the measure that a catalogue search for the words finds. */
    private List<Integer> found(String words, Long measureId) {
        return catalogue.search(CatalogueQuery.text(words).withPage(0, CatalogueQuery.MAX_SIZE), Locale.ENGLISH)
                .items().stream().filter(item -> item.measureId().equals(measureId))
                .map(CatalogueService.MeasureSummary::publicationNo).toList();
    }

    @Test
    void theRevisionStaysPrivateUntilItIsPublishedAsTheNextVersion() {
        Long id = published("Puppet theatres in the provinces");

        MeasureDetails revision = fixtures.as("editor", () -> editing.startRevision(id));
        assertThat(revision.status()).isEqualTo(MeasureStatus.DRAFT);
        assertThat(catalogue.measure(id).orElseThrow().publicationNo()).isEqualTo(1);
        assertThat(found("puppet theatres", id)).containsExactly(1);

        MeasureDetails saved = fixtures.as("editor", () -> editing.saveMine(id, revision.version(),
                WorkflowFixtures.completeContent("Puppet theatres and marionette workshops", List.of())));
        fixtures.as("editor", () -> editing.submitMine(id));
        assertThat(saved.content().title()).isEqualTo("Puppet theatres and marionette workshops");
        steps.decide("reviewer", id, Decision.APPROVE, null);
        assertThat(catalogue.measure(id).orElseThrow().content().title()).isEqualTo("Puppet theatres in the provinces");
        assertThat(found("marionette", id)).isEmpty();

        steps.decide("evaluator", id, Decision.SIGN_OFF, null);

        assertThat(measures.find(id).orElseThrow().getStatus()).isEqualTo(MeasureStatus.PUBLISHED);
        PublishedMeasure current = catalogue.measure(id).orElseThrow();
        assertThat(current.publicationNo()).isEqualTo(2);
        assertThat(current.content().title()).isEqualTo("Puppet theatres and marionette workshops");
        assertThat(catalogue.versions(id)).extracting(PublishedMeasure::publicationNo).containsExactly(2, 1);
        assertThat(found("puppet theatres", id)).containsExactly(2);
        assertThat(found("marionette", id)).containsExactly(2);
        assertThat(found("provinces", id)).isEmpty();
    }

    @Test
    void onlyAPublishedMeasureOfTheEditorsMinistryCanBeRevised() {
        Long submitted = fixtures.submitted("Street music licences", List.of());
        assertThatThrownBy(() -> fixtures.as("editor", () -> editing.startRevision(submitted)))
                .isInstanceOf(IllegalStatusTransitionException.class);
        assertThat(measures.find(submitted).orElseThrow().getStatus()).isEqualTo(MeasureStatus.IN_REVIEW);

        Long id = published("Folk song archive");
        assertThatThrownBy(() -> fixtures.as("editor.lt", () -> editing.startRevision(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("reviewer", () -> editing.startRevision(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(measures.find(id).orElseThrow().getStatus()).isEqualTo(MeasureStatus.PUBLISHED);
    }
}
