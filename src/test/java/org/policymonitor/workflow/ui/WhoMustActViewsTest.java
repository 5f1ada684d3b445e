package org.policymonitor.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.PartnerRow;
import org.policymonitor.measure.ui.MeasurePlaces;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.workflow.Decision;
import org.policymonitor.workflow.FourEyesPolicy;
import org.policymonitor.workflow.InboxFilter;
import org.policymonitor.workflow.SubmissionWorkflow;
import org.policymonitor.workflow.WorkflowFixtures;
import org.policymonitor.workflow.WorkflowIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;

/** The submission page names who must act on each open step; administrators set four eyes per Party. */
@WorkflowIntegrationTest
@ViewPackages(packages = "org.policymonitor")
class WhoMustActViewsTest extends SpringBrowserlessTest {

    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;
    @Autowired
    SecurityContextHolderStrategy securityContextStrategy;
    @Autowired
    SubmissionWorkflow workflow;
    @Autowired
    FourEyesPolicy policy;

    WorkflowFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new WorkflowFixtures(measures, referenceData, accounts, securityContextStrategy);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signInAs(String username) {
        fixtures.signIn(username);
        cleanVaadinEnvironment();
        initVaadinEnvironment();
    }

    private static int rowOf(Grid<FourEyesPolicy.PartySetting> grid, Long partyId) {
        List<FourEyesPolicy.PartySetting> items = grid.getListDataView().getItems().toList();
        for (int row = 0; row < items.size(); row++) {
            if (items.get(row).partyId().equals(partyId)) {
                return row;
            }
        }
        throw new AssertionError("No row for Party " + partyId);
    }

    /** The open tasks listed on the submission page (not the links of the measure's places bar). */
    private List<String> openTasks() {
        return $(ListItem.class).all().stream()
                .filter(li -> li.getParent().flatMap(list -> list.getParent()).filter(MeasurePlaces.class::isInstance)
                        .isEmpty())
                .map(ListItem::getText).toList();
    }

    @Test
    void theSubmissionPageSaysWhoMustActForEachOpenStep() {
        Long id = fixtures.submitted("Who must act (views)", List.of(
                new PartnerRow("MONGOLIAN ARTS COUNCIL", "CIVIL_SOCIETY"),
                new PartnerRow("Ulaanbaatar Craft Guild", "PRIVATE_SECTOR")));
        signInAs("editor");
        navigate("submissions/" + id, SubmissionView.class);
        assertThat(openTasks()).singleElement().asString()
                .startsWith("Review — Who must act: Reviewers of Mongolia — ");

        String review = fixtures.as("reviewer", () -> workflow.inbox(InboxFilter.all())).stream()
                .filter(t -> t.measureId().equals(id)).findFirst().orElseThrow().id();
        fixtures.doAs("reviewer", () -> workflow.complete(review, Decision.APPROVE, null));
        navigate("submissions/" + id, SubmissionView.class);
        assertThat(openTasks()).anySatisfy(text -> assertThat(text)
                .startsWith("Partner confirmation: Mongolian Arts Council — Who must act: Mongolian Arts Council (partner)"))
                .anySatisfy(text -> assertThat(text).startsWith(
                        "Confirm on behalf of Ulaanbaatar Craft Guild (no account) — Who must act: Reviewers of Mongolia"));

        String council = fixtures.as("partner", () -> workflow.inbox(InboxFilter.all())).stream()
                .filter(t -> t.measureId().equals(id)).findFirst().orElseThrow().id();
        fixtures.doAs("partner", () -> workflow.claim(council));
        navigate("submissions/" + id, SubmissionView.class);
        assertThat(openTasks()).anySatisfy(text -> assertThat(text)
                .contains("Who must act: Saraa Gan (Mongolian Arts Council) (partner) (has taken it)"));
    }

    @Test
    void anAdministratorAllowsOnePersonToDoSeveralStepsForAParty() {
        Long mongolia = fixtures.mongolia().getId();
        signInAs("admin");
        navigate("admin/four-eyes", FourEyesView.class);
        @SuppressWarnings("unchecked")
        Grid<FourEyesPolicy.PartySetting> grid = $(Grid.class).single();
        int row = rowOf(grid, mongolia);
        assertThat(grid.getListDataView().getItem(row).samePersonStepsAllowed()).isFalse();
        assertThat(test(grid).getCellText(row, 2)).isEqualTo("Never changed (four eyes required)");
        try {
            test((Checkbox) test(grid).getCellComponent(row, 1)).click();
            assertThat(fixtures.as("admin", () -> policy.settings())).filteredOn(s -> s.partyId().equals(mongolia))
                    .singleElement().satisfies(s -> {
                        assertThat(s.samePersonStepsAllowed()).isTrue();
                        assertThat(s.changedBy()).isEqualTo("admin");
                    });
            row = rowOf(grid, mongolia);
            assertThat(((Checkbox) test(grid).getCellComponent(row, 1)).getValue()).isTrue();
            assertThat(test(grid).getCellText(row, 2)).startsWith("admin, ");
        } finally {
            fixtures.doAs("admin", () -> policy.allowSamePersonSteps(mongolia, false));
        }
    }
}
