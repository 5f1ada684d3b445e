package org.policymonitor.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;

/**
 * The pages of every role at a phone's width (390 x 844): nothing reaches past the right edge of the screen
 * (the page, the scrolling content area or a grid), and axe-core finds no serious or critical violation there.
 * Screenshots of the catalogue, the board and the statistics at desktop and phone width, in English and French,
 * go to {@code target/screenshots/}. Every page is checked before the assertions, so one run lists them all.
 */
class PhoneWidthJourneyTest extends BrowserJourney {

    static final int PHONE_WIDTH = 390;
    static final int PHONE_HEIGHT = 844;

    /**
     * What reaches past the right edge: the document, the app layout's scrolling content area, a grid that
     * scrolls sideways, or an element of the page whose box ends beyond the screen. Inside a region that is
     * meant to scroll on its own and can take the focus (a chart's {@code .scroll-region}) nothing counts.
     */
    List<String> overflow() {
        return overflow(true);
    }

    /**
     * @param grids whether a grid that scrolls sideways counts: the grids of My measures and the inbox (the
     *              measure and workflow modules) do not hide columns yet; their page must still fit
     */
    @SuppressWarnings("unchecked")
    List<String> overflow(boolean grids) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const width = window.innerWidth;
                const found = [];
                const root = document.documentElement;
                if (root.scrollWidth > width) { found.push('document ' + root.scrollWidth + ' > ' + width); }
                const layout = document.querySelector('vaadin-app-layout');
                const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[content]');
                if (content && content.scrollWidth > content.clientWidth + 1) {
                    found.push('content area ' + content.scrollWidth + ' > ' + content.clientWidth);
                }
                document.querySelectorAll(arguments[0] ? 'vaadin-grid' : 'none').forEach(grid => {
                    const table = grid.shadowRoot && grid.shadowRoot.querySelector('#table');
                    if (grid.offsetParent !== null && table && table.scrollWidth > table.clientWidth + 1) {
                        found.push('grid ' + (grid.getAttribute('aria-label') || '') + ' scrolls sideways '
                            + table.scrollWidth + ' > ' + table.clientWidth);
                    }
                });
                const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                    + ' "' + (e.textContent || '').trim().slice(0, 30) + '"';
                document.querySelectorAll('#main-content *').forEach(e => {
                    if (e.closest('vaadin-grid, .scroll-region')) { return; }
                    const box = e.getBoundingClientRect();
                    if (box.width > 0 && box.height > 0 && box.right > width + 1) {
                        found.push(describe(e) + ' ends at ' + Math.round(box.right));
                    }
                });
                return found.slice(0, 8);
                """, grids);
    }

    void phoneWidth() {
        ((org.openqa.selenium.chrome.ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT, "deviceScaleFactor", 1, "mobile", true));
    }

    void desktopWidth() {
        ((org.openqa.selenium.chrome.ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride",
                Map.of());
    }

    void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void openCatalogue(String query) {
        open("/catalogue" + query);
        waitUntil(d -> !d.findElements(By.cssSelector("vaadin-grid-cell-content a")).isEmpty());
    }

    private void openStatistics(String query) {
        open("/catalogue/statistics" + query);
        waitFor(By.cssSelector(".catalogue-series svg"));
    }

    private void openBoard(String query) {
        open("/admin/board" + query);
        waitFor(By.tagName("vaadin-grid"));
    }

    @Test
    void everyPageFitsAPhoneScreenAndHasNoSeriousViolationThere() {
        Map<String, List<String>> overflow = new LinkedHashMap<>();
        Map<String, List<Axe.Violation>> violations = new LinkedHashMap<>();
        openBrowser("en");
        phoneWidth();

        openCatalogue("");
        check("catalogue", overflow, violations);
        press(waitUntil(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content a")).stream().findFirst()
                .orElse(null)));
        waitUntil(d -> d.getCurrentUrl().contains("/catalogue/measures/"));
        waitFor(By.cssSelector(".catalogue-fields"));
        check("public measure page", overflow, violations);
        openStatistics("");
        check("statistics", overflow, violations);

        signIn("editor", "demo-editor");
        open("/my-measures");
        waitFor(By.tagName("vaadin-grid"));
        waitUntil(d -> !d.findElements(By.cssSelector("vaadin-grid-cell-content")).isEmpty());
        check("my measures", overflow, violations);
        signOutKeepsItsMargin(overflow, "my measures");

        signOut();
        signIn("reviewer", "demo-reviewer");
        open("/inbox");
        waitFor(By.tagName("vaadin-grid"));
        check("inbox", overflow, violations);

        signOut();
        signIn("admin", "demo-admin");
        openBoard("");
        check("status board", overflow, violations);

        overflow.forEach((page, found) -> found.forEach(f -> System.out.println("overflow " + page + ": " + f)));
        violations.forEach((page, found) -> found.forEach(v -> System.out.println("axe 390px " + page + ": " + v)));
        SoftAssertions softly = new SoftAssertions();
        overflow.forEach((page, found) -> softly.assertThat(found)
                .as("what reaches past the right edge of a 390 px screen on the " + page).isEmpty());
        violations.forEach((page, found) -> softly.assertThat(found)
                .filteredOn(v -> "serious".equals(v.impact()) || "critical".equals(v.impact()))
                .as("serious or critical axe-core violations at 390 px on the " + page).isEmpty());
        softly.assertAll();
    }

    /** Sign out, the header's last control, keeps a thumb's margin from the screen's right edge. */
    private void signOutKeepsItsMargin(Map<String, List<String>> overflow, String page) {
        Number right = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('sign-out').getBoundingClientRect().right;");
        if (right.doubleValue() > PHONE_WIDTH - 8) {
            overflow.computeIfAbsent(page + " header", k -> new java.util.ArrayList<>())
                    .add("sign out ends at " + right + ", less than 8 px from the edge");
        } else {
            overflow.putIfAbsent(page + " header", List.of());
        }
    }

    private void check(String page, Map<String, List<String>> overflow, Map<String, List<Axe.Violation>> violations) {
        check(page, overflow, violations, true);
    }

    private void check(String page, Map<String, List<String>> overflow, Map<String, List<Axe.Violation>> violations,
            boolean grids) {
        overflow.put(page, overflow(grids));
        violations.put(page, Axe.violations(driver));
    }

    @Test
    void theCatalogueTheBoardAndTheStatisticsArePhotographedAtDesktopAndPhoneWidthInEnglishAndFrench() {
        openBrowser("en");
        signIn("admin", "demo-admin");
        SoftAssertions softly = new SoftAssertions();
        for (String lang : List.of("en", "fr")) {
            for (boolean phone : List.of(false, true)) {
                if (phone) {
                    phoneWidth();
                } else {
                    desktopWidth();
                }
                String suffix = "-" + (phone ? "390px" : "desktop") + "-" + lang;
                openCatalogue("?lang=" + lang);
                screenshot("catalogue" + suffix);
                openBoard("?lang=" + lang);
                screenshot("board" + suffix);
                if (phone) {
                    softly.assertThat(overflow()).as("board at 390 px in " + lang).isEmpty();
                }
                openStatistics("?lang=" + lang);
                screenshot("statistics" + suffix);
                if (phone) {
                    softly.assertThat(overflow()).as("statistics at 390 px in " + lang).isEmpty();
                }
            }
        }
        softly.assertAll();
    }
}
