package org.policymonitor.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The diagram of a submission highlights exactly the path it took, not every flow between two passed steps. */
@WorkflowIntegrationTest
class DiagramPathTest {

    @Autowired
    SubmissionWorkflow workflow;
    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;
    @Autowired
    SecurityContextHolderStrategy securityContextStrategy;

    WorkflowFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new WorkflowFixtures(measures, referenceData, accounts, securityContextStrategy);
    }

    private void decide(String username, Long measureId, Decision decision) {
        String taskId = fixtures.as(username, () -> workflow.inbox(InboxFilter.all())).stream()
                .filter(t -> t.measureId().equals(measureId)).findFirst().orElseThrow().id();
        fixtures.doAs(username, () -> workflow.complete(taskId, decision, "Fine."));
    }

    private String diagram(Long measureId) {
        return fixtures.as("admin", () -> workflow.diagram(measureId, id -> id, "Where it stands"));
    }

    private static String flow(String svg, String flowId) {
        int start = svg.indexOf("<polyline data-element=\"" + flowId + "\"");
        assertThat(start).as(flowId + " drawn").isNotNegative();
        return svg.substring(start, svg.indexOf("/>", start));
    }

    private static boolean highlighted(String svg, String flowId) {
        return flow(svg, flowId).contains("stroke=\"#2e7d32\"");
    }

    @Test
    void aMeasureConfirmedByItsPartnersShowsThePartnersPathOnly() {
        Long id = fixtures.submitted("Diagram path with a partner", WorkflowFixtures.artsCouncil());
        decide("reviewer", id, Decision.APPROVE);
        decide("partner", id, Decision.CONFIRM);
        decide("evaluator", id, Decision.SIGN_OFF);

        String svg = diagram(id);
        assertThat(highlighted(svg, "f_partners")).isTrue();
        assertThat(highlighted(svg, "f_partnersConfirmed")).isTrue();
        assertThat(highlighted(svg, "f_toPublished")).isTrue();
        assertThat(highlighted(svg, "f_noPartners")).as("the no-partners path was not taken").isFalse();
        assertThat(highlighted(svg, "f_reviewReturned")).isFalse();
    }

    @Test
    void aMeasureWithoutPartnersShowsTheNoPartnersPath() {
        Long id = fixtures.submitted("Diagram path without partners", List.of());
        decide("reviewer", id, Decision.APPROVE);
        decide("evaluator", id, Decision.SIGN_OFF);

        String svg = diagram(id);
        assertThat(highlighted(svg, "f_noPartners")).isTrue();
        assertThat(highlighted(svg, "f_partners")).isFalse();
        assertThat(highlighted(svg, "f_toSignOff")).isFalse();
    }
}
