package org.policymonitor.importer;

import org.policymonitor.measure.FormVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.policymonitor.importer.ImportFixtures.measure;
import static org.policymonitor.importer.ImportFixtures.parse;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Hand-written exports under {@code src/test/resources/importer/}, one per difficulty. */
class VariantImportTest {

    @Test
    void frenchHeadingsFillEveryFieldOfThe2020Form() {
        ParsedMeasure measure = measure("/importer/french-headings.txt");

        assertThat(measure.formVersion()).isEqualTo(FormVersion.FORM_2020);
        assertThat(measure.title()).isEqualTo("Fonds pour la musique actuelle");
        assertThat(measure.agencies()).containsExactly("Ministère de la Culture", "Centre national de la musique");
        assertThat(measure.description()).isEqualTo("""
                Le fonds soutient la création et la diffusion des musiques actuelles.

                Il finance aussi des résidences d’artistes.""");
        assertThat(measure.website()).isEqualTo("https://example.org/fonds-musique");
        assertThat(measure.results()).isEqualTo("Plus de 300 projets soutenus.");
        assertThat(measure.budgetText()).isEqualTo("EUR 20,000");
        assertThat(measure.budgetUsd()).isNull();
        assertThat(measure.partners()).extracting(ParsedPartner::name, ParsedPartner::entityTypeCode).containsExactly(
                tuple("Société des auteurs", "CIVIL_SOCIETY"),
                tuple("Banque publique d'investissement", "PUBLIC_SECTOR"));
        assertThat(measure.evaluated()).isEqualTo(Evaluated.YES);
        assertThat(measure.conclusions()).isEqualTo("Le fonds doit être pérennisé.");
        assertThat(measure.goalCodes()).containsExactly("GOVERNANCE", "HUMAN_RIGHTS");
        assertThat(measure.areaCodes()).containsExactly("CULTURAL_CREATIVE_SECTORS", "GENDER_EQUALITY");
        assertThat(measure.domainCodes()).containsExactly("MUSIC", "PERFORMING_ARTS");
        assertThat(measure.keyObjectives()).isNull();

        ImportReport report = parse("/importer/french-headings.txt").report();
        assertThat(report.issues()).extracting(ImportIssue::field, ImportIssue::messageKey, ImportIssue::detail)
                .containsExactly(
                        tuple("budgetUsd", "import.warning.budgetNotInUsd", "EUR 20,000"),
                        tuple("domainCodes", "import.warning.unknownVocabulary", "Patrimoine culturel"));
    }

    @Test
    void spanishHeadingsWithSiAndADecimalUsdBudget() {
        ParsedMeasure measure = measure("/importer/spanish-headings.txt");

        assertThat(measure.formVersion()).isEqualTo(FormVersion.FORM_2020);
        assertThat(measure.title()).isEqualTo("Programa de apoyo a la edición independiente");
        assertThat(measure.agencies()).containsExactly("Ministerio de las Culturas");
        assertThat(measure.description()).isEqualTo("El programa financia la traducción y la edición de libros.");
        assertThat(measure.website()).isEqualTo("https://example.org/edicion");
        assertThat(measure.results()).isEqualTo("Se publicaron 120 títulos.");
        assertThat(measure.budgetText()).isEqualTo("USD 1,500.50");
        assertThat(measure.budgetUsd()).isEqualByComparingTo(new BigDecimal("1500.50"));
        assertThat(measure.partners()).extracting(ParsedPartner::name, ParsedPartner::entityTypeCode).containsExactly(
                tuple("Cámara del Libro", "PRIVATE_SECTOR"),
                tuple("Red de bibliotecas", "PUBLIC_SECTOR"));
        assertThat(measure.evaluated()).isEqualTo(Evaluated.YES);
        assertThat(measure.conclusions()).isEqualTo("Ampliar el programa a las regiones.");
        assertThat(measure.goalCodes()).containsExactly("FLOW_AND_MOBILITY");
        assertThat(measure.areaCodes()).containsExactly("FLOW_GOODS_SERVICES");
        assertThat(measure.domainCodes()).containsExactly("PUBLISHING");
        assertThat(parse("/importer/spanish-headings.txt").report().issues()).isEmpty();
    }

