package org.policymonitor.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The administrator's backup while the application runs: only administrators, and it restores completely. */
@IntegrationTest
class BackupServiceTest {

    @Autowired
    BackupService backups;
    @Autowired
    DataSource dataSource;

    @Test
    @WithUserDetails("admin")
    void anAdministratorsBackupRestoresIntoAnEmptyDatabase() throws Exception {
        assertThat(backups.isSupported()).isTrue();
        assertThat(backups.fileName()).matches("policymonitor-\\d{8}-\\d{6}\\.zip");
        Path file = backups.backupToTemporaryFile("admin");
        DriverManagerDataSource empty = new DriverManagerDataSource(
                "jdbc:h2:mem:admin-restore-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        try {
            new DatabaseBackup(empty).restore(file);
            assertThat(TableContents.of(dataSource).differences(TableContents.of(empty))).isEmpty();
            assertThat(backups.tableCount()).isEqualTo(new DatabaseBackup(empty).tables().size());
        } finally {
            new JdbcTemplate(empty).execute("shutdown");
            Files.deleteIfExists(file);
        }
    }

    @Test
    @WithUserDetails("editor")
    void nobodyElseMayTakeABackup() {
        assertThatThrownBy(() -> backups.backupToTemporaryFile("editor")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> backups.tableCount()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void notWithoutSigningIn() {
        assertThatThrownBy(() -> backups.backupToTemporaryFile("anonymous")).isInstanceOf(Exception.class)
                .isNotInstanceOf(IllegalStateException.class);
    }
}
