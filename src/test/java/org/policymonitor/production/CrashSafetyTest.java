package org.policymonitor.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policymonitor.PolicyMonitorApplication;
import org.policymonitor.workflow.Decision;
import org.policymonitor.workflow.WorkflowConsistency;
import org.policymonitor.workflow.WorkflowStep;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application killed with SIGKILL while it drives measures through the workflow from several threads
 * ({@link CrashLoadDriver} in a JVM of its own), then restarted on the same database: every measure is in one
 * consistent state (status and process agree, nothing committed is lost, nothing is published twice) and every
 * measure in flight can be taken on to publication. PostgreSQL when a server is reachable, else a file H2 database.
 */
@Tag("own-application")
class CrashSafetyTest {

    static final String TITLE = "Crash measure ";
    private static final int MEASURES = 30;
    /** Of about 150 steps in all (4 to 6 per measure). */
    private static final int KILL_AFTER_STEPS = 80;

    @TempDir
    Path temp;

    @Test
    void aKilledNodeRestartsWithEveryMeasureInOneConsistentState() throws Exception {
        Optional<ThrowAwayPostgres> postgres = ThrowAwayPostgres.createIfAvailable();
        try {
            List<String> database = postgres.map(ThrowAwayPostgres::arguments)
                    .orElse(List.of("--policymonitor.data-dir=" + temp.resolve("data")));
            System.out.println("=== Crash test on " + (postgres.isPresent() ? "PostgreSQL " + postgres.get().url()
                    : "file H2 in " + temp));
            List<String> log = runAndKill(database);
            verifyAfterRestart(database, log);
        } finally {
            if (postgres.isPresent()) {
                postgres.get().close();
            }
        }
    }

