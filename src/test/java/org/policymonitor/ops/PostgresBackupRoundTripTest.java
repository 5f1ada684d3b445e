package org.policymonitor.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policymonitor.PolicyMonitorApplication;
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.testsupport.ThrowAwayDatabases;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The documented PostgreSQL backup (docs/backup.md): {@code pg_dump -Fc} of a database the application filled,
 * {@code pg_restore} into a new empty database, then every table compared by row count and a checksum of all
 * its rows. Needs the local PostgreSQL server that {@code .ci/run} starts; skipped without it outside CI.
 */
@Tag("own-application")
class PostgresBackupRoundTripTest {

    static final String SERVER = System.getenv().getOrDefault("POLICYMONITOR_TEST_PG", "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = System.getenv().getOrDefault("POLICYMONITOR_TEST_PG_USER", "policymonitor");
    static final String PASSWORD = System.getenv().getOrDefault("POLICYMONITOR_TEST_PG_PASSWORD", "policymonitor");

    private final List<String> databases = new ArrayList<>();

    @TempDir
    Path folder;

    @AfterEach
    void dropDatabases() throws SQLException {
        for (String database : databases) {
            ThrowAwayDatabases.drop(SERVER, USER, PASSWORD, database);
        }
    }

    @Test
    void pgDumpAndPgRestoreCarryEveryTableIntoAnEmptyDatabase() throws Exception {
        String original = createDatabase();
        long measures;
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PolicyMonitorApplication.class)
                .profiles("postgres")
                .run("--server.port=0", "--flowable.async-executor-activate=false", "--policymonitor.demo-data=force",
                        "--spring.datasource.url=" + SERVER + original,
                        "--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD)) {
            ReferenceData referenceData = app.getBean(ReferenceData.class);
            measures = app.getBean(MeasureService.class).count() + 1;
            app.getBean(MeasureService.class).createDraft(referenceData.partyByIso("AZ").orElseThrow().getId(), null,
                    referenceData.cycleByCode("2024-2027").orElseThrow().getId(), FormVersion.FORM_2020,
                    MeasureContent.titled("Draft in the PostgreSQL backup — ə, ü, 'quotes'"), "editor");
        }
        Map<String, String> before = checksums(original);
        assertThat(before).containsKeys("measure", "measure_publication", "user_account", "flyway_schema_history",
                "act_ge_property");
        assertThat(before.get("measure")).startsWith(measures + " rows");
        assertThat(before.get("act_ru_task")).doesNotStartWith("0 rows"); // the demo submission waits for review

        Path dump = folder.resolve("policymonitor.dump");
        run("pg_dump", "-Fc", "--no-owner", "-f", dump.toString(), original);
        String copy = createDatabase();
        assertThat(checksums(copy)).isEmpty();
        run("pg_restore", "--no-owner", "--exit-on-error", "-d", copy, dump.toString());

        assertThat(checksums(copy)).isEqualTo(before);
    }

    /** Per table of schema public: "N rows md5" over all rows, each row as text, in a stable order. */
    private static Map<String, String> checksums(String database) throws SQLException {
        Map<String, String> checksums = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(SERVER + database, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "select tablename from pg_tables where schemaname = 'public' order by tablename")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
                try (ResultSet row = statement.executeQuery("select count(*), coalesce(md5(string_agg(t::text, ',' order by t::text)), '-') from "
                        + quoted + " t")) {
                    row.next();
                    checksums.put(table, row.getLong(1) + " rows " + row.getString(2));
                }
            }
        }
        return checksums;
    }

    private String createDatabase() throws SQLException {
        String name = "pm_ops_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            admin("create database " + name);
        } catch (SQLException unavailable) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI must provide PostgreSQL at " + SERVER + " (see .ci/run)", unavailable);
            }
            Assumptions.abort("No PostgreSQL server at " + SERVER + ": " + unavailable.getMessage());
        }
        databases.add(name);
        return name;
    }

    private static void admin(String sql) throws SQLException {
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement statement = admin.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Runs a PostgreSQL client tool against the test server; the database name is the last or given argument. */
    private static void run(String tool, String... arguments) throws IOException, InterruptedException {
        URI server = URI.create(SERVER.substring("jdbc:".length()));
        List<String> command = new ArrayList<>(List.of(tool, "-h", server.getHost(),
                "-p", String.valueOf(server.getPort() < 0 ? 5432 : server.getPort()), "-U", USER));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", PASSWORD);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(tool + " finished").isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
    }
}
