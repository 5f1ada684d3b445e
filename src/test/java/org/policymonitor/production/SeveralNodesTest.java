package org.policymonitor.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policymonitor.PolicyMonitorApplication;
import org.policymonitor.workflow.Decision;
import org.policymonitor.workflow.PartnerConfirmationEscalated;
import org.policymonitor.workflow.PartnerReminderDue;
import org.policymonitor.workflow.TaskView;
import org.policymonitor.workflow.WorkflowFixtures;
import org.policymonitor.workflow.WorkflowStep;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Two application nodes on one PostgreSQL database, both with Flowable's async executor running: every
 * partner reminder and escalation timer fires on exactly one node, and every notification (in-app row and
 * e-mail) is made exactly once. See docs/deployment.md.
 */
@Tag("own-application")
class SeveralNodesTest {

    private static final int MEASURES = 10;
    private static final Duration REMINDER = Duration.ofSeconds(4);
    private static final Duration ESCALATION = Duration.ofSeconds(8);

    static ThrowAwayPostgres database;
    static GreenMail mail;
    static final List<Node> nodes = new ArrayList<>();

    /** One application plus what its timer steps did, counted when their transaction ended. */
    record Node(String name, AppDriver driver, Map<String, AtomicInteger> counts) {

        int count(String what) {
            return counts.getOrDefault(what, new AtomicInteger()).get();
        }
    }

    @BeforeAll
    static void start() {
        database = ThrowAwayPostgres.createIfAvailable().orElse(null);
        Assumptions.assumeTrue(database != null, "No PostgreSQL server at " + ThrowAwayPostgres.SERVER);
        mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        // The first node creates the schema and loads the demo data; the second one finds both.
        nodes.add(startNode("node-1", true));
        nodes.add(startNode("node-2", false));
    }

    private static Node startNode(String name, boolean demoData) {
        List<String> args = new ArrayList<>(database.arguments());
        args.addAll(List.of("--server.port=0", "--server.address=127.0.0.1",
                "--policymonitor.demo-data=" + (demoData ? "force" : "false"),
                "--flowable.async-executor-activate=true",
                "--flowable.process.async.executor.lock-owner=" + name,
                "--flowable.process.async.executor.default-timer-job-acquire-wait-time=PT0.2S",
                "--flowable.process.async.executor.default-async-job-acquire-wait-time=PT0.2S",
                "--policymonitor.workflow.partner-reminder=" + REMINDER,
                "--policymonitor.workflow.partner-escalation=" + ESCALATION,
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mail.getSmtp().getPort()));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(PolicyMonitorApplication.class)
                .run(args.toArray(String[]::new));
        Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
        context.addApplicationListener((ApplicationListener<ApplicationEvent>) event -> {
            if (event instanceof PayloadApplicationEvent<?> payload) {
                Object step = payload.getPayload();
                if (step instanceof PartnerReminderDue || step instanceof PartnerConfirmationEscalated) {
                    countOnCompletion(counts, step.getClass().getSimpleName());
                }
            }
        });
        return new Node(name, new AppDriver(context), counts);
    }

