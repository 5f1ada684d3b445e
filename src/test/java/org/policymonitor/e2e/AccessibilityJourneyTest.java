package org.policymonitor.e2e;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * axe-core on the pages every role works on: no serious or critical violation. Every page is checked before
 * the assertions, so one run lists the violations of all of them.
 */
class AccessibilityJourneyTest extends BrowserJourney {

    @Test
    void thePagesOfEveryRoleHaveNoSeriousOrCriticalViolations() {
        Map<String, List<Axe.Violation>> found = new LinkedHashMap<>();
        openBrowser("en");

        open("/login");
        waitFor(By.tagName("vaadin-login-form"));
        found.put("login", Axe.seriousViolations(driver));

        open("/catalogue");
        waitFor(By.tagName("vaadin-grid-cell-content"));
        waitUntil(d -> !d.findElements(By.cssSelector("vaadin-grid-cell-content a")).isEmpty());
        found.put("catalogue", Axe.seriousViolations(driver));

        driver.findElement(By.cssSelector("vaadin-grid-cell-content a")).click();
        waitUntil(d -> d.getCurrentUrl().contains("/catalogue/measures/"));
        waitFor(By.cssSelector(".catalogue-fields"));
        found.put("measure page", Axe.seriousViolations(driver));

        signIn("editor", "demo-editor");
        open("/measures/new");
        field("vaadin-text-field", "Title of the policy/measure");
        found.put("editor", Axe.seriousViolations(driver));
        type("vaadin-text-field", "Title of the policy/measure", "Accessible draft");
        click("Submit for review");
        waitUntil(d -> errorOf("vaadin-text-area", "Describe the main features of the policy/measure:") != null);
        found.put("editor with validation messages", Axe.seriousViolations(driver));
        open("/my-measures");
        waitUntil(d -> gridText().contains("Accessible draft"));
        found.put("my measures", Axe.seriousViolations(driver));
        open("/notifications");
        waitFor(By.id("notification-list"));
        found.put("notifications", Axe.seriousViolations(driver));

        signOut();
        signIn("reviewer", "demo-reviewer");
        open("/inbox");
        waitFor(By.tagName("vaadin-grid"));
        found.put("inbox", Axe.seriousViolations(driver));

        signOut();
        signIn("admin", "demo-admin");
        open("/admin/board");
        waitFor(By.tagName("vaadin-grid"));
        found.put("status board", Axe.seriousViolations(driver));

        SoftAssertions softly = new SoftAssertions();
        found.forEach((page, violations) -> softly.assertThat(violations)
                .as("serious or critical axe-core violations on the " + page).isEmpty());
        softly.assertAll();
    }
}