    @Test
    void mixedHeadingsWithTrailingSpacesNoColonsInlineContentAndCrLf() {
        ParsedMeasure measure = measure("/importer/mixed-headings.txt");

        assertThat(measure.title()).isEqualTo("Digital Creators Grant");
        assertThat(measure.agencies()).containsExactly("Ministry of Digital Affairs", "Arts Council");
        assertThat(measure.description()).isEqualTo("Grants for creators working online.");
        assertThat(measure.website()).isEqualTo("https://example.org/grant");
        assertThat(measure.results()).isEqualTo("40 grants awarded.\n\nA second call is open.");
        assertThat(measure.budgetText()).isEqualTo("1 000 000 MNT");
        assertThat(measure.budgetUsd()).isNull();
        assertThat(measure.partners()).isEmpty();
        assertThat(measure.evaluated()).isEqualTo(Evaluated.YES);
        assertThat(measure.conclusions()).isNull();
        assertThat(measure.goalCodes()).containsExactly("GOVERNANCE");
        assertThat(measure.areaCodes()).containsExactly("DIGITAL_ENVIRONMENT", "MEDIA_DIVERSITY");
        assertThat(measure.domainCodes()).containsExactly("MEDIA_ARTS", "DESIGN", "CINEMA_AUDIOVISUAL");
        assertThat(parse("/importer/mixed-headings.txt").report().issues())
                .extracting(ImportIssue::messageKey, ImportIssue::detail)
                .containsExactly(tuple("import.warning.budgetNotInUsd", "1 000 000 MNT"));
    }

    @Test
    void aRecordStartingWithAHeadingHasNoTitleAndNoAgencyButStillParses() {
        ParseResult result = parse("/importer/missing-title.txt");

        ParsedMeasure measure = result.measure().orElseThrow();
        assertThat(measure.title()).isNull();
        assertThat(measure.agencies()).isEmpty();
        assertThat(measure.description()).isEqualTo("A measure exported without its title and agency.");
        assertThat(measure.evaluated()).isEqualTo(Evaluated.NO);
        assertThat(result.report().hasErrors()).isFalse();
        assertThat(result.report().warnings()).extracting(ImportIssue::field, ImportIssue::messageKey).containsExactly(
                tuple("title", "import.warning.missingTitle"),
                tuple("agencies", "import.warning.missingAgency"));
        assertThat(result.report().filledFields()).containsExactly("description", "evaluated");
    }

    @Test
    void partnerRowsMayLackTheirNameOrTheirType() {
        ParseResult result = parse("/importer/partners-incomplete.txt");

        assertThat(result.measure().orElseThrow().partners())
                .extracting(ParsedPartner::name, ParsedPartner::entityTypeCode).containsExactly(
                        tuple("City of Riga", "PUBLIC_SECTOR"),
                        tuple(null, "PRIVATE_SECTOR"),
                        tuple("Festival Association", "CIVIL_SOCIETY"),
                        tuple("Friends of the Festival", null));
        assertThat(result.measure().orElseThrow().evaluated()).isEqualTo(Evaluated.NO);
        assertThat(result.report().issues()).extracting(ImportIssue::messageKey, ImportIssue::detail).containsExactly(
                tuple("import.warning.partnerWithoutName", "Private sector"),
                tuple("import.warning.partnerWithoutType", "Friends of the Festival"));
    }

    @Test
    void doubleEncodedUtf8IsRepairedAndReported() {
        ParseResult result = parse("/importer/mojibake.txt");

        ParsedMeasure measure = result.measure().orElseThrow();
        assertThat(measure.title()).isEqualTo("Politique du livre numérique");
        assertThat(measure.agencies()).containsExactly("Ministère de la Culture");
        assertThat(measure.description()).isEqualTo("L’aide soutient l’édition numérique.");
        assertThat(result.report().encoding()).isEqualTo("UTF-8");
        assertThat(result.report().issues()).singleElement().satisfies(issue -> {
            assertThat(issue.messageKey()).isEqualTo("import.warning.mojibakeRepaired");
            assertThat(issue.detail()).startsWith("8: ").contains("Ã© → é", "â€™ → ’");
        });
    }

