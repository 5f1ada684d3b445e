package org.policymonitor.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policymonitor.PolicyMonitorApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The event publication registry keeps a notification that a killed process had not written: the child JVM
 * ({@link NotificationKillDriver}) commits a reviewer's return and is killed with SIGKILL while the after-commit
 * listener is still running; the restarted application finds the publication incomplete, runs the listener again,
 * and the editors get their "returned" notification exactly once. PostgreSQL when reachable, else file H2.
 */
@Tag("own-application")
class NotificationRegistryKillTest {

    static final String TITLE = "Kill-test measure";
    static final String REASON = "Please cite the law that founded the fund.";

    @TempDir
    Path temp;

    @Test
    void aNotificationNotWrittenWhenTheProcessDiedIsWrittenAfterTheRestart() throws Exception {
        Optional<ThrowAwayPostgres> postgres = ThrowAwayPostgres.createIfAvailable();
        try {
            List<String> database = postgres.map(ThrowAwayPostgres::arguments)
                    .orElse(List.of("--policymonitor.data-dir=" + temp.resolve("data")));
            Long measureId = runAndKill(database);
            List<String> args = new ArrayList<>(database);
            args.addAll(List.of("--server.port=0", "--server.address=127.0.0.1", "--policymonitor.demo-data=force"));
            try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(PolicyMonitorApplication.class)
                    .run(args.toArray(String[]::new))) {
                JdbcTemplate jdbc = new JdbcTemplate(restarted.getBean(DataSource.class));
                List<Map<String, Object>> returned = awaitRows(jdbc, measureId);
                assertThat(returned).as("the RETURNED notifications of measure %s after the restart", measureId)
                        .isNotEmpty()
                        .allSatisfy(row -> assertThat(row.get("detail")).isEqualTo(REASON));
                assertThat(returned.stream().map(row -> row.get("recipient")).distinct().count())
                        .as("one notification per editor").isEqualTo(returned.size());
                assertThat(returned).extracting(row -> row.get("recipient")).contains("editor");
                assertThat(jdbc.queryForObject("select count(*) from event_publication", Long.class))
                        .as("no publication left incomplete").isZero();
            }
        } finally {
            if (postgres.isPresent()) {
                postgres.get().close();
            }
        }
    }

    /** Starts the child, waits until the listener hangs, kills it and returns the returned measure's id. */
    private Long runAndKill(List<String> database) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx768m", "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                NotificationKillDriver.class.getName(), "--server.port=0", "--server.address=127.0.0.1",
                "--logging.level.root=WARN", "--policymonitor.demo-data=force"));
        command.addAll(database);
        Path childLog = temp.resolve("child.log");
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = Thread.ofPlatform().start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
                    PrintWriter out = new PrintWriter(Files.newBufferedWriter(childLog))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    out.println(line);
                    if (line.startsWith("KILL ")) {
                        lines.add(line);
                    }
                }
            } catch (IOException ignored) {
                // the child was killed
            }
        });
        try {
            long deadline = System.nanoTime() + java.time.Duration.ofMinutes(5).toNanos();
            while (!lines.contains(NotificationKillDriver.BLOCKED)) {
                if (!child.isAlive() || System.nanoTime() > deadline || lines.contains("KILL NOT BLOCKED")) {
                    List<String> all = Files.readAllLines(childLog);
                    throw new AssertionError("The listener did not hang (child alive: " + child.isAlive() + "):\n"
                            + String.join("\n", all.subList(Math.max(0, all.size() - 60), all.size())));
                }
                Thread.sleep(100);
            }
        } finally {
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no graceful close
            child.waitFor();
            reader.join(10_000);
        }
        return lines.stream().filter(l -> l.startsWith("KILL MEASURE ")).map(l -> Long.valueOf(l.substring(13)))
                .findFirst().orElseThrow();
    }

    /** The republication runs as the application starts; give it a little time to finish. */
    private static List<Map<String, Object>> awaitRows(JdbcTemplate jdbc, Long measureId) throws InterruptedException {
        List<Map<String, Object>> rows = List.of();
        for (int attempt = 0; attempt < 100 && rows.isEmpty(); attempt++) {
            rows = jdbc.queryForList("select recipient, detail from notification where kind = 'RETURNED' "
                    + "and measure_id = ?", measureId);
            if (rows.isEmpty()) {
                Thread.sleep(100);
            }
        }
        return rows;
    }
}
