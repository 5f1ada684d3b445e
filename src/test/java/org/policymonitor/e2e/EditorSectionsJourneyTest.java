package org.policymonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * The editor as the sections of the official form, in a browser: a measure filled in section by section while
 * the outline follows, the outline's links move the focus to their section, the action bar stays in sight while
 * the form scrolls, toasts cover none of its buttons, Submit asks first and lists what is sent; at 390 px the
 * outline folds above the form and nothing is wider than the screen. Screenshots (EN, FR; desktop, 390 px) go
 * to target/screenshots.
 */
class EditorSectionsJourneyTest extends BrowserJourney {

    static final String TITLE = "Title of the policy/measure";
    static final String AGENCIES = "Responsible ministries or agencies";
    static final String DESCRIPTION = "Describe the main features of the policy/measure:";
    static final String BUDGET = "Financial resources allocated to the policy/measure in USD:";
    static final String EVALUATED = "Has the implementation of the policy/measure been evaluated?:";
    static final String GOALS = "Goal(s) of UNESCO's 2005 Convention";
    static final String AREAS = "Area(s) of Monitoring";
    static final String DOMAINS = "Cultural Domain(s)";

    @Test
    void aMeasureIsFilledInSectionBySectionAndSubmittedAfterConfirming() throws IOException {
        String title = "Sectioned film fund " + MeasureJourneyTest.uniqueWord("s");
        openBrowser("en");
        signIn("editor", "demo-editor");
        open("/measures/new");
        assertThat(heading()).isEqualTo("New measure");
        assertThat(outlineState("general")).isEqualTo("Required information missing · 0 of 2 filled in");

        // General information
        jumpTo("general");
        type("vaadin-text-field", TITLE, title);
        type("vaadin-text-area", AGENCIES, "Ministry of Culture, Mongolia");
        waitUntil(d -> outlineState("general").equals("Complete · 2 of 2 filled in"));

        // Description and results: unsaved and completeness follow the typing itself, before the field is left
        jumpTo("description");
        String before = completeness();
        field("vaadin-text-area", DESCRIPTION).findElement(By.tagName("textarea"))
                .sendKeys("Mobile cinema for herder families.");
        waitUntil(d -> outlineState("description").startsWith("Recommended information missing · 1 of 3"));
        assertThat(saveState()).isEqualTo("Unsaved changes");
        assertThat(completeness()).isNotEqualTo(before);

        // Resources, Partners, Evaluation
        jumpTo("resources");
        type("vaadin-text-area", BUDGET, "65 000");
        jumpTo("partners");
        click("Add partner");
        choose("Name of partner", "Mongolian Arts Council");
        choose("Type of entity", "Civil society organization (CSO)");
        waitUntil(d -> outlineState("partners").startsWith("Complete"));
        jumpTo("evaluation");
        press(waitUntil(d -> field("vaadin-radio-group", EVALUATED).findElements(By.tagName("vaadin-radio-button"))
                .stream().filter(r -> r.getText().strip().equals("No")).findFirst().orElse(null))
                .findElement(By.tagName("input")));
        waitUntil(d -> outlineState("evaluation").startsWith("Complete"));

        // Goals, areas and domains
        jumpTo("classification");
        check(GOALS, "Support sustainable systems of governance for culture");
        check(AREAS, "Cultural and creative sectors");
        check(DOMAINS, "Music");
        waitUntil(d -> outlineState("classification").startsWith("Complete"));

        // Cross-cutting issues: three yes/no questions and the SDGs
        jumpTo("cross_cutting");
        answerCrossCuttingQuestions();
        check("Sustainable Development Goals the policy/measure contributes to", "5. Gender equality");
        waitUntil(d -> outlineState("cross_cutting").equals("Complete · 4 of 4 filled in"));

        // the bar stays in sight at the bottom of the form; a toast covers none of its buttons
        js("document.querySelector('.editor-form').lastElementChild.scrollIntoView({block: 'end'});");
        assertBarInSight();
        click("Save");
        waitUntil(d -> toasts().contains("Saved."));
        assertThat(js("""
                const bad = [...document.querySelectorAll('#editor-action-bar vaadin-button')].map(b => b.getBoundingClientRect());
                return [...document.querySelectorAll('vaadin-notification-card')].map(c => c.getBoundingClientRect())
                  .some(t => bad.some(b => t.left < b.right && b.left < t.right && t.top < b.bottom && b.top < t.bottom));
                """)).as("a toast covers a button of the bar").isEqualTo(Boolean.FALSE);
        assertNoHorizontalOverflow();
        screenshot("editor-desktop-en");

        // Submit asks first and lists what will be sent
        dismissToasts();
        click("Submit for review");
        WebElement dialog = waitFor(By.cssSelector("vaadin-dialog[opened]"));
        waitUntil(d -> dialog.getText().contains(title));
        assertThat(dialog.getText()).contains("Ministry of Culture", "2024-2027", "91 % complete",
                "General information: Complete", "Goals, areas and domains: Complete",
                "Cross-cutting issues: Complete");
        assertThat(bodyText()).contains("Status: Draft");
        click("Submit");
        waitUntil(d -> toasts().contains("The measure was submitted for review."));

        // at phone width: the outline is folded above the form, nothing is wider than the screen
        driver.manage().window().setSize(new Dimension(390, 844));
        open("/measures/new");
        waitUntil(d -> Boolean.FALSE.equals(js("return document.querySelector('vaadin-details.editor-outline').opened;")));
        assertThat((Boolean) js("""
                const outline = document.querySelector('vaadin-details.editor-outline').getBoundingClientRect();
                return outline.bottom <= document.querySelector('.editor-form').getBoundingClientRect().top + 1;
                """)).as("outline above the form").isTrue();
        type("vaadin-text-field", TITLE, "Phone draft");
        click("Add partner");
        assertNoHorizontalOverflow();
        screenshot("editor-390-en");
        js("document.querySelector('.editor-form').lastElementChild.scrollIntoView({block: 'end'});");
        assertBarInSight();

        // the same in French, at both widths
        for (Map.Entry<String, Dimension> size : List.of(Map.entry("390", new Dimension(390, 844)),
                Map.entry("desktop", new Dimension(1280, 900)))) {
            driver.manage().window().setSize(size.getValue());
            open("/measures/new?lang=fr");
            waitUntil(d -> heading().equals("Nouvelle mesure"));
            type("vaadin-text-field", "Titre de la politique/mesure", "Fonds pour le cinéma");
            waitUntil(d -> outlineState("general").startsWith("Information requise manquante · 1 sur 2"));
            assertNoHorizontalOverflow();
            screenshot("editor-" + size.getKey() + "-fr");
        }
    }

