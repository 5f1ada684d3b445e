package org.policymonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.Role;
import org.policymonitor.security.Scope;
import org.policymonitor.testsupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/** A reviewer's open page: an administrator deactivates the account, and the reviewer's next click lands on sign-in. */
class DeactivatedSessionJourneyTest extends BrowserJourney {

    @Autowired
    AccountService accounts;
    @Autowired
    ReferenceData referenceData;

    @Test
    void aDeactivatedUsersNextClickLandsOnSignIn() {
        String username = "journey." + MeasureJourneyTest.uniqueWord("deactivated").toLowerCase();
        Long id = accounts.createUser(username, "Journey Reviewer", null, "journey-password-1", Set.of(Role.REVIEWER),
                Scope.party(referenceData.partyByIso("MN").orElseThrow().getId())).id();
        openBrowser("en");
        signIn(username, "journey-password-1");
        open("/account");
        assertThat(heading()).isEqualTo("My account");

        SignedIn.as(accounts, "admin", () -> accounts.setEnabled(id, false));

        click("Change password");
        waitUntil(d -> d.getCurrentUrl().endsWith("/login") ? true : null);
        assertThat(waitFor(By.cssSelector("vaadin-login-form")).isDisplayed()).isTrue();
        assertThat(bodyText()).doesNotContain("Journey Reviewer");

        // and the account page by its address stays closed
        open("/account");
        waitUntil(d -> d.getCurrentUrl().endsWith("/login") ? true : null);
    }
}
