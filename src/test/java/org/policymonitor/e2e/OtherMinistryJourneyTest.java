package org.policymonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A draft stays inside its ministry: an editor of another ministry neither lists it nor opens it by its link. */
class OtherMinistryJourneyTest extends BrowserJourney {

    @Test
    void anEditorOfAnotherMinistryNeitherSeesNorOpensTheDraft() {
        String word = MeasureJourneyTest.uniqueWord("confidential");
        String title = "Draft festival budget " + word;
        openBrowser("en");

        signIn("editor", "demo-editor");
        open("/measures/new");
        type("vaadin-text-field", MeasureJourneyTest.TITLE, title);
        type("vaadin-text-area", MeasureJourneyTest.DESCRIPTION, "Internal figures, " + word + ", not for other ministries.");
        click("Save");
        String editLink = waitUntil(d -> d.getCurrentUrl().matches(".*/measures/\\d+/edit$") ? d.getCurrentUrl() : null);
        String path = editLink.substring(editLink.indexOf("/measures/"));
        open("/my-measures");
        waitUntil(d -> gridText().contains(title));

        signOut();
        signIn("editor.lt", "demo-editor-lt");
        open("/my-measures");
        waitUntil(d -> gridText().contains("Culture Internationalisation Policy"));
        assertThat(gridText()).doesNotContain(word);

        open(path);
        waitUntil(d -> d.getCurrentUrl().endsWith("/my-measures"));
        waitUntil(d -> toasts().contains("This measure does not exist or belongs to another ministry."));
        assertThat(driver.getPageSource()).doesNotContain(word).doesNotContain("Internal figures");
        assertThat(heading()).isEqualTo("My measures");
    }
}
