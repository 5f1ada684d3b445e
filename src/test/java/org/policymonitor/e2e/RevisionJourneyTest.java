package org.policymonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.CurrentUser;
import org.policymonitor.workflow.WorkflowFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An editor revises a published measure from My measures: the public page keeps the published version while the
 * revision goes through review and sign-off, then shows the next version with the first in its version list, and
 * search finds the measure once.
 */
class RevisionJourneyTest extends BrowserJourney {

    @Autowired
    MeasureService measures;
    @Autowired
    AccountService accounts;
    @Autowired
    ReferenceData referenceData;

    @Test
    void aPublishedMeasureIsRevisedAndPublishedAsItsNextVersion() {
        String word = MeasureJourneyTest.uniqueWord("marionette");
        String title = "Puppet theatre tours " + word;
        CurrentUser editor = accounts.find("editor").orElseThrow();
        Long id = measures.importAsPublished(editor.scope().partyId(), editor.scope().ministryId(),
                referenceData.cycles().getFirst().getId(), FormVersion.FORM_2020,
                WorkflowFixtures.completeContent(title, List.of()), false, "editor").measureId();
        openBrowser("en");

        // the editor starts a revision from My measures, after a confirmation
        signIn("editor", "demo-editor");
        open("/my-measures");
        press(waitFor(By.xpath("//vaadin-button[@aria-label=" + xpathLiteral("Revise: " + title) + "]")));
        waitUntil(d -> bodyText().contains("The public keeps seeing the published version"));
        click("Start a revision");
        waitUntil(d -> d.getCurrentUrl().endsWith("/measures/" + id + "/edit"));
        type("vaadin-text-field", MeasureJourneyTest.TITLE, ", second season");
        click("Submit for review");
        click("Submit"); // in the confirmation that lists what will be sent
        waitUntil(d -> toasts().contains("The measure was submitted for review."));

        // meanwhile the public still sees version 1
        signOut();
        open("/catalogue/measures/" + id);
        assertThat(heading()).isEqualTo(title);

        approve("reviewer", "demo-reviewer", title + ", second season", "approve");
        approve("evaluator", "demo-evaluator", title + ", second season", "sign_off");

        // the public page shows version 2 and links version 1; search finds the measure once
        signOut();
        open("/catalogue/measures/" + id);
        assertThat(heading()).isEqualTo(title + ", second season");
        assertThat(bodyText()).contains("Published versions").contains("Version 2, published on")
                .contains("Version 1, published on");
        open("/catalogue?q=" + word);
        waitUntil(d -> bodyText().contains("1 published measures"));
        assertThat(gridText()).contains(title + ", second season");
    }

    /** Signs the user in, opens the task on the measure from the inbox and takes the decision. */
    private void approve(String username, String password, String title, String decision) {
        signOut();
        signIn(username, password);
        open("/inbox?q=" + title.substring(title.indexOf("marionette"), title.indexOf(',')));
        press(waitFor(By.xpath("//vaadin-button[@aria-label=" + xpathLiteral("Open the task on " + title) + "]")));
        waitUntil(d -> d.getCurrentUrl().contains("/tasks/"));
        press(waitFor(By.id("decision-" + decision)));
        waitUntil(d -> d.getCurrentUrl().contains("/inbox"));
    }
}
