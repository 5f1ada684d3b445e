package org.policymonitor.importer;

import org.policymonitor.measure.FormVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.policymonitor.importer.ImportFixtures.assertText;
import static org.policymonitor.importer.ImportFixtures.measure;
import static org.policymonitor.importer.ImportFixtures.parse;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The five real exports, every field checked. */
class SeedImportTest {

    private static final String CULTURE_INTERNATIONALISATION = "/seeds/000_b7b0f3b7321af515.txt";
    private static final String TECHNICAL_COOPERATION = "/seeds/001_dd720f746637563e.txt";
    private static final String BILATERAL_DIALOGUES = "/seeds/002_6d3bcdde4541072f.txt";
    private static final String CULTURAL_INDUSTRY_PROGRAM = "/seeds/003_0b07f3f83ff46fe6.txt";
    private static final String CIVIL_SOCIETY_CONSULTATION = "/seeds/004_a156a6976fc84737.txt";

    @Test
    void cultureInternationalisationPolicyHasFrenchHeadingsAndEnglishContent() {
        ParsedMeasure measure = measure(CULTURE_INTERNATIONALISATION);

        assertThat(measure.sourceName()).isEqualTo(CULTURE_INTERNATIONALISATION);
        assertThat(measure.formVersion()).isEqualTo(FormVersion.FORM_2020);
        assertThat(measure.title()).isEqualTo("Culture Internationalisation Policy");
        assertThat(measure.agencies()).containsExactly("The Ministry of Culture");
        assertText(measure.description(),
                "In 2018, the Ministry of Culture adopted the Concept of the Culture Internationalisation Policy,",
                "as well as experts in the internationalisation of culture.", 8, 0);
        assertThat(measure.description().split("\n")[1]).isEqualTo("The key objectives of the Policy are the following:");
        assertThat(measure.website()).isNull();
        assertText(measure.results(),
                "The provisions of the Concept of Culture Internationalisation Policy are being implemented",
                "and the work regulations of the cultural attaches.", 1, 0);
        assertThat(measure.budgetText()).isEqualTo("There is no dedicated budget for this measure.");
        assertThat(measure.budgetUsd()).isNull();
        assertThat(measure.partners()).extracting(ParsedPartner::name, ParsedPartner::entityTypeCode).containsExactly(
                tuple("The Ministry of Foreign Affairs", "PUBLIC_SECTOR"),
                tuple("The Ministry of Economy and Innovation", "PUBLIC_SECTOR"),
                tuple("The Chancellery of the Government", "PUBLIC_SECTOR"));
        assertThat(measure.evaluated()).isEqualTo(Evaluated.NOT_ANSWERED);
        assertThat(measure.conclusions()).isNull();
        assertNoCodes(measure);
        assertNoLegacyFields(measure);

        ImportReport report = parse(CULTURE_INTERNATIONALISATION).report();
        assertThat(report.encoding()).isEqualTo("UTF-8");
        assertThat(report.filledFields())
                .containsExactly("title", "agencies", "description", "results", "budgetText", "partners");
        assertThat(report.issues()).extracting(ImportIssue::field, ImportIssue::messageKey).containsExactly(
                tuple("evaluated", "import.warning.emptySection"));
        assertThat(report.issues().getFirst().detail())
                .isEqualTo("La mise en œuvre de la politique/mesure a-t-elle été évaluée ?:");
    }

    @Test
    void technicalCooperationIsALegacyMeasureWithNatureCodes() {
        ParsedMeasure measure = measure(TECHNICAL_COOPERATION);

        assertThat(measure.formVersion()).isEqualTo(FormVersion.FORM_2012);
        assertThat(measure.title())
                .isEqualTo("Technical cooperation among specialists working in cultural and creative industries");
        assertThat(measure.agencies()).containsExactly(
                "Ministry of Education, Culture and Science", "Ministry of Foreign Affairs", "All related Government Agencies");
        assertText(measure.keyObjectives(),
                "Developing creative industries into a major economic sector has become one of important development trends",
                "for marketing and distributing their products and for sustainable operations of their businesses.", 1, 0);
        assertThat(measure.context()).isNull();
        assertThat(measure.scopeCodes()).isEmpty();
        assertThat(measure.natureCodes()).containsExactly("LEGISLATIVE", "REGULATORY", "FINANCIAL", "INSTITUTIONAL");
        assertText(measure.mainFeature(),
                "Mongolia has hosted and organized following cultural exchange events within the reporting period.",
                "(September, 2015) concert aimed to present best world art performance works to Mongolian audiences, "
                        + "and to promote cultural diversity.", 17, 8);
        assertThat(measure.mainFeature()).contains("\n\n- “Mongolia 100 years ago – in French photographer’s camera”");
        assertText(measure.resultsExpected(),
                "Furthermore, it is required to develop legal instruments supporting international arts",
                "and to create research and database tools in such regards.", 1, 0);
        assertThat(measure.financialResources()).isNull();
        assertNo2020Fields(measure);

        ImportReport report = parse(TECHNICAL_COOPERATION).report();
        assertThat(report.filledFields())
                .containsExactly("title", "agencies", "keyObjectives", "natureCodes", "mainFeature", "resultsExpected");
        assertThat(report.issues()).extracting(ImportIssue::field, ImportIssue::messageKey).containsExactly(
                tuple("scopeCodes", "import.warning.emptySection"),
                tuple("financialResources", "import.warning.emptySection"));
    }

