package org.policymonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.testsupport.SignedIn;
import org.policymonitor.workflow.ReportSubmissions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** The report as a PDF, parsed back: every section of the form in the report's language, every measure with its fields. */
@ReportIntegrationTest
class ReportDocumentTest {

    @Autowired
    PeriodicReports reports;
    @Autowired
    ReportSubmissions submissions;
    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;
    @Autowired
    SecurityContextHolderStrategy strategy;

    ReportFixtures fixtures;

    @BeforeEach
    void setUp() {
        SecurityContextHolder.setContextHolderStrategy(strategy);
        fixtures = new ReportFixtures(measures, referenceData, accounts);
    }

    @Test
    void theDocumentHasTheSectionsAndTheMeasuresInTheReportsLanguage() throws IOException {
        ReportFixtures.Cycle cycle = fixtures.freshCycle("pdf");
        ReportDetails loaded = as("reviewer", () -> reports.forCycle(cycle.cycleId()));
        Long id = loaded.report().getId();
        as("reviewer", () -> reports.save(id, loaded.report().getVersion(),
                ReportFixtures.completeContent("Quatre années de politique culturelle en Mongolie.")));
        as("reviewer", () -> reports.choose(id, cycle.publishedA(), true));
        as("reviewer", () -> reports.choose(id, cycle.publishedB(), true));
        as("reviewer", () -> reports.acceptContribution(id, cycle.contribution()));
        as("reviewer", () -> reports.changeLanguage(id, "fr"));

        String text = text(as("reviewer", () -> reports.document(id)));

        assertThat(text).contains("Rapport périodique quadriennal", "Mongolie", cycle.code(), "Sommaire",
                "Informations générales", "Résumé analytique", "Consultation multipartite", "Politiques et mesures",
                "Mesures et initiatives rapportées par les organisations de la société civile",
                "Questions transversales émergentes", "Défis et réalisations", "Annexes", "Annexe statistique");
        assertThat(text).contains("Director of Cultural Policy", "npc@example.org",
                "Quatre années de politique culturelle en Mongolie.", "Survey of artists (PDF).",
                "Cultural employment share", "National Statistics Office", "2022");
        assertThat(text).contains("Touring theatre pdf", "Film heritage archive pdf", "Artists' union mentoring pdf",
                "A programme of the Ministry of Culture of Mongolia.");
        // the draft of the cycle was not chosen: it is not in the document
        assertThat(text).doesNotContain("Music schools draft pdf");
        // the measures' fields carry the labels of the report's language
        assertThat(text).contains("Décrivez les principales caractéristiques");
        assertThat(reports.acceptedDocument(id)).as("not public before it is accepted").isEmpty();
    }

    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString().replace('\u00a0', ' ');
        } finally {
            reader.close();
        }
    }

    private <T> T as(String username, Supplier<T> action) {
        return SignedIn.as(accounts, username, action);
    }
}
