package org.policymonitor.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.party.Ministry;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.Role;
import org.policymonitor.security.Scope;
import org.policymonitor.workflow.InboxFilter;
import org.policymonitor.workflow.ReassignCandidate;
import org.policymonitor.workflow.SubmissionWorkflow;
import org.policymonitor.workflow.TaskView;
import org.policymonitor.workflow.WorkflowFixtures;
import org.policymonitor.workflow.WorkflowIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;

/**
 * On the task page an administrator gives a task to someone chosen by name among the users entitled to it now:
 * the right role and scope, active, and not kept from it by four eyes (its submitter).
 */
@WorkflowIntegrationTest
@ViewPackages(packages = "org.policymonitor")
class ReassignChoiceViewTest extends SpringBrowserlessTest {

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

    private void account(String username, Set<Role> roles, Scope scope) {
        fixtures.doAs("admin", () -> accounts.createUser(username, "Test " + username, null, "a-long-password-1",
                roles, scope));
    }

    @Test
    void theNewHolderIsChosenAmongTheEntitledUsersOnly() {
        Long mongolia = fixtures.mongolia().getId();
        Long lithuania = referenceData.partyByIso("LT").orElseThrow().getId();
        Ministry culture = referenceData.ministriesOf(mongolia).stream()
                .filter(m -> m.getName().equals("Ministry of Culture")).findFirst().orElseThrow();
        account("rc.submitter", Set.of(Role.EDITOR, Role.REVIEWER), Scope.ministry(culture.getId(), mongolia));
        account("rc.colleague", Set.of(Role.REVIEWER), Scope.party(mongolia));
        account("rc.abroad", Set.of(Role.REVIEWER), Scope.party(lithuania));
        account("rc.gone", Set.of(Role.REVIEWER), Scope.party(mongolia));
        fixtures.doAs("admin", () -> accounts.setEnabled(accounts.users().stream()
                .filter(u -> u.username().equals("rc.gone")).findFirst().orElseThrow().id(), false));

        Long cycle = referenceData.cycleByCode("2024-2027").orElseThrow().getId();
        Long id = fixtures.as("rc.submitter", () -> measures.createDraft(mongolia, culture.getId(), cycle,
                FormVersion.FORM_2020, WorkflowFixtures.completeContent("Reassigned by name", List.of()),
                "rc.submitter").getId());
        fixtures.doAs("rc.submitter", () -> measures.submit(id, "rc.submitter"));
        String task = fixtures.as("reviewer", () -> workflow.inbox(InboxFilter.all())).stream()
                .filter(t -> t.measureId().equals(id)).findFirst().orElseThrow().id();

        signInAs("admin");
        navigate("tasks/" + task, TaskPage.class);
        TaskPage page = $(TaskPage.class).single();
        List<String> offered = page.reassignTo.getListDataView().getItems().map(ReassignCandidate::username).toList();
        assertThat(offered).contains("reviewer", "rc.colleague")
                .doesNotContain("rc.submitter", "rc.abroad", "rc.gone", "editor", "evaluator", "partner", "admin");
        assertThat(page.reassignTo.getElement().getTag()).isEqualTo("vaadin-combo-box");

        Button reassign = $(Button.class).all().stream().filter(b -> b.getText().equals("Reassign")).findFirst()
                .orElseThrow();
        test(reassign).click();
        assertThat(page.reassignTo.isInvalid()).as("nobody chosen").isTrue();

        test(page.reassignTo).selectItem("Test rc.colleague (rc.colleague)");
        test(reassign).click();
        TaskView given = fixtures.as("rc.colleague", () -> workflow.inbox(InboxFilter.all())).stream()
                .filter(t -> t.id().equals(task)).findFirst().orElseThrow();
        assertThat(given.assignee()).isEqualTo("rc.colleague");
    }
}