    @Test
    void bilateralDialoguesKeepsTheParagraphsOfItsKeyObjectives() {
        ParsedMeasure measure = measure(BILATERAL_DIALOGUES);

        assertThat(measure.formVersion()).isEqualTo(FormVersion.FORM_2012);
        assertThat(measure.title()).isEqualTo("Bilateral policy dialogues with cultural authorities of other countries");
        assertThat(measure.agencies()).containsExactly(
                "Ministry of Education, Culture and Science", "Ministry of Foreign Affairs",
                "Related all governmental institutions");
        assertText(measure.keyObjectives(),
                "Main objectives of multilateral cultural cooperation of Mongolia aim to develop",
                "international guest trainers and experts were mobilized to organize domestic trainings for local cultural institutions.",
                3, 1);
        assertThat(measure.context()).isNull();
        assertThat(measure.scopeCodes()).isEmpty();
        assertThat(measure.natureCodes()).containsExactly("LEGISLATIVE", "REGULATORY", "FINANCIAL", "INSTITUTIONAL");
        assertText(measure.mainFeature(),
                "Activity 1: Mongolia has maintained cultural cooperation under bilateral cultural cooperation agreements",
                "Currently, training orchestra directors in Russia has started recently.", 7, 3);
        assertThat(measure.mainFeature()).contains("People’s Republic of China").contains("\n\nActivity 4: ");
        assertText(measure.resultsExpected(),
                "Mongolia has signed bilateral governmental and non-governmental cultural sector cooperation agreements",
                "established Memorandum of Understandings with different professional cultural institutions.", 1, 0);
        assertThat(measure.financialResources()).isNull();
        assertNo2020Fields(measure);

        assertThat(parse(BILATERAL_DIALOGUES).report().issues()).extracting(ImportIssue::field, ImportIssue::messageKey)
                .containsExactly(
                        tuple("scopeCodes", "import.warning.emptySection"),
                        tuple("financialResources", "import.warning.emptySection"));
    }

    @Test
    void culturalIndustryProgramHasConclusionsWithoutAnEvaluationAnswerAndEmptyCodeSections() {
        ParsedMeasure measure = measure(CULTURAL_INDUSTRY_PROGRAM);

        assertThat(measure.formVersion()).isEqualTo(FormVersion.FORM_2020);
        assertThat(measure.title()).isEqualTo("National Program of Cultural Industry / 2016-2020 /");
        assertThat(measure.agencies()).containsExactly(
                "Ministry of Culture", "Culture and Arts Authority Implementing Agency of the Government of Mongolia");
        assertText(measure.description(),
                "This national program is in line with the main purpose of the 2005 UNESCO Convention",
                "- To be based on the value-added and cluster-based structure", 9, 0);
        assertText(measure.results(),
                "1. Within the framework of ensuring the implementation of the national program on the cultural industry,",
                "7. Each locality is creating its own branded product that reflects the specifics of its area, climate, and culture.",
                7, 0);
        assertThat(measure.website()).isNull();
        assertThat(measure.budgetText()).isNull();
        assertThat(measure.budgetUsd()).isNull();
        assertThat(measure.partners()).extracting(ParsedPartner::name, ParsedPartner::entityTypeCode).containsExactly(
                tuple("Culture and Arts Authority Implementing Agency of the Government of Mongolia", "PUBLIC_SECTOR"),
                tuple("Creative Industry Innovation Center", "CIVIL_SOCIETY"),
                tuple("Mongolian Arts Council", "CIVIL_SOCIETY"),
                tuple("Mongolian National Chamber Of Commerce And Industry", "CIVIL_SOCIETY"));
        assertThat(measure.evaluated()).isEqualTo(Evaluated.NOT_ANSWERED);
        assertText(measure.conclusions(),
                "* Increase of opportunities and understanding of development through cultural industry,",
                "Address financial and human resource challenges in implementing the program.", 9, 0);
        assertNoCodes(measure);
        assertNoLegacyFields(measure);

        ImportReport report = parse(CULTURAL_INDUSTRY_PROGRAM).report();
        assertThat(report.filledFields())
                .containsExactly("title", "agencies", "description", "results", "partners", "conclusions");
        assertThat(report.issues()).extracting(ImportIssue::field, ImportIssue::messageKey, ImportIssue::detail)
                .containsExactly(
                        tuple("evaluated", "import.warning.emptySection",
                                "Has the implementation of the policy/measure been evaluated?:"),
                        tuple("goalCodes", "import.warning.emptySection", "Objetivo(s) de la Convención 2005 de la UNESCO"),
                        tuple("domainCodes", "import.warning.emptySection", "Cultural Domain(s)"),
                        tuple("conclusions", "import.warning.conclusionsWithoutYes", "NOT_ANSWERED"));
    }

