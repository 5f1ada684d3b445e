package org.policymonitor.workflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.MeasureStatus;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.workflow.Decision;
import org.policymonitor.workflow.InboxFilter;
import org.policymonitor.workflow.SubmissionWorkflow;
import org.policymonitor.workflow.TaskView;
import org.policymonitor.workflow.WorkflowFixtures;
import org.policymonitor.workflow.WorkflowIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Benchmark, not a test: run with {@code bench/lifecycle/run.sh}. Measures go through the whole submission
 * lifecycle (submit, review approve, partner confirm, evaluation sign-off, published) through the application's
 * services as the demo users, and, in the same JVM, through a bare Flowable engine (own in-memory H2 database)
 * running the same BPMN file with the service tasks replaced by a no-op delegate and the same user tasks
 * completed. App and bare rounds alternate so that the shared machine's load hits both alike. Prints measures/s
 * of both and their ratio (target: app >= 0.7 x bare).
 */
@WorkflowIntegrationTest
@EnabledIfSystemProperty(named = "bench.lifecycle", matches = "true")
@Import(StepProfile.Configuration.class)
class LifecycleThroughputBench {

    private static final int MEASURES = Integer.getInteger("bench.measures", 200);
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 100);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 4);
    private static final String PROCESS = "processes/measure-submission.bpmn20.xml";
    private static final String PROCESS_KEY = "measureSubmission";

    private static ProcessEngine bare;

    @Autowired
    MeasureService measures;
    @Autowired
    SubmissionWorkflow workflow;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;
    @Autowired
    SecurityContextHolderStrategy securityContextStrategy;

    private WorkflowFixtures fixtures;
    /** Wall and CPU time per step over the measured rounds, to show where the app's time goes. */
    private final Map<String, long[]> steps = new java.util.LinkedHashMap<>();
    private boolean measuring;
    private final Map<String, SecurityContext> signedIn = new HashMap<>();
    private int sequence;

    @BeforeAll
    static void startBareEngine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setEngineName("bare-benchmark");
        configuration.setJdbcUrl("jdbc:h2:mem:bare-flowable-benchmark;DB_CLOSE_DELAY=-1");
        configuration.setAsyncExecutorActivate(false);
        // "create-drop" (the in-memory default) logs errors when H2 refuses to drop Flowable's indexes at close
        configuration.setDatabaseSchemaUpdate(StandaloneInMemProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        JavaDelegate noOp = execution -> {
        };
        configuration.setBeans(new HashMap<>(Map.of("submissionSteps", noOp)));
        bare = configuration.buildProcessEngine();
        bare.getRepositoryService().createDeployment().addClasspathResource(PROCESS).deploy();
    }

    @AfterAll
    static void stopBareEngine() {
        if (bare != null) {
            bare.close();
        }
    }

    /** seconds: wall clock; cpuSeconds: CPU time of the benchmark thread, which runs every step synchronously. */
    record Round(String side, int count, double seconds, double cpuSeconds) {
        double perSecond() {
            return count / seconds;
        }

        double perCpuSecond() {
            return count / cpuSeconds;
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void submissionLifecycleThroughput() throws Exception {
        fixtures = new WorkflowFixtures(measures, referenceData, accounts, securityContextStrategy);
        for (String user : List.of("editor", "reviewer", "partner", "evaluator")) {
            UserDetails details = accounts.loadUserByUsername(user);
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null,
                    details.getAuthorities()));
            signedIn.put(user, context);
        }
        String partnerGroup = "partner:" + referenceData.partnerOrganisationByName(WorkflowFixtures.ARTS_COUNCIL)
                .orElseThrow().getId();
        long partyId = fixtures.mongolia().getId();

        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        // warm-up: both sides, not counted
        appRound(WARM_UP);
        bareRound(WARM_UP, partyId, partnerGroup);

        int perRound = Math.max(1, MEASURES / ROUNDS);
        List<Round> rounds = new ArrayList<>();
        measuring = true;
        for (int r = 0; r < ROUNDS; r++) {
            rounds.add(appRound(perRound));
            rounds.add(bareRound(perRound, partyId, partnerGroup));
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        double app = rate(rounds, "app", false);
        double bareRate = rate(rounds, "bare", false);
        double appCpu = rate(rounds, "app", true);
        double bareCpu = rate(rounds, "bare", true);
        double ratio = app / bareRate;
        double cpuRatio = appCpu / bareCpu;

        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "Warm-up %d measures per side; then %d rounds of %d measures, app and "
                + "bare alternating (submit -> review APPROVE -> partner CONFIRM -> evaluator SIGN_OFF -> published)%n",
                WARM_UP, ROUNDS, perRound));
        report.append("| round | side | measures | wall s | measures/s | thread CPU s | measures/CPU s |\n"
                + "|-------|------|----------|--------|------------|--------------|----------------|\n");
        for (int i = 0; i < rounds.size(); i++) {
            Round r = rounds.get(i);
            report.append(String.format(Locale.ROOT, "| %5d | %-4s | %8d | %6.2f | %10.1f | %12.2f | %14.1f |%n",
                    i / 2 + 1, r.side(), r.count(), r.seconds(), r.perSecond(), r.cpuSeconds(), r.perCpuSecond()));
        }
        report.append(String.format(Locale.ROOT, "app  (MeasureService + SubmissionWorkflow as the demo users): "
                + "%.1f measures/s (%.1f ms each); %.1f per CPU second%n", app, 1000 / app, appCpu));
        report.append(String.format(Locale.ROOT, "bare (standalone Flowable, same BPMN, no-op service tasks):     "
                + "%.1f measures/s (%.1f ms each); %.1f per CPU second%n", bareRate, 1000 / bareRate, bareCpu));
        report.append(String.format(Locale.ROOT, "ratio app / bare = %.2f wall clock, %.2f CPU time (target >= 0.70): "
                + "%s%n", ratio, cpuRatio, ratio >= 0.7 ? "met" : "NOT met"));
        report.append("Per step, measured rounds, ms per measure:  wall | thread CPU\n");
        steps.forEach((step, total) -> report.append(String.format(Locale.ROOT, "  %-44s %7.2f | %7.2f%n", step,
                total[0] / 1e6 / (perRound * ROUNDS), total[1] / 1e6 / (perRound * ROUNDS))));
        report.append(StepProfile.report(perRound * ROUNDS));
        Runtime runtime = Runtime.getRuntime();
        report.append(String.format(Locale.ROOT, "JVM %s, %d processors, max heap %d MB; system load average %.1f "
                + "before / %.1f after%n", System.getProperty("java.version"), runtime.availableProcessors(),
                runtime.maxMemory() / (1024 * 1024), loadBefore, loadAfter));
        System.out.println("\n===== Submission lifecycle throughput benchmark =====\n" + report);
        Path out = Path.of("target", "bench-lifecycle.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }

    private static double rate(List<Round> rounds, String side, boolean cpu) {
        int count = rounds.stream().filter(r -> r.side().equals(side)).mapToInt(Round::count).sum();
        double seconds = rounds.stream().filter(r -> r.side().equals(side))
                .mapToDouble(r -> cpu ? r.cpuSeconds() : r.seconds()).sum();
        return count / seconds;
    }

    // ---- the application: its services, as the signed-in demo users ----

    private Round appRound(int count) {
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // drafting is not part of the lifecycle measured here; the bare side has no equivalent
            drafts.add(fixtures.draft("Touring grants " + (++sequence), WorkflowFixtures.artsCouncil()));
        }
        long cpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (Long id : drafts) {
            timed("app: submit (+ process start)", () -> as("editor", () -> measures.submit(id, "editor")));
            decide("reviewer", id, Decision.APPROVE);
            decide("partner", id, Decision.CONFIRM);
            decide("evaluator", id, Decision.SIGN_OFF);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
        for (Long id : drafts) {
            assertThat(measures.find(id).orElseThrow().getStatus()).isEqualTo(MeasureStatus.PUBLISHED);
            assertThat(measures.currentPublication(id)).isPresent();
        }
        return new Round("app", count, seconds, cpuSeconds);
    }

    /** As a user would: the task from their inbox, then the decision. */
    private void decide(String user, Long measureId, Decision decision) {
        as(user, () -> {
            List<TaskView> open = timed("app: " + user + " inbox", () -> workflow.inbox(InboxFilter.all())).stream()
                    .filter(t -> t.measureId().equals(measureId)).toList();
            if (open.size() != 1) {
                throw new IllegalStateException(open.size() + " open tasks of measure " + measureId + " for " + user);
            }
            return timed("app: " + user + " complete " + decision, () -> {
                workflow.complete(open.getFirst().id(), decision, null);
                return null;
            });
        });
    }

    private <T> T timed(String step, java.util.function.Supplier<T> action) {
        long start = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        StepProfile.step = measuring && step.startsWith("app") ? step : null;
        try {
            return action.get();
        } finally {
            StepProfile.step = null;
            if (measuring) {
                long[] total = steps.computeIfAbsent(step, k -> new long[2]);
                total[0] += System.nanoTime() - start;
                total[1] += THREADS.getCurrentThreadCpuTime() - cpu;
            }
        }
    }

    private <T> T as(String user, java.util.function.Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(signedIn.get(user));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    // ---- the bare engine: same process, same variables, same user tasks ----

    private Round bareRound(int count, long partyId, String partnerGroup) {
        RuntimeService runtime = bare.getRuntimeService();
        TaskService tasks = bare.getTaskService();
        String reviewers = "reviewer:" + partyId;
        String evaluators = "evaluator:" + partyId;
        List<String> keys = new ArrayList<>();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String key = Integer.toString(1_000_000 + ++sequence);
            keys.add(key);
            String title = "Touring grants " + sequence;
            timed("bare: start process", () -> runtime.createProcessInstanceBuilder().processDefinitionKey(PROCESS_KEY)
                    .businessKey(key).name(title).variables(startVariables(key, partyId, partnerGroup)).start());
            bareDecide(tasks, reviewers, key, "reviewer", Decision.APPROVE);
            bareDecide(tasks, partnerGroup, key, "partner", Decision.CONFIRM);
            bareDecide(tasks, evaluators, key, "evaluator", Decision.SIGN_OFF);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
        for (String key : keys) {
            assertThat(bare.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(key)
                    .finished().singleResult().getEndActivityId()).isEqualTo("published");
        }
        return new Round("bare", count, seconds, cpuSeconds);
    }

    private void bareDecide(TaskService tasks, String group, String key, String user, Decision decision) {
        Task task = timed("bare: " + user + " task query", () -> tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY)
                .active().taskCandidateGroup(group).processInstanceBusinessKey(key).singleResult());
        Map<String, Object> variables = new HashMap<>();
        variables.put("decision", decision.name());
        variables.put("actor", user);
        variables.put("comment", null);
        timed("bare: " + user + " complete " + decision, () -> {
            tasks.complete(task.getId(), user, variables);
            return null;
        });
    }

    /** The variables {@code SubmissionWorkflow.start} gives a new instance. */
    private static Map<String, Object> startVariables(String key, long partyId, String partnerGroup) {
        ArrayList<HashMap<String, String>> partners = new ArrayList<>();
        HashMap<String, String> partner = new HashMap<>();
        partner.put("group", partnerGroup);
        partner.put("name", WorkflowFixtures.ARTS_COUNCIL);
        partners.add(partner);
        Map<String, Object> variables = new HashMap<>();
        variables.put("measureId", Long.valueOf(key));
        variables.put("measureTitle", "Touring grants " + key);
        variables.put("partyId", partyId);
        variables.put("submittedBy", "editor");
        variables.put("reviewerGroup", "reviewer:" + partyId);
        variables.put("evaluatorGroup", "evaluator:" + partyId);
        variables.put("partners", partners);
        variables.put("hasPartners", true);
        variables.put("partnerDeclined", false);
        variables.put("partnerReminder", Duration.ofDays(7).toString());
        variables.put("partnerEscalation", Duration.ofDays(14).toString());
        variables.put("reviewDue", Duration.ofDays(14).toString());
        variables.put("signOffDue", Duration.ofDays(14).toString());
        return variables;
    }
}