    /** Starts the load in a child JVM, kills it with SIGKILL mid-way and returns its committed-step lines. */
    private List<String> runAndKill(List<String> database) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx768m", "-Dload.measures=" + MEASURES, "-Dload.threads=4",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                CrashLoadDriver.class.getName(),
                "--server.port=0", "--server.address=127.0.0.1", "--logging.level.root=WARN",
                "--policymonitor.demo-data=force"));
        command.addAll(database);
        Path childLog = temp.resolve("child.log");
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = Thread.ofPlatform().start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
                    PrintWriter out = new PrintWriter(Files.newBufferedWriter(childLog))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    out.println(line);
                    if (line.startsWith("LOAD ")) {
                        lines.add(line);
                    }
                }
            } catch (IOException ignored) {
                // the child was killed
            }
        });
        try {
            await("the child application to start", Duration.ofMinutes(5), child,
                    () -> lines.contains(CrashLoadDriver.READY), childLog);
            await(KILL_AFTER_STEPS + " committed steps", Duration.ofMinutes(5), child,
                    () -> lines.size() > KILL_AFTER_STEPS, childLog);
        } finally {
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no graceful close
            child.waitFor();
            reader.join(10_000);
        }
        assertThat(lines).as("the load was still running at the kill").doesNotContain(CrashLoadDriver.DONE)
                .noneMatch(l -> l.contains(" FAILED "));
        return List.copyOf(lines);
    }

    private static void await(String what, Duration timeout, Process child, BooleanSupplier done, Path childLog)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (!child.isAlive() || System.nanoTime() > deadline) {
                List<String> all = Files.readAllLines(childLog);
                throw new AssertionError("Gave up waiting for " + what + " (child alive: " + child.isAlive()
                        + "); last output:\n" + String.join("\n", all.subList(Math.max(0, all.size() - 60), all.size())));
            }
            Thread.sleep(100);
        }
    }

    private void verifyAfterRestart(List<String> database, List<String> log) throws Exception {
        // committed steps per measure, in order
        Map<Long, List<String>> steps = new LinkedHashMap<>();
        for (String line : log) {
            String[] parts = line.split(" ");
            if (parts.length == 4 && !parts[2].equals("-")) {
                steps.computeIfAbsent(Long.valueOf(parts[2]), k -> new ArrayList<>()).add(parts[3]);
            }
        }
        Map<Long, String> lastStep = new TreeMap<>();
        steps.forEach((id, s) -> lastStep.put(id, s.getLast()));
        Map<String, Long> inFlight = lastStep.values().stream().filter(s -> !s.equals("PUBLISHED"))
                .collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting()));
        System.out.println("=== killed after " + log.size() + " committed steps: " + lastStep.size() + " measures started, "
                + lastStep.values().stream().filter("PUBLISHED"::equals).count() + " published, "
                + inFlight.values().stream().mapToLong(Long::longValue).sum() + " in flight at the kill (last committed step: "
                + inFlight + ")");

        List<String> args = new ArrayList<>(database);
        args.addAll(List.of("--server.port=0", "--server.address=127.0.0.1", "--policymonitor.demo-data=force"));
        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(PolicyMonitorApplication.class)
                .run(args.toArray(String[]::new))) {
            AppDriver app = new AppDriver(restarted);
            JdbcTemplate jdbc = new JdbcTemplate(restarted.getBean(DataSource.class));
            WorkflowConsistency consistency = restarted.getBean(WorkflowConsistency.class);

            Map<Long, String> statuses = statuses(jdbc);
            System.out.println("=== after the restart: " + statuses.size() + " measures, by status "
                    + statuses.values().stream().collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting())));
            assertThat(statuses).as("every committed draft is there").containsKeys(lastStep.keySet().toArray(Long[]::new));
            lastStep.forEach((id, step) -> assertThat(statuses.get(id)).as("measure %s after %s", id, step)
                    .isIn(possibleStatuses(step)));
            assertConsistent(jdbc, statuses);
            assertThat(app.as("admin", consistency::inconsistencies)).isEmpty();

            // Every measure in flight goes on to publication on the restarted node.
            for (Long id : statuses.keySet()) {
                for (int round = 0; round < 6 && !"PUBLISHED".equals(status(jdbc, id)); round++) {
                    advance(app, id, status(jdbc, id));
                }
            }
            Map<Long, String> finished = statuses(jdbc);
            assertThat(finished).allSatisfy((id, status) -> assertThat(status).as("measure %s", id).isEqualTo("PUBLISHED"));
            assertConsistent(jdbc, finished);
            assertThat(app.as("admin", consistency::inconsistencies)).isEmpty();
            System.out.println("=== after the restart every one of the " + finished.size()
                    + " measures was taken on to publication: " + jdbc.queryForObject("select count(*) from "
                    + "measure_publication p join measure m on m.id = p.measure_id where m.title like '" + TITLE
                    + "%'", Long.class) + " publications, no inconsistency");
        }
    }

    /** What a measure may be after its last logged step: that step, or the next one committed but not yet logged. */
    private static Set<String> possibleStatuses(String lastLogged) {
        return switch (lastLogged) {
            case "DRAFT" -> Set.of("DRAFT", "IN_REVIEW");
            case "SUBMITTED", "RESUBMITTED" -> Set.of("IN_REVIEW", "RETURNED", "AWAITING_PARTNERS", "AWAITING_SIGN_OFF");
            case "RETURNED" -> Set.of("RETURNED", "IN_REVIEW");
            case "APPROVED" -> Set.of("AWAITING_PARTNERS", "AWAITING_SIGN_OFF", "PUBLISHED");
            case "CONFIRMED" -> Set.of("AWAITING_SIGN_OFF", "PUBLISHED");
            case "PUBLISHED" -> Set.of("PUBLISHED");
            default -> throw new IllegalArgumentException(lastLogged);
        };
    }

    private static void advance(AppDriver app, Long id, String status) {
        switch (status) {
            case "DRAFT", "RETURNED" -> app.submit(id);
            case "IN_REVIEW" -> app.decide("reviewer",
                    app.task("reviewer", id, WorkflowStep.REVIEW).orElseThrow(), Decision.APPROVE);
            case "AWAITING_PARTNERS" -> app.decide("partner",
                    app.task("partner", id, WorkflowStep.PARTNER_CONFIRMATION).orElseThrow(), Decision.CONFIRM);
            case "AWAITING_SIGN_OFF" -> app.decide("evaluator",
                    app.task("evaluator", id, WorkflowStep.SIGN_OFF).orElseThrow(), Decision.SIGN_OFF);
            default -> throw new IllegalStateException("measure " + id + " is " + status);
        }
    }

    /** Status, process, open tasks, step log and publications agree for every measure of the load. */
    private static void assertConsistent(JdbcTemplate jdbc, Map<Long, String> statuses) {
        Map<Long, Integer> running = new HashMap<>();
        jdbc.query("select business_key_ from act_ru_execution where id_ = proc_inst_id_ and proc_def_id_ like "
                + "'measureSubmission:%'", rs -> {
                    running.merge(Long.valueOf(rs.getString(1)), 1, Integer::sum);
                });
        Map<Long, List<String>> openTasks = new HashMap<>();
        jdbc.query("select e.business_key_, t.task_def_key_ from act_ru_task t join act_ru_execution e "
                + "on e.id_ = t.proc_inst_id_", rs -> {
                    openTasks.computeIfAbsent(Long.valueOf(rs.getString(1)), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<Long, long[]> publications = new HashMap<>();
        jdbc.query("select measure_id, count(*), sum(case when current_version then 1 else 0 end), "
                + "count(distinct publication_no) from measure_publication group by measure_id", rs -> {
                    publications.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                });
        Map<Long, Long> publishedSteps = new HashMap<>();
        jdbc.query("select measure_id, count(*) from workflow_step_log where outcome = 'PUBLISHED' group by measure_id",
                rs -> {
                    publishedSteps.put(rs.getLong(1), rs.getLong(2));
                });
        statuses.forEach((id, status) -> {
            String measure = "measure " + id + " (" + status + ")";
            int instances = running.getOrDefault(id, 0);
            List<String> tasks = openTasks.getOrDefault(id, List.of());
            long[] published = publications.getOrDefault(id, new long[3]);
            switch (status) {
                case "IN_REVIEW" -> assertThat(tasks).as(measure).containsExactly("review");
                case "AWAITING_PARTNERS" -> assertThat(tasks).as(measure).isNotEmpty().containsOnly("confirmPartner");
                case "AWAITING_SIGN_OFF" -> assertThat(tasks).as(measure).containsExactly("signOff");
                case "DRAFT", "RETURNED", "PUBLISHED" -> assertThat(tasks).as(measure).isEmpty();
                default -> throw new AssertionError(measure + ": a status the workflow never leaves a measure in");
            }
            assertThat(instances).as(measure + " running submissions")
                    .isEqualTo(Set.of("IN_REVIEW", "AWAITING_PARTNERS", "AWAITING_SIGN_OFF").contains(status) ? 1 : 0);
            int expectedPublications = status.equals("PUBLISHED") ? 1 : 0;
            assertThat(published[0]).as(measure + " publications").isEqualTo(expectedPublications);
            assertThat(published[1]).as(measure + " current publications").isEqualTo(expectedPublications);
            assertThat(published[2]).as(measure + " distinct publication numbers").isEqualTo(published[0]);
            assertThat(publishedSteps.getOrDefault(id, 0L)).as(measure + " publication steps logged")
                    .isEqualTo(expectedPublications);
        });
    }

    private static Map<Long, String> statuses(JdbcTemplate jdbc) {
        Map<Long, String> statuses = new TreeMap<>();
        jdbc.query("select id, status from measure where title like '" + TITLE + "%'", rs -> {
            statuses.put(rs.getLong(1), rs.getString(2));
        });
        return statuses;
    }

    private static String status(JdbcTemplate jdbc, Long id) {
        return jdbc.queryForObject("select status from measure where id = ?", String.class, id);
    }
}
