package org.policymonitor.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policymonitor.vocabulary.VocabularyKind;

class ImportVocabularyTest {

    private static final ImportVocabulary VOCABULARY = ImportVocabulary.load();

    @ParameterizedTest(name = "{0} \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ENTITY_TYPE | Secteur public                            | PUBLIC_SECTOR
            ENTITY_TYPE | Public Sector                             | PUBLIC_SECTOR
            ENTITY_TYPE | Civil Society Organization (CSO)          | CIVIL_SOCIETY
            ENTITY_TYPE | Organisation de la société civile (OSC)   | CIVIL_SOCIETY
            ENTITY_TYPE | ORGANISATION DE LA SOCIETE CIVILE (OSC).  | CIVIL_SOCIETY
            ENTITY_TYPE | Organización de la sociedad civil         | CIVIL_SOCIETY
            ENTITY_TYPE | 'sector privado  '                        | PRIVATE_SECTOR
            NATURE      | legislative                               | LEGISLATIVE
            NATURE      | Législative;                              | LEGISLATIVE
            NATURE      | institucional                             | INSTITUTIONAL
            SCOPE       | Régional                                  | REGIONAL
            GOAL        | Promote human rights and fundamental freedoms. | HUMAN_RIGHTS
            GOAL        | Intégrer la culture dans les cadres de développement durable | SUSTAINABLE_DEVELOPMENT
            AREA        | Égalité des genres                        | GENDER_EQUALITY
            AREA        | egalite des genres                        | GENDER_EQUALITY
            DOMAIN      | Cinema/Audiovisual arts                   | CINEMA_AUDIOVISUAL
            DOMAIN      | Édition                                   | PUBLISHING
            DOMAIN      | Música                                    | MUSIC
            REGION      | Group V(b) (Arab States)                  | GROUP_V_B
            """)
    void matchesLabelsInAnyLanguageIgnoringCaseAccentsAndPunctuation(VocabularyKind kind, String label, String code) {
        assertThat(VOCABULARY.codeOf(kind, label)).contains(code);
    }

    @Test
    void doesNotMatchUnknownLabelsOrLabelsOfAnotherKind() {
        assertThat(VOCABULARY.codeOf(VocabularyKind.DOMAIN, "Cultural heritage")).isEmpty();
        assertThat(VOCABULARY.codeOf(VocabularyKind.DOMAIN, "Public sector")).isEmpty();
        assertThat(VOCABULARY.codeOf(VocabularyKind.DOMAIN, null)).isEmpty();
        assertThat(VOCABULARY.codeOf(VocabularyKind.REGION, "Group V")).as("short form shared by two regions").isEmpty();
    }

    @Test
    void knowsEveryCodeOfTheCsv() {
        assertThat(VOCABULARY.codes(VocabularyKind.ENTITY_TYPE))
                .containsExactlyInAnyOrder("PUBLIC_SECTOR", "PRIVATE_SECTOR", "CIVIL_SOCIETY");
        assertThat(VOCABULARY.codes(VocabularyKind.GOAL)).hasSize(4);
        assertThat(VOCABULARY.codes(VocabularyKind.AREA)).hasSize(11);
        assertThat(VOCABULARY.codes(VocabularyKind.DOMAIN)).hasSize(7);
    }

    @Test
    void readsAnyCsvOfTheSameShapeAndSkipsUnknownKinds() throws IOException {
        ImportVocabulary vocabulary = ImportVocabulary.read(new StringReader("""
                kind;code;sort;en;fr;es
                DOMAIN;CRAFTS;8;Crafts;Artisanat;Artesanía
                COLOUR;RED;1;Red;Rouge;Rojo
                """));

        assertThat(vocabulary.codeOf(VocabularyKind.DOMAIN, "artesania")).contains("CRAFTS");
        assertThat(vocabulary.codes(VocabularyKind.GOAL)).isEmpty();
    }
}