    @Test
    void civilSocietyConsultationHasABudgetInUsdAndFrenchPartnerTypes() {
        ParsedMeasure measure = measure(CIVIL_SOCIETY_CONSULTATION);

        assertThat(measure.formVersion()).isEqualTo(FormVersion.FORM_2020);
        assertThat(measure.title()).isEqualTo(
                "Mechanisms of regular consultation and exchange with the civil society organizations and actors");
        assertThat(measure.agencies()).containsExactly("Ministry of Culture of the Republic of Azerbaijan");
        assertText(measure.description(),
                "To expand cooperation and effectiveness of partnerships and exchange with non-governmental organizations,",
                "activities related to arts and creativity in formal and non-formal education and training.", 1, 0);
        assertText(measure.results(),
                "Many of such consultations have led to concrete steps of further actions taken by the Ministry",
                "that seek for international accreditation, funding or partnerships.", 1, 0);
        assertThat(measure.website()).isNull();
        assertThat(measure.budgetText()).isEqualTo("65 000");
        assertThat(measure.budgetUsd()).isEqualByComparingTo(new BigDecimal("65000"));
        assertThat(measure.partners()).extracting(ParsedPartner::name, ParsedPartner::entityTypeCode).containsExactly(
                tuple("Azerbaijan Composers' Union", "CIVIL_SOCIETY"),
                tuple("Azerbaijan Writers' Union", "CIVIL_SOCIETY"),
                tuple("Azerbaijan Theatre workers' Union", "CIVIL_SOCIETY"),
                tuple("Azerbaijan Artists' Union", "CIVIL_SOCIETY"),
                tuple("Union of Cinematographers of Azerbaijan", "CIVIL_SOCIETY"));
        assertThat(measure.evaluated()).isEqualTo(Evaluated.NOT_ANSWERED);
        assertThat(measure.conclusions()).isNull();
        assertNoCodes(measure);
        assertNoLegacyFields(measure);

        ImportReport report = parse(CIVIL_SOCIETY_CONSULTATION).report();
        assertThat(report.filledFields()).containsExactly(
                "title", "agencies", "description", "results", "budgetText", "budgetUsd", "partners");
        assertThat(report.issues()).extracting(ImportIssue::field, ImportIssue::messageKey).containsExactly(
                tuple("evaluated", "import.warning.emptySection"),
                tuple("goalCodes", "import.warning.emptySection"),
                tuple("domainCodes", "import.warning.emptySection"));
    }

    private static void assertNoCodes(ParsedMeasure measure) {
        assertThat(measure.goalCodes()).isEmpty();
        assertThat(measure.areaCodes()).isEmpty();
        assertThat(measure.domainCodes()).isEmpty();
    }

    private static void assertNoLegacyFields(ParsedMeasure measure) {
        assertThat(measure.keyObjectives()).isNull();
        assertThat(measure.context()).isNull();
        assertThat(measure.scopeCodes()).isEmpty();
        assertThat(measure.natureCodes()).isEmpty();
        assertThat(measure.mainFeature()).isNull();
        assertThat(measure.resultsExpected()).isNull();
        assertThat(measure.financialResources()).isNull();
    }

    private static void assertNo2020Fields(ParsedMeasure measure) {
        assertThat(measure.description()).isNull();
        assertThat(measure.website()).isNull();
        assertThat(measure.results()).isNull();
        assertThat(measure.budgetText()).isNull();
        assertThat(measure.budgetUsd()).isNull();
        assertThat(measure.partners()).isEmpty();
        assertThat(measure.evaluated()).isEqualTo(Evaluated.NOT_ANSWERED);
        assertThat(measure.conclusions()).isNull();
        assertNoCodes(measure);
    }
}
