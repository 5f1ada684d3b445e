package org.policymonitor.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.measure.Measure;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.tracking.SubmissionFixtures;
import org.policymonitor.tracking.TrackingIntegrationTest;
import org.policymonitor.workflow.Decision;
import org.policymonitor.workflow.SubmissionWorkflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@TrackingIntegrationTest
class AuditTrailTest {

    @Autowired
    AuditTrail audit;
    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;
    @Autowired
    SubmissionWorkflow workflow;

    SubmissionFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new SubmissionFixtures(measures, referenceData, accounts, workflow);
    }

    private List<AuditEntry> trailOf(Long measureId) {
        return fixtures.as("admin", () -> audit.search(AuditQuery.ofMeasure(measureId))).reversed();
    }

    @Test
    void eachChangedFieldIsRecordedWithItsOldAndNewValue() {
        Long id = fixtures.draft(fixtures.culture(), "Book fair", List.of());
        Measure loaded = measures.find(id).orElseThrow();
        fixtures.doAs("editor", () -> measures.saveContent(id, loaded.getVersion(),
                SubmissionFixtures.content("International book fair", List.of()), "editor"));

        assertThat(trailOf(id)).filteredOn(e -> e.action().equals("FIELD_CHANGED") && e.oldValue() != null)
                .extracting(AuditEntry::actor, AuditEntry::field, AuditEntry::oldValue, AuditEntry::newValue)
                .containsExactly(tuple("editor", "title", "Book fair", "International book fair"));
        assertThat(trailOf(id)).first().extracting(AuditEntry::action, AuditEntry::newValue)
                .containsExactly("CREATED", "Book fair");
    }

    @Test
    void workflowStepsAndStatusChangesAreRecordedAndKeptWhenTheMeasureIsWithdrawn() {
        Long id = fixtures.submitted(fixtures.culture(), "Heritage crafts", List.of());
        fixtures.decide("reviewer", id, Decision.RETURN, "Add the results");
        fixtures.doAs("editor", () -> measures.withdraw(id, "editor", "Merged into another measure"));

        List<AuditEntry> trail = trailOf(id);
        assertThat(trail).filteredOn(e -> e.category() == AuditCategory.WORKFLOW_STEP)
                .extracting(AuditEntry::field, AuditEntry::action, AuditEntry::actor, AuditEntry::detail)
                .containsExactly(tuple("SUBMISSION", "SUBMITTED", "editor", null),
                        tuple("REVIEW", "RETURNED", "reviewer", "Add the results"));
        assertThat(trail).filteredOn(e -> e.action().equals("STATUS_CHANGED"))
                .extracting(AuditEntry::oldValue, AuditEntry::newValue)
                .containsExactly(tuple("DRAFT", "SUBMITTED"), tuple("SUBMITTED", "IN_REVIEW"),
                        tuple("IN_REVIEW", "RETURNED"), tuple("RETURNED", "WITHDRAWN"));
        assertThat(fixtures.as("admin", () -> audit.search(new AuditQuery("merged into", null, null, null, null, 10))))
                .extracting(AuditEntry::measureId).contains(id);
    }

    @Test
    @WithUserDetails("editor")
    void onlyAdministratorsSearchTheTrail() {
        assertThatThrownBy(() -> audit.search(AuditQuery.all())).isInstanceOf(AccessDeniedException.class);
    }
}