    @Test
    void windows1252BytesAreDecodedAsWindows1252() {
        ParseResult result = parse("/importer/windows-1252.txt");

        ParsedMeasure measure = result.measure().orElseThrow();
        assertThat(measure.title()).isEqualTo("Théâtre pour l’enfance");
        assertThat(measure.agencies()).containsExactly("Ministère de la Culture");
        assertThat(measure.description()).isEqualTo("Créations théâtrales « jeune public ».");
        assertThat(result.report().encoding()).isEqualTo("windows-1252");
        assertThat(result.report().issues()).extracting(ImportIssue::messageKey)
                .containsExactly("import.warning.decodedAsWindows1252");
    }

    @Test
    void trailingJunkIsDroppedFromTheMeasureButKeptInTheReport() {
        ParseResult result = parse("/importer/trailing-junk.txt");

        ParsedMeasure measure = result.measure().orElseThrow();
        assertThat(measure.description()).isEqualTo("The office helps musicians tour abroad.");
        assertThat(measure.domainCodes()).containsExactly("MUSIC");
        assertThat(result.report().issues()).extracting(ImportIssue::messageKey, ImportIssue::detail)
                .containsExactly(tuple("import.warning.trailingJunk", "----------\n\\u001A"));
    }

    @Test
    void anEmptyFileIsRejectedWithAClearError() {
        ParseResult result = parse("/importer/empty.txt");

        assertThat(result.measure()).isEmpty();
        assertThat(result.report().issues()).extracting(ImportIssue::severity, ImportIssue::messageKey)
                .containsExactly(tuple(ImportIssue.Severity.ERROR, "import.error.empty"));
    }

    @Test
    void aFileOfWhiteSpaceIsRejectedAsEmpty() {
        ParseResult result = parse("/importer/blank.txt");

        assertThat(result.measure()).isEmpty();
        assertThat(result.report().errors()).extracting(ImportIssue::messageKey).containsExactly("import.error.empty");
    }

    @Test
    void aBinaryFileIsRejectedWithAClearError() {
        ParseResult result = parse("/importer/binary.bin");

        assertThat(result.measure()).isEmpty();
        assertThat(result.report().hasErrors()).isTrue();
        assertThat(result.report().errors()).singleElement().satisfies(error -> {
            assertThat(error.messageKey()).isEqualTo("import.error.binary");
            assertThat(error.detail()).isEqualTo("NUL byte at offset 8");
        });
    }

