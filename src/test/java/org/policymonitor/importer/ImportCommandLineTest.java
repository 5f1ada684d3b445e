package org.policymonitor.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policymonitor.PolicyMonitorApplication;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import command as an administrator runs it: in a JVM of its own, on a fresh data directory, as
 * {@code java ... --policymonitor.import.folder=DIR ...}. It must load the reference data first, print each
 * warning, start no web server, store nothing in a dry run, create no ministry nobody accepted, and exit.
 */
@Tag("own-application")
class ImportCommandLineTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path folder;

    record Run(int exit, String out, String err) {
    }

    @Test
    void aDryRunOnAFreshDataDirectoryWritesOneJsonLinePerFileStoresNothingAndFailsOnAnUnreadableFile() throws Exception {
        Path in = exports("01-party-line-eu.txt", "03-layout-2023-music.txt");
        Files.write(in.resolve("broken.txt"), new byte[] {'a', 0, 0, 0, 'b', 0, 0, 0, 'c', 0});
        Path data = folder.resolve("data");

        Run run = run("--policymonitor.data-dir=" + data, "--policymonitor.import.folder=" + in,
                "--policymonitor.import.dry-run=true");

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : run.out().strip().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).extracting(l -> l.get("source").asString())
                .containsExactly("01-party-line-eu.txt", "03-layout-2023-music.txt", "broken.txt");
        assertThat(lines.get(0).get("party").asString()).isEqualTo("EU");
        assertThat(lines.get(0).get("content").get("budgetUsd").asLong()).isEqualTo(2_200_000L);
        assertThat(lines.get(1).get("content").get("agencies").get(0).asString()).isEqualTo("Ministerio de Cultura y Juventud");
        assertThat(lines.get(2).get("content").isNull()).isTrue();
        assertThat(lines.get(2).get("issues").get(0).get("key").asString()).isEqualTo("import.error.binary");
        // each warning's text, on standard error
        assertThat(run.err()).contains("Spam web addresses copied with the page were left out.")
                .contains("The file is not a text export");
        assertThat(run.err()).doesNotContain("Tomcat started").doesNotContain("Tomcat initialized");
        assertThat(count(data, "select count(*) from import_record")).isZero();
        assertThat(count(data, "select count(*) from party")).as("reference data loaded").isPositive();
    }

    @Test
    void anImportIntoAFreshDataDirectoryStoresTheRecordsWithoutInventingMinistriesAndExitsWithZero() throws Exception {
        Path in = exports("19-agencies-numbered.txt", "12-no-labels.txt");
        Path data = folder.resolve("data");

        Run run = run("--policymonitor.data-dir=" + data, "--policymonitor.import.folder=" + in,
                "--policymonitor.import.party=MN", "--policymonitor.import.cycle=2024-2027",
                "--policymonitor.import.as=DRAFT");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out() + run.err()).contains("CREATED 19-agencies-numbered.txt")
                .contains("CREATED 12-no-labels.txt").contains("The record has no labels")
                .doesNotContain("Tomcat started");
        assertThat(count(data, "select count(*) from import_record")).isEqualTo(2);
        // the demo data's "Ministry of Culture" of Mongolia is matched; the other agencies are not invented
        assertThat(count(data, "select count(*) from ministry where name in ('Ministry of Education', 'National Library')"))
                .isZero();
        assertThat(count(data, "select count(*) from measure m join import_record r on r.measure_id = m.id "
                + "join ministry y on y.id = m.ministry_id where r.source_name = '19-agencies-numbered.txt' "
                + "and y.name = 'Ministry of Culture' and y.party_id = m.party_id")).isEqualTo(1);
        assertThat(count(data, "select count(*) from measure m join import_record r on r.measure_id = m.id "
                + "where r.source_name = '12-no-labels.txt' and m.ministry_id is null")).isEqualTo(1);
    }

    private Path exports(String... names) throws IOException {
        Path in = Files.createDirectories(folder.resolve("in"));
        for (String name : names) {
            Files.copy(GroundTruthTest.FOLDER.resolve(name), in.resolve(name));
        }
        return in;
    }

    private Run run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), PolicyMonitorApplication.class.getName()));
        command.addAll(List.of(args));
        Path out = folder.resolve("stdout.txt");
        Path err = folder.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(6, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the import command did not exit: " + Files.readString(err));
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static long count(Path data, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + data + "/policymonitor", "sa", "");
                Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
