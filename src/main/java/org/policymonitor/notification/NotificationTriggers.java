package org.policymonitor.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.policymonitor.measure.Measure;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.MeasureStatus;
import org.policymonitor.measure.MeasureStatusChanged;
import org.policymonitor.party.PartnerOrganisation;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.report.ReportReminderDue;
import org.policymonitor.report.ReportStatusChanged;
import org.policymonitor.security.Role;
import org.policymonitor.workflow.PartnerConfirmationEscalated;
import org.policymonitor.workflow.PartnerReminderDue;
import org.policymonitor.workflow.TaskAudience;
import org.policymonitor.workflow.WorkflowStep;
import org.policymonitor.workflow.WorkflowTaskAssigned;
import org.policymonitor.workflow.WorkflowTaskTakenAway;
import org.policymonitor.workflow.WorkflowTaskCreated;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Who is told what, and when: after the transaction of the step commits (a rolled-back step notifies
 * nobody), once per event and recipient.
 */
@Component
class NotificationTriggers {

    private final NotificationService notifications;
    private final UserDirectory directory;
    private final MeasureService measures;
    private final ReferenceData referenceData;

    NotificationTriggers(NotificationService notifications, UserDirectory directory, MeasureService measures,
            ReferenceData referenceData) {
        this.notifications = notifications;
        this.directory = directory;
        this.measures = measures;
        this.referenceData = referenceData;
    }

    /** A review or sign-off offered to a group; a partner organisation asked to confirm. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(WorkflowTaskCreated event) {
        List<Recipient> recipients = new ArrayList<>();
        for (TaskAudience audience : event.audience()) {
            recipients.addAll(audience.role() == Role.PARTNER
                    ? directory.ofPartnerOrganisation(audience.partnerOrganisationId())
                    : directory.ofParty(audience.role(), audience.partyId()));
        }
        // a confirmation the reviewers give on an organisation's behalf is a task for them, not "your organisation"
        boolean toPartner = event.audience().stream().anyMatch(a -> a.role() == Role.PARTNER);
        NotificationKind kind = event.step() == WorkflowStep.PARTNER_CONFIRMATION && toPartner
                ? NotificationKind.PARTNER_CONFIRMATION : NotificationKind.TASK_ASSIGNED;
        notifications.notify(kind, recipients, event.measureId(), event.measureTitle(), event.partnerName(),
                event.taskId());
    }

    /** A task given to a user by someone else (an administrator's reassignment); a claim tells nobody. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(WorkflowTaskAssigned event) {
        if (event.selfAssigned()) {
            return;
        }
        directory.user(event.assignee()).ifPresent(user -> notifications.notify(NotificationKind.TASK_ASSIGNED,
                List.of(user), event.measureId(), event.measureTitle(), null, event.taskId()));
    }

    /** The user who had taken a task an administrator gave to someone else. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(WorkflowTaskTakenAway event) {
        directory.user(event.previousAssignee()).ifPresent(user -> notifications.notify(
                NotificationKind.TASK_REASSIGNED, List.of(user), event.measureId(),
                measures.find(event.measureId()).map(m -> m.getTitle()).orElse(""), null));
    }

    /**
     * Returned and cancelled (with the reason) and published measures: their authors, the editors of the
     * ministry or, for a civil-society contribution, the contacts of its organisation.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(MeasureStatusChanged event) {
        // from == null: a measure imported as published, not a publication of this system
        if (event.measureId() == null || event.from() == null) {
            return;
        }
        NotificationKind kind = switch (event.to()) {
            case RETURNED -> NotificationKind.RETURNED;
            case PUBLISHED -> NotificationKind.PUBLICATION;
            // back to DRAFT from inside the process is an administrator's cancellation (a revision starts from PUBLISHED)
            case DRAFT -> event.from().isInProcess() ? NotificationKind.CANCELLED : null;
            default -> null;
        };
        if (kind == null) {
            return;
        }
        measures.find(event.measureId()).ifPresent(measure -> notifications.notify(kind, authorsOf(measure),
                measure.getId(), measure.getTitle(), kind == NotificationKind.PUBLICATION ? null : event.reason()));
    }

    private List<Recipient> authorsOf(Measure measure) {
        return measure.isContribution()
                ? directory.ofCivilSocietyOrganisation(measure.getContributingOrganisationId(), measure.getPartyId())
                : directory.ofMinistry(Role.EDITOR, measure.getMinistryId());
    }

    /** The coordinators of the Party are told when the Secretariat returns or accepts its periodic report. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ReportStatusChanged event) {
        NotificationKind kind = switch (event.to()) {
            case RETURNED -> NotificationKind.REPORT_RETURNED;
            case ACCEPTED -> NotificationKind.REPORT_ACCEPTED;
            default -> null;
        };
        if (kind != null) {
            notifications.notify(kind, directory.ofParty(Role.REVIEWER, event.partyId()), null, event.label(),
                    event.reason());
        }
    }

    /** The coordinators of a report due soon that is still with them. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ReportReminderDue event) {
        notifications.notify(NotificationKind.REPORT_REMINDER, directory.ofParty(Role.REVIEWER, event.partyId()), null,
                event.label(), event.dueDate().toString());
    }

    /** The contacts of each partner that has not answered; its reviewers when the organisation has no contact. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PartnerReminderDue event) {
        Long partyId = measures.find(event.measureId()).map(Measure::getPartyId).orElse(null);
        List<Recipient> recipients = new ArrayList<>();
        for (String partner : event.pendingPartners()) {
            Optional<Long> organisation = referenceData.partnerOrganisationByName(partner)
                    .map(PartnerOrganisation::getId);
            List<Recipient> contacts = organisation.map(directory::ofPartnerOrganisation).orElse(List.of());
            recipients.addAll(contacts.isEmpty() ? directory.ofParty(Role.REVIEWER, partyId) : contacts);
        }
        notifications.notify(NotificationKind.REMINDER, recipients, event.measureId(), event.measureTitle(),
                String.join(", ", event.pendingPartners()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PartnerConfirmationEscalated event) {
        notifications.notify(NotificationKind.ESCALATION, directory.ofParty(Role.REVIEWER, event.partyId()),
                event.measureId(), event.measureTitle(), String.join(", ", event.pendingPartners()));
    }
}
