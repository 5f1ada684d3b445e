package org.policymonitor.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policymonitor.IntegrationTest;
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.Measure;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.party.ReferenceData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.TestPropertySource;

/**
 * Backup of the running application's H2 database, restored into a new empty H2 database: nothing is lost.
 * With the demo submission, so the workflow engine's runtime tables hold a running process and a task.
 */
@IntegrationTest
@TestPropertySource(properties = "policymonitor.demo-submissions=true")
class H2BackupRoundTripTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;

    @TempDir
    Path folder;

    DriverManagerDataSource empty;

    @BeforeEach
    void emptyDatabase() {
        empty = new DriverManagerDataSource("jdbc:h2:mem:restore-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    @AfterEach
    void dropEmptyDatabase() {
        new JdbcTemplate(empty).execute("shutdown");
    }

    @Test
    void aRestoredBackupHoldsEveryRowOfEveryTable() {
        Measure draft = measures.createDraft(referenceData.partyByIso("MN").orElseThrow().getId(), null,
                referenceData.cycleByCode("2024-2027").orElseThrow().getId(), FormVersion.FORM_2020,
                MeasureContent.titled("Draft that must survive the backup — ü, ä, 漢字, 'quotes'"), "editor");
        DatabaseBackup source = new DatabaseBackup(dataSource);
        TableContents before = TableContents.of(dataSource);
        assertThat(before.rowsByTable()).containsKeys("MEASURE", "MEASURE_PUBLICATION", "USER_ACCOUNT",
                "flyway_schema_history");
        assertThat(before.rowsByTable()).hasEntrySatisfying("MEASURE",
                rows -> assertThat(rows).anyMatch(row -> row.contains("Draft that must survive the backup")));
        assertThat(before.rowsByTable().keySet()).anyMatch(table -> table.startsWith("ACT_"));
        assertThat(before.rowsByTable().get("ACT_RE_PROCDEF")).isNotEmpty();
        assertThat(before.rowsByTable().get("ACT_RU_EXECUTION")).isNotEmpty();
        assertThat(before.rowsByTable().get("ACT_RU_TASK")).isNotEmpty();

        Path file = folder.resolve("policymonitor-backup.zip");
        assertThat(source.backup(file)).isEqualTo(source.tables());
        assertThat(file).isNotEmptyFile();
        new DatabaseBackup(empty).restore(file);

        TableContents after = TableContents.of(empty);
        assertThat(after.rowsByTable().keySet()).isEqualTo(before.rowsByTable().keySet());
        assertThat(before.differences(after)).isEmpty();
        assertThat(after.rowCount()).isEqualTo(before.rowCount()).isGreaterThan(100);
        assertThat(after.rowsByTable().get("MEASURE")).anyMatch(row -> row.contains("ID=" + draft.getId() + " "));
    }

    @Test
    void theIdentitiesGoOnAfterTheRestoredRows() {
        Path file = folder.resolve("backup.zip");
        new DatabaseBackup(dataSource).backup(file);
        new DatabaseBackup(empty).restore(file);

        JdbcTemplate restored = new JdbcTemplate(empty);
        Long highest = restored.queryForObject("select max(id) from party", Long.class);
        restored.update("insert into party (iso_code, name, region_code) values ('ZZ', 'Restored Land', 'X')");
        assertThat(restored.queryForObject("select id from party where iso_code = 'ZZ'", Long.class)).isGreaterThan(highest);
    }

    @Test
    void theComparisonSeesALostRowAndAChangedValue() {
        Path file = folder.resolve("backup.zip");
        new DatabaseBackup(dataSource).backup(file);
        new DatabaseBackup(empty).restore(file);
        JdbcTemplate restored = new JdbcTemplate(empty);
        restored.update("delete from goal_area_mapping where _rowid_ = (select min(_rowid_) from goal_area_mapping)");
        restored.update("update user_account set display_name = 'Changed' where username = 'editor'");

        assertThat(TableContents.of(dataSource).differences(TableContents.of(empty)))
                .anyMatch(difference -> difference.startsWith("GOAL_AREA_MAPPING: only in the first"))
                .anyMatch(difference -> difference.startsWith("USER_ACCOUNT: only in the second") && difference.contains("Changed"));
    }

    @Test
    void aRestoreIntoADatabaseWithTablesIsRefused() {
        Path file = folder.resolve("backup.zip");
        new DatabaseBackup(dataSource).backup(file);
        long measuresBefore = measures.count();

        assertThatThrownBy(() -> new DatabaseBackup(dataSource).restore(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not empty");
        assertThat(measures.count()).isEqualTo(measuresBefore);
    }

    @Test
    void aMissingBackupFileIsReportedByName() {
        assertThatThrownBy(() -> new DatabaseBackup(empty).restore(folder.resolve("nothing.zip")))
                .hasMessageContaining("nothing.zip");
    }
}
