package org.policymonitor.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policymonitor.PolicyMonitorApplication;
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.Measure;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.StaleMeasureException;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.vocabulary.VocabularyKind;
import org.policymonitor.vocabulary.VocabularyService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The application on a real PostgreSQL server with the {@code postgres} profile: same migrations, same rules. */
@Tag("own-application")
class PostgresApplicationTest {

    static PostgresTestDatabase database;
    static ConfigurableApplicationContext app;

    @BeforeAll
    static void start() {
        database = PostgresTestDatabase.create();
        app = new SpringApplicationBuilder(PolicyMonitorApplication.class)
                .profiles("postgres")
                // demo data on PostgreSQL only when forced (docs/security.md)
                .run("--server.port=0", "--flowable.async-executor-activate=false", "--policymonitor.demo-data=force",
                        "--spring.datasource.url=" + database.url(),
                        "--spring.datasource.username=" + PostgresTestDatabase.USER,
                        "--spring.datasource.password=" + PostgresTestDatabase.PASSWORD);
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void migrationsVocabulariesAndDemoDataLoadOnPostgres() {
        assertThat(app.getBean(VocabularyService.class).terms(VocabularyKind.AREA)).hasSize(11);
        assertThat(app.getBean(ReferenceData.class).parties()).hasSize(3);
        assertThat(app.getBean(MeasureService.class).currentPublications()).hasSize(5)
                .anySatisfy(p -> assertThat(p.content().description()).contains("Culture Internationalisation Policy"));
    }

    @Test
    void aStaleSaveIsRejectedOnPostgres() {
        MeasureService measures = app.getBean(MeasureService.class);
        ReferenceData referenceData = app.getBean(ReferenceData.class);
        Measure draft = measures.createDraft(referenceData.partyByIso("AZ").orElseThrow().getId(), null,
                referenceData.cycleByCode("2024-2027").orElseThrow().getId(), FormVersion.FORM_2020,
                MeasureContent.titled("First"), "editor");
        measures.saveContent(draft.getId(), draft.getVersion(), MeasureContent.titled("Second"), "a");
        assertThatThrownBy(() -> measures.saveContent(draft.getId(), draft.getVersion(), MeasureContent.titled("Third"), "b"))
                .isInstanceOf(StaleMeasureException.class);
        assertThat(measures.find(draft.getId()).orElseThrow().getTitle()).isEqualTo("Second");
    }
}
