package org.policymonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.policymonitor.testsupport.Csv;

/**
 * A measure from the first draft to the public catalogue: the editor is told what is missing, the reviewer
 * returns it with a reason, the editor fixes and resubmits, the reviewer approves, the partner confirms, the
 * evaluator signs off and an anonymous visitor finds it, opens its permalink and downloads it as CSV.
 */
class MeasureJourneyTest extends BrowserJourney {

    static final String TITLE = "Title of the policy/measure";
    static final String AGENCIES = "Responsible ministries or agencies";
    static final String DESCRIPTION = "Describe the main features of the policy/measure:";
    static final String GOALS = "Goal(s) of UNESCO's 2005 Convention";
    static final String AREAS = "Area(s) of Monitoring";
    static final String REQUIRED = "This field is required before submission.";

    @Test
    void aMeasureGoesFromDraftThroughReviewPartnersAndSignOffToTheCatalogue() throws Exception {
        String word = uniqueWord("steppe");
        String descriptionWord = uniqueWord("yurtcinema");
        String title = "Nomadic screens programme " + word;
        String reason = "Please name the second agency that runs the screenings.";
        openBrowser("en");

        // the editor starts a measure with a partner and is told what is missing
        signIn("editor", "demo-editor");
        open("/my-measures");
        click("New measure");
        waitUntil(d -> d.getCurrentUrl().endsWith("/measures/new"));
        assertThat(heading()).isEqualTo("New measure");
        type("vaadin-text-field", TITLE, title);
        click("Add partner");
        choose("Name of partner", "Mongolian Arts Council");
        choose("Type of entity", "Civil society organization (CSO)");
        click("Submit for review");
        waitUntil(d -> toasts().contains("cannot be submitted yet"));
        assertThat(errorOf("vaadin-text-area", DESCRIPTION)).isEqualTo(REQUIRED);
        assertThat(errorOf("vaadin-text-area", AGENCIES)).isEqualTo(REQUIRED);
        assertThat(errorOf("vaadin-checkbox-group", GOALS)).isEqualTo(REQUIRED);
        assertThat(errorOf("vaadin-text-field", TITLE)).isNull();
        String measureId = waitUntil(d -> d.getCurrentUrl().matches(".*/measures/\\d+/edit$") ? d.getCurrentUrl() : null)
                .replaceAll(".*/measures/(\\d+)/edit$", "$1");

        // ... completes it and submits
        type("vaadin-text-area", AGENCIES, "Ministry of Culture, Mongolia");
        type("vaadin-text-area", DESCRIPTION, "Touring open-air cinema for herder families, called "
                + descriptionWord + " by its audience.");
        check(GOALS, "Support sustainable systems of governance for culture");
        check(AREAS, "Cultural and creative sectors");
        answerCrossCuttingQuestions();
        assertThat(errorOf("vaadin-text-area", DESCRIPTION)).isNull();

        // ... attaches the programme as a PDF (the Annexes section) ...
        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("programme", ".pdf");
        java.nio.file.Files.write(pdf, org.policymonitor.annex.AnnexTestData.pdf());
        attachFile("annex-upload", pdf);
        waitUntil(d -> d.findElement(By.id("annex-error")).getText().startsWith("Attached: programme"));
        String annexName = pdf.getFileName().toString();
        assertThat(waitFor(By.cssSelector("#section-annexes .annex-files")).getText()).contains(annexName + " (PDF, 65 B)");
        click("Submit for review");
        click("Submit"); // in the confirmation that lists what will be sent
        waitUntil(d -> toasts().contains("The measure was submitted for review."));

        // the reviewer returns it with a reason (and cannot return it without one)
        openTask("reviewer", "demo-reviewer", title);
        assertAccessible("task page");
        click("Return to editor");
        assertThat(errorOf("vaadin-text-area", "Comment")).isNotBlank();
        type("vaadin-text-area", "Comment", reason);
        decide("return");

        // the editor reads the reason, fixes the measure and submits again
        signOut();
        signIn("editor", "demo-editor");
        open("/notifications");
        waitUntil(d -> bodyText().contains(reason));
        open("/measures/" + measureId + "/edit");
        waitUntil(d -> bodyText().contains("Status: Returned"));
        type("vaadin-text-area", AGENCIES, "\nNational Film Council of Mongolia");
        click("Submit for review");
        click("Submit"); // in the confirmation that lists what will be sent
        waitUntil(d -> toasts().contains("The measure was submitted for review."));

        // the reviewer approves, the partner confirms, the evaluator signs off
        openTask("reviewer", "demo-reviewer", title);
        decide("approve");
        openTask("partner", "demo-partner", title);
        assertThat(heading()).contains("Partner confirmation");
        decide("confirm");
        openTask("evaluator", "demo-evaluator", title);
        decide("sign_off");

        // an anonymous visitor finds it by a word of its description and a facet
        signOut();
        open("/catalogue");
        type("vaadin-text-field", "Search the published measures", descriptionWord);
        waitUntil(d -> d.getCurrentUrl().contains("q=" + descriptionWord));
        waitUntil(d -> bodyText().contains("1 published measures"));
        check("Party", "Mongolia");
        waitUntil(d -> d.getCurrentUrl().contains("party=MN"));
        waitUntil(d -> gridText().contains(title));

        String csvHref = waitFor(By.xpath("//a[normalize-space(.)='CSV']")).getDomProperty("href");
        assertThat(csvHref).contains("q=" + descriptionWord).contains("party=MN");
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(csvHref)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(csv.statusCode()).isEqualTo(200);
        List<List<String>> rows = Csv.parse(csv.body());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).contains(title);

        press(gridLink(title));
        waitUntil(d -> d.getCurrentUrl().endsWith("/catalogue/measures/" + measureId));
        assertThat(heading()).isEqualTo(title);
        assertThat(bodyText()).contains(descriptionWord, "Mongolian Arts Council", "National Film Council of Mongolia");
        assertAccessible("permalink of the new measure");

        // ... with the attached PDF published along, downloadable from the open-data API
        String annexHref = waitFor(By.xpath("//section[@id='section-annexes']//a[normalize-space(.)="
                + xpathLiteral(annexName) + "]")).getDomProperty("href");
        HttpResponse<byte[]> annex = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(annexHref)).GET()
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(annex.statusCode()).isEqualTo(200);
        assertThat(annex.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(annex.body()).isEqualTo(org.policymonitor.annex.AnnexTestData.pdf());
    }

    private boolean inboxChecked;

    /** Signs {@code username} in and opens their task on the measure from the inbox. */
    private void openTask(String username, String password, String title) {
        signOut();
        signIn(username, password);
        open("/inbox?q=" + title.substring(title.lastIndexOf(' ') + 1));
        waitUntil(d -> gridText().contains(title));
        if (!inboxChecked) {
            assertAccessible("inbox with a task");
            inboxChecked = true;
        }
        press(waitFor(By.xpath("//vaadin-button[@aria-label=" + xpathLiteral("Open the task on " + title) + "]")));
        waitUntil(d -> d.getCurrentUrl().contains("/tasks/"));
        waitFor(By.tagName("h2"));
        assertThat(driver.findElement(By.tagName("h2")).getText()).isEqualTo(title);
    }

    private void decide(String decision) {
        press(waitFor(By.id("decision-" + decision)));
        waitUntil(d -> d.getCurrentUrl().contains("/inbox"));
    }

    static String uniqueWord(String prefix) {
        StringBuilder word = new StringBuilder(prefix);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 6; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.append('x').toString();
    }

}
