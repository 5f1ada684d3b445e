package org.policymonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.policymonitor.measure.Evaluation;
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.party.Party;
import org.policymonitor.party.ReferenceData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;

/**
 * Mongolia's periodic report for 2012-2015 from empty to accepted: the coordinator is told what is missing, fills
 * the sections, picks the Party's two published measures and accepts a civil-society contribution, submits; the
 * Secretariat returns it with a reason; the coordinator reads the reason, fixes, resubmits; the Secretariat
 * accepts; the public report page lists the three measures. Its own context: it adds a published measure.
 */
@TestPropertySource(properties = "policymonitor.test.context=report-journey")
class ReportJourneyTest extends BrowserJourney {

    static final String MEASURE_A = "Technical cooperation among specialists working in cultural and creative industries";
    static final String MEASURE_B = "Bilateral policy dialogues with cultural authorities of other countries";
    static final String REQUIRED = "This field is required before submission.";

    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;

    @Test
    void aReportGoesFromEmptyToAcceptedWithTwoMeasuresAndACivilSocietyContribution() throws Exception {
        String contribution = "Artists' union mentoring " + MeasureJourneyTest.uniqueWord("union");
        importContribution(contribution);
        String reason = "Please say which artists' unions took part in the consultation.";
        openBrowser("en");

        // the coordinator opens the empty report and is told what is missing
        signIn("reviewer", "demo-reviewer");
        open("/periodic-report?cycle=2012-2015");
        assertThat(heading()).isEqualTo("Periodic report");
        waitUntil(d -> bodyText().contains("Status: Draft"));
        assertAccessible("periodic report (coordinator)");
        assertThat(bodyText()).contains(MEASURE_A, MEASURE_B, contribution);
        click("Submit to the Secretariat");
        waitUntil(d -> toasts().contains("cannot be submitted yet"));
        assertThat(errorOf("vaadin-text-field", "E-mail")).isEqualTo(REQUIRED);
        assertThat(errorOf("vaadin-text-area", "Executive summary")).isEqualTo(REQUIRED);
        assertThat(textOf("missing-MEASURES"))
                .contains("Choose at least one published measure.");

        // ... fills the sections, picks two measures and the contribution, and submits
        type("vaadin-text-field", "Officially designated contact: name and title", "Director of Cultural Policy");
        type("vaadin-text-field", "Address", "Government Building 8, Ulaanbaatar");
        type("vaadin-text-field", "Phone", "+976 11 123456");
        type("vaadin-text-field", "E-mail", "not-an-address");
        click("Save");
        waitUntil(d -> "Enter an e-mail address such as name@example.org.".equals(errorOf("vaadin-text-field", "E-mail")));
        WebElement email = field("vaadin-text-field", "E-mail").findElement(By.tagName("input"));
        email.clear();
        type("vaadin-text-field", "E-mail", "npc@example.org");
        type("vaadin-text-area", "Executive summary", "Four years of cultural policy in Mongolia.");
        type("vaadin-text-area", "Describe the multi-stakeholder consultation: who took part and how",
                "Three workshops with ministries and NGOs.");
        type("vaadin-text-area", "Emerging transversal issues", "Digital platforms.");
        type("vaadin-text-area", "Challenges and achievements", "Touring reached every aimag.");
        include(MEASURE_A);
        include(MEASURE_B);
        click("Accept into the report");
        waitUntil(d -> textOf("missing-CIVIL_SOCIETY").isEmpty()
                && bodyText().contains("In the report"));
        waitUntil(d -> textOf("report-outline").contains("Policies and measures — ✓ Complete"));
        click("Submit to the Secretariat");
        waitUntil(d -> bodyText().contains("Submit the report to the Secretariat?"));
        assertThat(bodyText()).contains("Measures in the report (3):");
        click("Submit");
        waitUntil(d -> toasts().contains("The report was submitted to the Secretariat."));
        waitUntil(d -> bodyText().contains("Status: Submitted to the Secretariat"));

        // the Secretariat returns it with a reason (not without one)
        signOut();
        signIn("admin", "demo-admin");
        open("/admin/reports");
        waitUntil(d -> bodyText().contains("Mongolia 2012-2015"));
        assertAccessible("submitted reports (Secretariat)");
        press(waitFor(By.xpath("//vaadin-button[@aria-label='Return the report Mongolia 2012-2015']")));
        press(waitFor(By.id("confirm-return")));
        assertThat(errorOf("vaadin-text-area", "Reason for the coordinator")).isEqualTo("A reason is required.");
        type("vaadin-text-area", "Reason for the coordinator", reason);
        press(waitFor(By.id("confirm-return")));
        waitUntil(d -> toasts().contains("The report was returned to its coordinator."));

        // the coordinator sees the reason, fixes and resubmits
        signOut();
        signIn("reviewer", "demo-reviewer");
        open("/notifications");
        waitUntil(d -> bodyText().contains(reason));
        open("/periodic-report?cycle=2012-2015");
        waitUntil(d -> bodyText().contains("Status: Returned"));
        assertThat(textOf("report-returns")).contains(reason, "admin");
        type("vaadin-text-area", "Describe the multi-stakeholder consultation: who took part and how",
                " The artists' unions of music and film took part.");
        click("Submit to the Secretariat");
        click("Submit");
        waitUntil(d -> toasts().contains("The report was submitted to the Secretariat."));

        // the Secretariat accepts
        signOut();
        signIn("admin", "demo-admin");
        open("/admin/reports");
        press(waitFor(By.xpath("//vaadin-button[@aria-label='Accept the report Mongolia 2012-2015']")));
        waitUntil(d -> toasts().contains("The report was accepted."));

        // the public finds the report, its measures and their public records
        signOut();
        open("/reports");
        press(waitFor(By.xpath("//a[normalize-space(.)='Mongolia — 2012-2015']")));
        waitUntil(d -> d.getCurrentUrl().matches(".*/reports/\\d+$"));
        assertThat(heading()).isEqualTo("Mongolia — 2012-2015");
        assertThat(bodyText()).contains("Director of Cultural Policy", "Four years of cultural policy in Mongolia.",
                MEASURE_A, MEASURE_B, contribution);
        assertAccessible("public periodic report");
        String reportId = driver.getCurrentUrl().replaceAll(".*/reports/(\\d+)$", "$1");
        HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/reports/" + reportId)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("\"cycle\":\"2012-2015\"", contribution.replace("'", "'"));
        press(waitFor(By.xpath("//a[normalize-space(.)=" + xpathLiteral(MEASURE_A) + "]")));
        waitUntil(d -> d.getCurrentUrl().contains("/catalogue/measures/"));
        assertThat(heading()).isEqualTo(MEASURE_A);
    }

    /** The text of the element with this id, shown or scrolled away. */
    private String textOf(String id) {
        return driver.findElement(By.id(id)).getDomProperty("textContent");
    }

    /** Ticks the measure's checkbox in the measures section. */
    private void include(String title) {
        WebElement box = waitUntil(d -> d.findElements(By.tagName("vaadin-checkbox")).stream()
                .filter(c -> c.getText().strip().equals(title)).findFirst().orElse(null));
        press(box.findElement(By.tagName("input")));
        waitUntil(d -> d.findElements(By.tagName("vaadin-checkbox")).stream()
                .anyMatch(c -> c.getText().strip().equals(title) && c.getDomAttribute("checked") != null));
    }

    /** A published measure of Mongolia for 2012-2015 reported by civil society (what the civil-society form sends). */
    private void importContribution(String title) {
        SecurityContextHolder.clearContext();
        Party mongolia = referenceData.partyByIso("MN").orElseThrow();
        Long ministry = referenceData.ministryOf(mongolia, "Ministry of Culture").getId();
        Long cycle = referenceData.cycleByCode("2012-2015").orElseThrow().getId();
        measures.importAsPublished(mongolia.getId(), ministry, cycle, FormVersion.FORM_2012,
                new MeasureContent(title, List.of("Union of Mongolian Artists"), "Mentoring of young artists by members.",
                        null, "Forty mentees.", null, (BigDecimal) null, List.of(), Evaluation.NO, null,
                        Set.of("GOVERNANCE"), Set.of(), Set.of("MUSIC"), null, null, null, null, null, null, null),
                true, "system");
    }
}
