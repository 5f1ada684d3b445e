package org.policymonitor.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policymonitor.measure.MeasureEditing;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.PartnerRow;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.tracking.SubmissionFixtures;
import org.policymonitor.tracking.TestMailPort;
import org.policymonitor.tracking.TrackingIntegrationTest;
import org.policymonitor.workflow.Decision;
import org.policymonitor.workflow.SubmissionWorkflow;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** E-mails on workflow events: once, to the right people, in their language, and not when they opted out. */
@TrackingIntegrationTest
class NotificationMailTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestMailPort.smtp()).withPerMethodLifecycle(true);

    @Autowired
    NotificationService notifications;
    @Autowired
    MeasureService measures;
    @Autowired
    MeasureEditing editing;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;
    @Autowired
    SubmissionWorkflow workflow;
    @Autowired
    ManagementService management;
    @Autowired
    ProcessEngineConfiguration engine;
    @Autowired
    RuntimeService runtime;

    SubmissionFixtures fixtures;

    @AfterEach
    void resetEngineClock() {
        engine.getClock().reset();
    }

    @BeforeEach
    void setUp() {
        fixtures = new SubmissionFixtures(measures, referenceData, accounts, workflow);
        preferences("editor", "fr", Set.of());
        preferences("reviewer", null, Set.of());
        preferences("evaluator", null, Set.of());
        preferences("partner", "es", Set.of());
    }

    private void preferences(String username, String language, Set<NotificationKind> optOuts) {
        fixtures.doAs(username, () -> notifications.savePreferences(new NotificationPreferences(language, optOuts)));
    }

    private record Mail(String to, String subject, String body) {
    }

    private static List<Mail> received() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(NotificationMailTest::mail).toList();
    }

    private static Mail mail(MimeMessage message) {
        try {
            return new Mail(message.getRecipients(Message.RecipientType.TO)[0].toString(), message.getSubject(),
                    message.getContent().toString().replace("\r\n", "\n"));
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Mails received since {@code before} (GreenMail lists them by mailbox, not in the order they came). */
    private static List<Mail> since(List<Mail> before) {
        List<Mail> all = new java.util.ArrayList<>(received());
        before.forEach(all::remove);
        return all;
    }

    @Test
    void reviewersAreToldOfTheTaskAndEditorsOfTheReturnInTheirLanguage() {
        Long id = fixtures.submitted(fixtures.culture(), "Touring grants", List.of());

        assertThat(received()).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("reviewer@example.org");
            assertThat(mail.subject()).isEqualTo("Policy Monitor - new task: Touring grants");
        });

        List<Mail> before = received();
        fixtures.decide("reviewer", id, Decision.RETURN, "The budget is missing");

        assertThat(since(before)).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("editor@example.org");
            assertThat(mail.subject()).isEqualTo("Policy Monitor - mesure renvoyée\u00a0: Touring grants");
            assertThat(mail.body()).contains("Bonjour").contains("«\u00a0Touring grants\u00a0»").contains("The budget is missing");
        });

        List<Notification> inApp = fixtures.as("editor", () -> notifications.mine());
        assertThat(inApp).filteredOn(n -> id.equals(n.measureId())).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.RETURNED);
            assertThat(n.detail()).isEqualTo("The budget is missing");
            assertThat(n.unread()).isTrue();
        });
    }

    @Test
    void editorsAreToldOfACancelledSubmissionWithTheReasonButNotOfARevisionTheyStart() {
        Long id = fixtures.submitted(fixtures.culture(), "Puppet festival", List.of());
        List<Mail> before = received();

        fixtures.doAs("admin", () -> workflow.cancel(id, "Belongs to the next cycle"));

        assertThat(since(before)).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("editor@example.org");
            assertThat(mail.subject()).startsWith("Policy Monitor - soumission annulée").endsWith("Puppet festival");
            assertThat(mail.body()).contains("Puppet festival").contains("Belongs to the next cycle");
        });
        assertThat(fixtures.as("editor", () -> notifications.mine())).filteredOn(n -> id.equals(n.measureId()))
                .singleElement().satisfies(n -> {
                    assertThat(n.kind()).isEqualTo(NotificationKind.CANCELLED);
                    assertThat(n.detail()).isEqualTo("Belongs to the next cycle");
                    assertThat(NotificationKind.CANCELLED.target(id)).isEqualTo("measures/" + id + "/edit");
                });

        Long published = fixtures.submitted(fixtures.culture(), "Puppet museum", List.of());
        fixtures.decide("reviewer", published, Decision.APPROVE, null);
        fixtures.decide("evaluator", published, Decision.SIGN_OFF, null);
        List<Notification> beforeRevision = fixtures.as("editor", () -> notifications.mine());
        fixtures.doAs("editor", () -> editing.startRevision(published));
        assertThat(fixtures.as("editor", () -> notifications.mine())).hasSameSizeAs(beforeRevision);
    }

    @Test
    void anOptedOutUserGetsNoEmailButStillTheInAppNotification() {
        preferences("evaluator", null, Set.of(NotificationKind.TASK_ASSIGNED));
        Long id = fixtures.submitted(fixtures.culture(), "Film fund", List.of());
        fixtures.decide("reviewer", id, Decision.APPROVE, null);

        assertThat(received()).extracting(Mail::to).containsExactly("reviewer@example.org");
        assertThat(fixtures.as("evaluator", () -> notifications.mine()))
                .filteredOn(n -> id.equals(n.measureId())).singleElement()
                .extracting(Notification::kind).isEqualTo(NotificationKind.TASK_ASSIGNED);

        List<Mail> before = received();
        fixtures.decide("evaluator", id, Decision.SIGN_OFF, null);

        assertThat(since(before)).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("editor@example.org");
            assertThat(mail.subject()).isEqualTo("Policy Monitor - mesure publiée\u00a0: Film fund");
        });
    }

    @Test
    void thePartnerIsAskedToConfirmOnceInSpanish() {
        Long id = fixtures.submitted(fixtures.culture(), "Music schools",
                List.of(new PartnerRow(SubmissionFixtures.ARTS_COUNCIL, "CIVIL_SOCIETY")));
        List<Mail> before = received();
        fixtures.decide("reviewer", id, Decision.APPROVE, null);

        assertThat(before).extracting(Mail::to).containsExactly("reviewer@example.org");
        assertThat(since(before)).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("partner@example.org");
            assertThat(mail.subject()).isEqualTo("Policy Monitor - confirme su asociación: Music schools");
            assertThat(mail.body()).contains("Hola").contains(SubmissionFixtures.ARTS_COUNCIL);
        });
    }

    @Test
    void theReminderGoesToThePartnerAndTheEscalationToTheReviewersOnce() {
        Long id = fixtures.submitted(fixtures.culture(), "Crafts fair",
                List.of(new PartnerRow(SubmissionFixtures.ARTS_COUNCIL, "CIVIL_SOCIETY")));
        fixtures.decide("reviewer", id, Decision.APPROVE, null);
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id.toString()).singleResult().getId();
        Instant start = Instant.now();
        List<Mail> before = received();

        engine.getClock().setCurrentTime(Date.from(start.plus(Duration.ofDays(8))));
        runTimers(pi);
        assertThat(since(before)).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("partner@example.org");
            assertThat(mail.subject()).isEqualTo("Policy Monitor - recordatorio, confirmación pendiente: Crafts fair");
        });

        List<Mail> afterReminder = received();
        engine.getClock().setCurrentTime(Date.from(start.plus(Duration.ofDays(15))));
        runTimers(pi);
        assertThat(since(afterReminder)).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("reviewer@example.org");
            assertThat(mail.subject()).isEqualTo("Policy Monitor - partners have not answered: Crafts fair");
            assertThat(mail.body()).contains(SubmissionFixtures.ARTS_COUNCIL);
        });
    }

    private void runTimers(String processInstanceId) {
        List<Job> due = management.createTimerJobQuery().processInstanceId(processInstanceId).executable().list();
        assertThat(due).hasSize(1);
        for (Job timer : due) {
            management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
        }
    }
}
