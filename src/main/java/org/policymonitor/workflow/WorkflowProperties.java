package org.policymonitor.workflow;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Time limits of the submission workflow ({@code policymonitor.workflow.*}, ISO-8601 durations such as
 * {@code P7D}). Read when a submission starts, so a change applies to submissions started afterwards.
 *
 * @param partnerReminder after this time without an answer, partners are reminded
 * @param partnerEscalation after this time without an answer, the reviewers are asked to step in; also the
 *        partner task's due date
 * @param reviewDue due date of the review task, counted from its creation
 * @param signOffDue due date of the evaluation sign-off task
 */
@ConfigurationProperties("policymonitor.workflow")
record WorkflowProperties(Duration partnerReminder, Duration partnerEscalation, Duration reviewDue,
        Duration signOffDue) {

    WorkflowProperties {
        partnerReminder = partnerReminder == null ? Duration.ofDays(7) : partnerReminder;
        partnerEscalation = partnerEscalation == null ? Duration.ofDays(14) : partnerEscalation;
        reviewDue = reviewDue == null ? Duration.ofDays(14) : reviewDue;
        signOffDue = signOffDue == null ? Duration.ofDays(14) : signOffDue;
    }
}