    /** Counts a timer step as committed or rolled back (e.g. lost an optimistic-lock race) when its transaction ends. */
    private static void countOnCompletion(Map<String, AtomicInteger> counts, String step) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            counts.computeIfAbsent(step + " without transaction", k -> new AtomicInteger()).incrementAndGet();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                String outcome = status == STATUS_COMMITTED ? " committed" : " rolled back";
                counts.computeIfAbsent(step + outcome, k -> new AtomicInteger()).incrementAndGet();
            }
        });
    }

    @AfterAll
    static void stop() throws Exception {
        for (Node node : nodes) {
            node.driver().context.close();
        }
        if (mail != null) {
            mail.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void remindersEscalationsAndTheirNotificationsHappenOnceAcrossTwoNodes() throws Exception {
        List<Long> measureIds = new ArrayList<>();
        // Submissions and review decisions alternate between the nodes, as behind a load balancer.
        for (int i = 0; i < MEASURES; i++) {
            AppDriver node = nodes.get(i % 2).driver();
            Long id = node.draft("Several nodes measure " + i, WorkflowFixtures.artsCouncil());
            node.submit(id);
            measureIds.add(id);
        }
        for (int i = 0; i < MEASURES; i++) {
            AppDriver node = nodes.get((i + 1) % 2).driver();
            TaskView review = node.task("reviewer", measureIds.get(i), WorkflowStep.REVIEW).orElseThrow();
            node.decide("reviewer", review, Decision.APPROVE);
        }
        String ids = measureIds.stream().map(String::valueOf).collect(Collectors.joining(","));

        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline && (count("select count(*) from workflow_step_log where outcome = "
                + "'ESCALATED' and measure_id in (" + ids + ")") < MEASURES
                || count("select count(*) from notification where kind in ('REMINDER', 'ESCALATION') and measure_id in ("
                        + ids + ")") < 2L * MEASURES
                || mail.getReceivedMessages().length < 4 * MEASURES)) {
            Thread.sleep(250);
        }
        // Several more acquisition rounds of both executors: a duplicate would show up now.
        Thread.sleep(3_000);

        Map<String, Long> stepsPerMeasure = grouped("select measure_id || ' ' || outcome, count(*) from workflow_step_log "
                + "where outcome in ('REMINDER_SENT', 'ESCALATED') and measure_id in (" + ids + ") group by measure_id, outcome");
        Map<String, Long> activitiesPerInstance = grouped("select proc_inst_id_ || ' ' || act_id_, count(*) from act_hi_actinst "
                + "where act_id_ in ('sendReminder', 'escalate') group by proc_inst_id_, act_id_");
        Map<String, Long> notifications = grouped("select recipient || ' ' || kind || ' ' || measure_id, count(*) "
                + "from notification where measure_id in (" + ids + ") group by recipient, kind, measure_id");
        Map<String, Long> mails = new TreeMap<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            mails.merge(recipients(message) + " | " + message.getSubject(), 1L, Long::sum);
        }
        long leftTimers = count("select count(*) from act_ru_timer_job");
        long deadLetters = count("select count(*) from act_ru_deadletter_job");

        System.out.println("=== Several nodes: " + MEASURES + " submissions with one partner, reminder after " + REMINDER
                + ", escalation after " + ESCALATION);
        for (Node node : nodes) {
            System.out.println("=== " + node.name() + " ran timer steps: " + new TreeMap<>(node.counts()));
        }
        System.out.println("=== timer steps in the step log: " + stepsPerMeasure.values().stream().mapToLong(Long::longValue).sum()
                + " (" + stepsPerMeasure.size() + " measure/step pairs), process activities: "
                + activitiesPerInstance.values().stream().mapToLong(Long::longValue).sum());
        System.out.println("=== notifications: " + notifications.values().stream().mapToLong(Long::longValue).sum()
                + " rows for " + notifications.size() + " (recipient, kind, measure), e-mails: "
                + mails.values().stream().mapToLong(Long::longValue).sum() + " for " + mails.size()
                + " (recipient, subject); timer jobs left: " + leftTimers + ", dead letters: " + deadLetters);

        assertThat(stepsPerMeasure).hasSize(2 * MEASURES).allSatisfy((key, n) -> assertThat(n).as(key).isEqualTo(1L));
        // per process instance: the reminder step and the escalation step, each once
        assertThat(activitiesPerInstance).hasSize(2 * MEASURES)
                .allSatisfy((key, n) -> assertThat(n).as(key).isEqualTo(1L));
        int committed = nodes.stream().mapToInt(n -> n.count("PartnerReminderDue committed")
                + n.count("PartnerConfirmationEscalated committed")).sum();
        assertThat(committed).isEqualTo(2 * MEASURES);
        assertThat(nodes).allSatisfy(n -> assertThat(n.counts()).doesNotContainKeys(
                "PartnerReminderDue without transaction", "PartnerConfirmationEscalated without transaction"));

        // Per measure: the partner confirmation and its reminder to the Arts Council's contact, the review task and
        // the escalation to Mongolia's reviewer; each once.
        assertThat(notifications).allSatisfy((key, n) -> assertThat(n).as(key).isEqualTo(1L));
        for (Long id : measureIds) {
            assertThat(notifications).containsKeys("partner PARTNER_CONFIRMATION " + id, "partner REMINDER " + id,
                    "reviewer TASK_ASSIGNED " + id, "reviewer ESCALATION " + id);
        }
        assertThat(mails).allSatisfy((key, n) -> assertThat(n).as(key).isEqualTo(1L));
        long reminderMails = mails.keySet().stream().filter(k -> k.startsWith("partner@example.org")
                && k.contains("reminder, confirmation pending: Several nodes measure ")).count();
        long escalationMails = mails.keySet().stream().filter(k -> k.startsWith("reviewer@example.org")
                && k.contains("partners have not answered: Several nodes measure ")).count();
        assertThat(reminderMails).isEqualTo(MEASURES);
        assertThat(escalationMails).isEqualTo(MEASURES);
        assertThat(leftTimers).isZero();
        assertThat(deadLetters).isZero();
    }

    private static String recipients(MimeMessage message) throws MessagingException {
        return java.util.Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString)
                .collect(Collectors.joining(","));
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Map<String, Long> grouped(String sql) throws SQLException {
        Map<String, Long> result = new TreeMap<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                result.put(rows.getString(1), rows.getLong(2));
            }
        }
        return result;
    }
}
