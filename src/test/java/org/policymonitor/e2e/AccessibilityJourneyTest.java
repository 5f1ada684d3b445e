package org.policymonitor.e2e;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core on the pages every role works on, at desktop width and at a phone's 390 px (columns hide, rows wrap:
 * another page for axe): no serious or critical violation. Every page is checked before the assertions, so one
 * run lists the violations of all of them.
 */
class AccessibilityJourneyTest extends BrowserJourney {

    @Test
    void thePagesOfEveryRoleHaveNoSeriousOrCriticalViolations() {
        Map<String, List<Axe.Violation>> found = new LinkedHashMap<>();
        openBrowser("en");

        open("/login");
        waitFor(By.tagName("vaadin-login-form"));
        checkAtBothWidths(found, "login");

        open("/catalogue");
        waitFor(By.tagName("vaadin-grid-cell-content"));
        waitUntil(d -> !d.findElements(By.cssSelector("vaadin-grid-cell-content a")).isEmpty());
        checkAtBothWidths(found, "catalogue");

        driver.findElement(By.cssSelector("vaadin-grid-cell-content a")).click();
        waitUntil(d -> d.getCurrentUrl().contains("/catalogue/measures/"));
        waitFor(By.cssSelector(".catalogue-fields"));
        checkAtBothWidths(found, "measure page");

        signIn("editor", "demo-editor");
        open("/measures/new");
        field("vaadin-text-field", "Title of the policy/measure");
        checkAtBothWidths(found, "editor");
        type("vaadin-text-field", "Title of the policy/measure", "Accessible draft");
        click("Submit for review");
        waitUntil(d -> errorOf("vaadin-text-area", "Describe the main features of the policy/measure:") != null);
        checkAtBothWidths(found, "editor with validation messages");
        open("/my-measures");
        waitUntil(d -> gridText().contains("Accessible draft"));
        checkAtBothWidths(found, "my measures");
        open("/notifications");
        waitFor(By.id("notification-list"));
        checkAtBothWidths(found, "notifications");

        signOut();
        signIn("reviewer", "demo-reviewer");
        open("/inbox");
        waitFor(By.tagName("vaadin-grid"));
        checkAtBothWidths(found, "inbox");

        signOut();
        signIn("admin", "demo-admin");
        open("/admin/board");
        waitFor(By.tagName("vaadin-grid"));
        checkAtBothWidths(found, "status board");

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

    /** axe at desktop width, then at 390 px (the page's own resize listeners hide what a phone has no room for). */
    private void checkAtBothWidths(Map<String, List<Axe.Violation>> found, String page) {
        found.put(page, Axe.violations(driver));
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width",
                PhoneWidthJourneyTest.PHONE_WIDTH, "height", PhoneWidthJourneyTest.PHONE_HEIGHT, "deviceScaleFactor", 1,
                "mobile", true));
        try {
            waitForVaadin();
            found.put(page + " at 390 px", Axe.violations(driver));
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            waitForVaadin();
        }
    }
}