    @Test
    void controlCharacterSoupWithoutNulIsRejectedAsBinary() {
        byte[] content = new byte[200];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i % 2 == 0 ? 'a' : 0x01);
        }
        ParseResult result = ImportFixtures.PARSER.parse("soup", content);

        assertThat(result.measure()).isEmpty();
        assertThat(result.report().errors()).extracting(ImportIssue::messageKey).containsExactly("import.error.binary");
    }

    @Test
    void legacy2016VariantWithContextScopeAndNatureInFrench() {
        ParsedMeasure measure = measure("/importer/legacy-2016-context.txt");

        assertThat(measure.formVersion()).isEqualTo(FormVersion.FORM_2012);
        assertThat(measure.title()).isEqualTo("Loi sur le cinéma");
        assertThat(measure.agencies()).containsExactly("Ministère de la Culture");
        assertThat(measure.keyObjectives()).isEqualTo("Moderniser l'aide au cinéma.");
        assertThat(measure.context()).isEqualTo("Le marché a changé.");
        assertThat(measure.scopeCodes()).containsExactly("NATIONAL", "INTERNATIONAL");
        assertThat(measure.natureCodes()).containsExactly("LEGISLATIVE", "FINANCIAL");
        assertThat(measure.mainFeature()).isEqualTo("Un crédit d'impôt.");
        assertThat(measure.resultsExpected()).isEqualTo("Plus de tournages.");
        assertThat(measure.financialResources()).isEqualTo("EUR 5 000 000 par an");
        assertThat(measure.budgetText()).isNull();
        assertThat(measure.budgetUsd()).isNull();
        assertThat(parse("/importer/legacy-2016-context.txt").report().issues()).isEmpty();
    }

    @Test
    void textThatFitsNowhereIsReportedAsUnplaced() {
        String export = """
                A title
                An agency
                Has the implementation of the policy/measure been evaluated?:
                Oui
                We asked an external auditor.
                Cultural Domain(s)
                Music, Circus
                """;
        ParseResult result = ImportFixtures.PARSER.parse("inline", export.getBytes(StandardCharsets.UTF_8));

        ParsedMeasure measure = result.measure().orElseThrow();
        assertThat(measure.evaluated()).isEqualTo(Evaluated.YES);
        assertThat(measure.domainCodes()).containsExactly("MUSIC");
        assertThat(result.report().issues()).extracting(ImportIssue::field, ImportIssue::messageKey, ImportIssue::detail)
                .containsExactly(
                        tuple("evaluated", "import.warning.unplacedText", "We asked an external auditor."),
                        tuple("domainCodes", "import.warning.unknownVocabulary", "Circus"));
    }

    @Test
    void anUnrecognisedEvaluationAnswerIsNotGuessed() {
        String export = "T\nA\nHas the implementation of the policy/measure been evaluated?: Partly\n";
        ParseResult result = ImportFixtures.PARSER.parse("inline", export.getBytes(StandardCharsets.UTF_8));

        assertThat(result.measure().orElseThrow().evaluated()).isEqualTo(Evaluated.NOT_ANSWERED);
        assertThat(result.report().issues()).extracting(ImportIssue::messageKey, ImportIssue::detail).containsExactly(
                tuple("import.warning.unrecognisedAnswer", "Partly"),
                tuple("import.warning.unplacedText", "Partly"));
    }

    @Test
    void aRepeatedSectionIsJoinedAndReported() {
        String export = """
                T
                A
                Describe the main features of the policy/measure:
                First part.
                Describe the main features of the policy/measure:
                Second part.
                """;
        ParseResult result = ImportFixtures.PARSER.parse("inline", export.getBytes(StandardCharsets.UTF_8));

        assertThat(result.measure().orElseThrow().description()).isEqualTo("First part.\n\nSecond part.");
        assertThat(result.report().issues()).extracting(ImportIssue::field, ImportIssue::messageKey)
                .containsExactly(tuple("description", "import.warning.duplicateSection"));
    }

    @Test
    void textWithoutAnyKnownHeadingKeepsItsTitleAndItsBodyAsTheDescriptionAndSaysSo() {
        String export = "Just a title\nsome line\nanother line\n";
        ParseResult result = ImportFixtures.PARSER.parse("inline", export.getBytes(StandardCharsets.UTF_8));

        assertThat(result.measure().orElseThrow().title()).isEqualTo("Just a title");
        assertThat(result.measure().orElseThrow().agencies()).isEmpty();
        assertThat(result.measure().orElseThrow().description()).isEqualTo("some line\nanother line");
        assertThat(result.report().issues()).extracting(ImportIssue::messageKey, ImportIssue::detail).containsExactly(
                tuple("import.warning.noSections", null),
                tuple("import.warning.bodyAsDescription", null),
                tuple("import.warning.missingAgency", null));
    }

    @Test
    void headingsOfBothFormsAreReported() {
        String export = """
                T
                A
                Key objectives of the measure:
                Objectives.
                Describe the main features of the policy/measure:
                Features.
                Scope of the measure:
                local
                """;
        ParseResult result = ImportFixtures.PARSER.parse("inline", export.getBytes(StandardCharsets.UTF_8));

        assertThat(result.measure().orElseThrow().formVersion()).isEqualTo(FormVersion.FORM_2012);
        assertThat(result.measure().orElseThrow().scopeCodes()).containsExactly("LOCAL");
        assertThat(result.report().issues()).extracting(ImportIssue::messageKey, ImportIssue::detail)
                .containsExactly(tuple("import.warning.mixedFormVersions", "FORM_2020: 1, FORM_2012: 2"));
    }
}
