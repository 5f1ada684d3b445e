package org.policymonitor.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.policymonitor.IntegrationTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.beans.factory.annotation.Autowired;

import jakarta.persistence.EntityManagerFactory;

@IntegrationTest
class VocabularyServiceTest {

    @Autowired
    VocabularyService vocabulary;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @ParameterizedTest
    @EnumSource(VocabularyKind.class)
    void everyTermHasALabelInEnglishFrenchAndSpanish(VocabularyKind kind) {
        List<Term> terms = vocabulary.terms(kind);
        assertThat(terms).isNotEmpty();
        for (Term term : terms) {
            assertThat(term.label(Locale.ENGLISH)).as(term.code() + " en").isNotBlank();
            assertThat(term.label(Locale.FRENCH)).as(term.code() + " fr").isNotBlank();
            assertThat(term.label(Locale.of("es"))).as(term.code() + " es").isNotBlank();
        }
    }

    @Test
    void theVocabulariesHoldTheConventionsLists() {
        assertThat(vocabulary.terms(VocabularyKind.GOAL)).hasSize(4);
        assertThat(vocabulary.terms(VocabularyKind.AREA)).hasSize(11);
        assertThat(vocabulary.terms(VocabularyKind.DOMAIN)).extracting(Term::code).containsExactly(
                "CINEMA_AUDIOVISUAL", "DESIGN", "MEDIA_ARTS", "MUSIC", "PERFORMING_ARTS", "PUBLISHING", "VISUAL_ARTS");
        assertThat(vocabulary.terms(VocabularyKind.ENTITY_TYPE)).extracting(Term::code)
                .containsExactly("PUBLIC_SECTOR", "PRIVATE_SECTOR", "CIVIL_SOCIETY");
        assertThat(vocabulary.terms(VocabularyKind.SCOPE)).hasSize(4);
        assertThat(vocabulary.terms(VocabularyKind.NATURE)).hasSize(4);
    }

    @Test
    void theSeventeenSustainableDevelopmentGoalsAreAVocabularyInThreeLanguages() {
        assertThat(vocabulary.terms(VocabularyKind.SDG)).hasSize(17).extracting(Term::code)
                .startsWith("SDG_01_NO_POVERTY").endsWith("SDG_17_PARTNERSHIPS").doesNotHaveDuplicates();
        assertThat(vocabulary.label(VocabularyKind.SDG, "SDG_05_GENDER_EQUALITY", Locale.ENGLISH))
                .isEqualTo("5. Gender equality");
        assertThat(vocabulary.label(VocabularyKind.SDG, "SDG_05_GENDER_EQUALITY", Locale.FRENCH))
                .isEqualTo("5. Égalité entre les sexes");
        assertThat(vocabulary.label(VocabularyKind.SDG, "SDG_13_CLIMATE_ACTION", Locale.of("es")))
                .isEqualTo("13. Acción por el clima");
    }

    @Test
    void labelsFollowTheReadersLanguage() {
        assertThat(vocabulary.label(VocabularyKind.ENTITY_TYPE, "PUBLIC_SECTOR", Locale.FRENCH)).isEqualTo("Secteur public");
        assertThat(vocabulary.label(VocabularyKind.DOMAIN, "MUSIC", Locale.of("es"))).isEqualTo("Música");
        assertThat(vocabulary.label(VocabularyKind.GOAL, "HUMAN_RIGHTS", Locale.ENGLISH))
                .isEqualTo("Promote human rights and fundamental freedoms");
    }

    @Test
    void areasOfMonitoringFollowTheGoalMappingData() {
        assertThat(vocabulary.areasForGoals(List.of("GOVERNANCE"))).extracting(Term::code).containsExactly(
                "CULTURAL_CREATIVE_SECTORS", "MEDIA_DIVERSITY", "DIGITAL_ENVIRONMENT", "PARTNERING_CIVIL_SOCIETY");
        assertThat(vocabulary.areasForGoals(List.of("HUMAN_RIGHTS", "SUSTAINABLE_DEVELOPMENT"))).extracting(Term::code)
                .containsExactly("NATIONAL_SD_POLICIES", "INTERNATIONAL_COOPERATION_SD", "GENDER_EQUALITY", "ARTISTIC_FREEDOM");
        assertThat(vocabulary.areasForGoals(List.of())).isEmpty();
    }

    /** A page looks up dozens of labels while it builds: after the first use none of them touches the database. */
    @Test
    void lookupsAfterTheFirstNeitherQueryNorOpenATransaction() {
        vocabulary.terms(VocabularyKind.GOAL);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.of("es"))) {
                for (VocabularyKind kind : VocabularyKind.values()) {
                    for (Term term : vocabulary.terms(kind)) {
                        assertThat(vocabulary.label(kind, term.code(), locale)).isEqualTo(term.label(locale));
                        assertThat(vocabulary.term(kind, term.code())).contains(term);
                    }
                }
            }
            assertThat(vocabulary.areasForGoals(List.of("GOVERNANCE"))).isNotEmpty();
            assertThat(vocabulary.label(VocabularyKind.DOMAIN, "NO_SUCH_CODE", Locale.ENGLISH)).isEqualTo("NO_SUCH_CODE");
            assertThat(statistics.getPrepareStatementCount()).as("SQL statements").isZero();
            assertThat(statistics.getTransactionCount()).as("transactions").isZero();
        } finally {
            statistics.clear();
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }
}
