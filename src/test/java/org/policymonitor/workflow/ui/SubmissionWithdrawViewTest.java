package org.policymonitor.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.MeasureStatus;
import org.policymonitor.measure.ui.WithdrawDialog;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.workflow.WorkflowFixtures;
import org.policymonitor.workflow.WorkflowIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;

/** Where a submission stands: its editors may withdraw it there at any step before publication; no one else. */
@WorkflowIntegrationTest
@ViewPackages(packages = "org.policymonitor")
class SubmissionWithdrawViewTest extends SpringBrowserlessTest {

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

    private boolean withdrawShown() {
        return $(Button.class).all().stream().anyMatch(b -> "withdraw-submission".equals(b.getId().orElse(null)));
    }

    @Test
    void theEditorWithdrawsASubmissionInReviewFromWhereItStands() {
        Long id = fixtures.submitted("Withdrawn where it stands", List.of());
        assertThat(measures.find(id).orElseThrow().getStatus()).isEqualTo(MeasureStatus.IN_REVIEW);

        signInAs("reviewer");
        navigate("submissions/" + id, SubmissionView.class);
        assertThat(withdrawShown()).as("a reviewer may not withdraw").isFalse();

        signInAs("editor");
        navigate("submissions/" + id, SubmissionView.class);
        test($(Button.class).id("withdraw-submission")).click();
        WithdrawDialog dialog = $(WithdrawDialog.class).single();
        test($(TextArea.class).from(dialog).single()).setValue("Replaced by a national plan.");
        test($(Button.class).from(dialog).all().stream().filter(b -> b.getText().equals("Withdraw")).findFirst()
                .orElseThrow()).click();

        assertThat(measures.find(id).orElseThrow().getStatus()).isEqualTo(MeasureStatus.WITHDRAWN);
        assertThat(withdrawShown()).as("nothing left to withdraw").isFalse();
    }
}
