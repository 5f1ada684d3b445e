package org.policymonitor.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policymonitor.PolicyMonitorApplication;
import org.policymonitor.measure.MeasureService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The documented commands on H2 file databases: {@code --policymonitor.backup.to} on one data directory,
 * {@code --policymonitor.restore.from} into a new one, and a second restore refused.
 */
@Tag("own-application")
class BackupCommandLineTest {

    @TempDir
    Path folder;

    @Test
    void backupThenRestoreIntoAnEmptyDataDirectoryGivesTheSameDatabase() {
        Path original = folder.resolve("original");
        Path copy = folder.resolve("copy");
        Path file = folder.resolve("backups/policymonitor.zip");

        TableContents before;
        try (ConfigurableApplicationContext app = start(original, "--policymonitor.backup.to=" + file)) {
            assertThat(app.getBean(MeasureService.class).count()).isGreaterThanOrEqualTo(5);
            before = TableContents.of(app.getBean(DataSource.class));
            // a command: it does not take the usual port
            assertThat(app.getEnvironment().getProperty("server.port")).isEqualTo("0");
            assertThat(app.getEnvironment().getProperty("flowable.async-executor-activate")).isEqualTo("false");
        }
        assertThat(file).isNotEmptyFile();

        try (ConfigurableApplicationContext app = start(copy, "--policymonitor.restore.from=" + file)) {
            TableContents after = TableContents.of(app.getBean(DataSource.class));
            assertThat(before.differences(after)).isEmpty();
            assertThat(after.rowCount()).isEqualTo(before.rowCount());
        }

        Assertions.setMaxStackTraceElementsDisplayed(5);
        assertThatThrownBy(() -> start(copy, "--policymonitor.restore.from=" + file).close())
                .hasStackTraceContaining("Refusing to restore")
                .hasStackTraceContaining("not empty");
    }

    private static ConfigurableApplicationContext start(Path dataDir, String command) {
        return new SpringApplicationBuilder(PolicyMonitorApplication.class)
                .run("--policymonitor.data-dir=" + dataDir, command, "--" + BackupCommandLine.EXIT + "=false");
    }
}