    /** Clicks the outline's link to a section; the focus lands on the section's heading, below the bar. */
    private void jumpTo(String section) {
        js("document.querySelector('vaadin-details.editor-outline').opened = true;");
        press(waitFor(By.id("outline-section-" + section)));
        waitUntil(d -> Boolean.TRUE.equals(js("""
                const h = document.getElementById(arguments[0]);
                const bar = document.getElementById('editor-action-bar').getBoundingClientRect();
                const top = h.getBoundingClientRect().top;
                return document.activeElement === h && top >= bar.bottom - 1 && top < window.innerHeight;
                """, "section-" + section + "-heading")));
    }

    private String outlineState(String section) {
        // textContent: on a phone the outline may be folded, and a folded text is still the outline's state
        return ((String) js("return document.querySelector(arguments[0]).textContent;",
                "#outline-section-" + section + " .editor-outline-state")).strip();
    }

    private String saveState() {
        return driver.findElement(By.id("save-state")).getText().strip();
    }

    private String completeness() {
        return driver.findElement(By.id("completeness-text")).getText().strip();
    }

    private void assertBarInSight() {
        assertThat((Boolean) js("""
                const form = document.querySelector('.editor-form').getBoundingClientRect();
                const buttons = [...document.querySelectorAll('#editor-action-bar vaadin-button')]
                    .filter(b => b.offsetParent !== null).map(b => b.getBoundingClientRect());
                return form.top < 0 && buttons.length > 0
                    && buttons.every(b => b.top >= 0 && b.bottom <= window.innerHeight);
                """)).as("the form scrolled and the bar's buttons are in sight").isTrue();
    }

    private void assertNoHorizontalOverflow() {
        assertThat((Boolean) js("""
                const content = document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[content]');
                return document.documentElement.scrollWidth <= window.innerWidth
                    && (!content || content.scrollWidth <= content.clientWidth);
                """)).as("no horizontal overflow at " + js("return window.innerWidth;") + " px").isTrue();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private void screenshot(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
