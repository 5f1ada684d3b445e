package org.policymonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.MeasureStatus;
import org.policymonitor.party.Ministry;
import org.policymonitor.party.Party;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.Role;
import org.policymonitor.security.Scope;
import org.policymonitor.testsupport.SignedIn;
import org.policymonitor.workflow.WorkflowFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Four eyes in the browser: an editor who is also a reviewer of their Party finds their own submission in the
 * inbox, opens it, and is told that another person must review it; there is nothing to approve with.
 */
class FourEyesJourneyTest extends BrowserJourney {

    static final String USER = "editor.reviewer";
    static final String PASSWORD = "four-eyes-journey-1";
    static final String REFUSAL = "You submitted this measure, so another person must review, confirm and sign it off"
            + " (four eyes).";

    @Autowired
    AccountService accounts;
    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;

    @Test
    void anEditorWithReviewerRightsCannotApproveTheirOwnSubmission() {
        Party mongolia = referenceData.partyByIso("MN").orElseThrow();
        Ministry culture = referenceData.ministriesOf(mongolia.getId()).stream()
                .filter(m -> m.getName().equals("Ministry of Culture")).findFirst().orElseThrow();
        if (!accounts.exists(USER)) {
            accounts.createUser(USER, "Editor and reviewer, Mongolia", "editor.reviewer@example.org", PASSWORD,
                    Set.of(Role.EDITOR, Role.REVIEWER), Scope.ministry(culture.getId(), mongolia.getId()));
        }
        String title = "Own submission " + MeasureJourneyTest.uniqueWord("foureyes");
        Long cycle = referenceData.cycleByCode("2024-2027").orElseThrow().getId();
        Long id = SignedIn.as(accounts, USER, () -> {
            Long draft = measures.createDraft(mongolia.getId(), culture.getId(), cycle, FormVersion.FORM_2020,
                    WorkflowFixtures.completeContent(title, List.of()), USER).getId();
            measures.submit(draft, USER);
            return draft;
        });

        openBrowser("en");
        signIn(USER, PASSWORD);
        open("/inbox?q=" + title.substring(title.lastIndexOf(' ') + 1));
        waitUntil(d -> gridText().contains(title));
        waitUntil(d -> gridText().contains(REFUSAL));
        assertThat(driver.findElements(By.xpath("//vaadin-button[normalize-space(.)='Claim']"))).isEmpty();

        press(waitFor(By.xpath("//vaadin-button[@aria-label=" + xpathLiteral("Open the task on " + title) + "]")));
        waitUntil(d -> d.getCurrentUrl().contains("/tasks/"));
        assertThat(waitFor(By.id("four-eyes-refusal")).getText()).isEqualTo(REFUSAL);
        assertThat(driver.findElements(By.id("decision-approve"))).isEmpty();
        assertThat(driver.findElements(By.xpath("//vaadin-button[normalize-space(.)='Claim']"))).isEmpty();
        assertAccessible("task page refused by four eyes");
        assertThat(measures.find(id).orElseThrow().getStatus()).isEqualTo(MeasureStatus.IN_REVIEW);
    }
}
