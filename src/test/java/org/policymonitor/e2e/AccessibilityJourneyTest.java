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
        found.put("login", Axe.violations(driver));

        open("/catalogue");
        waitFor(By.tagName("vaadin-grid-cell-content"));
        waitUntil(d -> !d.findElements(By.cssSelector("vaadin-grid-cell-content a")).isEmpty());
        found.put("catalogue", Axe.violations(driver));

        driver.findElement(By.cssSelector("vaadin-grid-cell-content a")).click();
        waitUntil(d -> d.getCurrentUrl().contains("/catalogue/measures/"));
        waitFor(By.cssSelector(".catalogue-fields"));
        found.put("measure page", Axe.violations(driver));

        signIn("editor", "demo-editor");
        open("/measures/new");
        field("vaadin-text-field", "Title of the policy/measure");
        found.put("editor", Axe.violations(driver));
        type("vaadin-text-field", "Title of the policy/measure", "Accessible draft");
        click("Submit for review");
        waitUntil(d -> errorOf("vaadin-text-area", "Describe the main features of the policy/measure:") != null);
        found.put("editor with validation messages", Axe.violations(driver));
        open("/my-measures");
        waitUntil(d -> gridText().contains("Accessible draft"));
        found.put("my measures", Axe.violations(driver));
        open("/notifications");
        waitFor(By.id("notification-list"));
        found.put("notifications", Axe.violations(driver));

        signOut();
        signIn("reviewer", "demo-reviewer");
        open("/inbox");
        waitFor(By.tagName("vaadin-grid"));
        found.put("inbox", Axe.violations(driver));

        signOut();
        signIn("admin", "demo-admin");
        open("/admin/board");
        waitFor(By.tagName("vaadin-grid"));
        found.put("status board", Axe.violations(driver));

        // the rest (moderate, minor) goes to the test report for whoever works on accessibility next
        found.forEach((page, violations) -> violations.forEach(v -> System.out.println("axe " + page + ": " + v)));
        SoftAssertions softly = new SoftAssertions();
        found.forEach((page, violations) -> {
            softly.assertThat(violations).filteredOn(v -> "serious".equals(v.impact()) || "critical".equals(v.impact()))
                    .as("serious or critical axe-core violations on the " + page).isEmpty();
            // moderate, but ours to keep: one main landmark (the routed view), a banner (the navbar), the
            // navigation; only Vaadin's own connection indicator, appended to <body> by Vaadin, is outside them
            softly.assertThat(violations).filteredOn(v -> v.id().startsWith("landmark-") || v.id().equals("region")
                    && !v.targets().stream().allMatch(t -> t.equals("vaadin-connection-indicator")))
                    .as("landmark violations on the " + page).isEmpty();
        });
        softly.assertAll();
    }
}
