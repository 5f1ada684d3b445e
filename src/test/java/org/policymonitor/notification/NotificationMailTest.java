package org.policymonitor.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.PartnerRow;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.tracking.SubmissionFixtures;
import org.policymonitor.tracking.TrackingIntegrationTest;
import org.policymonitor.workflow.Decision;
import org.policymonitor.workflow.SubmissionWorkflow;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** E-mails on workflow events: once, to the right people, in their language, and not when they opted out. */
@TrackingIntegrationTest
class NotificationMailTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(true);

    @Autowired
    NotificationService notifications;
    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;
    @Autowired
    SubmissionWorkflow workflow;

    SubmissionFixtures fixtures;

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
                    GreenMailUtil.getBody(message).replace("=\r\n", "").replace("\r\n", "\n"));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void reviewersAreToldOfTheTaskAndEditorsOfTheReturnInTheirLanguage() {
        Long id = fixtures.submitted(fixtures.culture(), "Touring grants", List.of());

        assertThat(received()).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("reviewer@example.org");
            assertThat(mail.subject()).isEqualTo("Policy Monitor - new task: Touring grants");
        });

        fixtures.decide("reviewer", id, Decision.RETURN, "The budget is missing");

        List<Mail> mails = received();
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).to()).isEqualTo("editor@example.org");
        assertThat(mails.get(1).subject()).isEqualTo("Policy Monitor - mesure renvoyée : Touring grants");
        assertThat(mails.get(1).body()).contains("Bonjour").contains("The budget is missing");

        List<Notification> inApp = fixtures.as("editor", () -> notifications.mine());
        assertThat(inApp).filteredOn(n -> id.equals(n.measureId())).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.RETURNED);
            assertThat(n.detail()).isEqualTo("The budget is missing");
            assertThat(n.unread()).isTrue();
        });
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

        fixtures.decide("evaluator", id, Decision.SIGN_OFF, null);

        List<Mail> mails = received();
        assertThat(mails).extracting(Mail::to).containsExactly("reviewer@example.org", "editor@example.org");
        assertThat(mails.get(1).subject()).isEqualTo("Policy Monitor - mesure publiée : Film fund");
    }

    @Test
    void thePartnerIsAskedToConfirmOnceInSpanish() {
        Long id = fixtures.submitted(fixtures.culture(), "Music schools",
                List.of(new PartnerRow(SubmissionFixtures.ARTS_COUNCIL, "CIVIL_SOCIETY")));
        fixtures.decide("reviewer", id, Decision.APPROVE, null);

        List<Mail> mails = received();
        assertThat(mails).extracting(Mail::to).containsExactly("reviewer@example.org", "partner@example.org");
        assertThat(mails.get(1).subject()).isEqualTo("Policy Monitor - confirme su asociación: Music schools");
        assertThat(mails.get(1).body()).contains(SubmissionFixtures.ARTS_COUNCIL);
    }
}
