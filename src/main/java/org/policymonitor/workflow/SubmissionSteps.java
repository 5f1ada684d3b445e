package org.policymonitor.workflow;

import java.time.Clock;
import java.util.List;

import org.flowable.engine.TaskService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.task.api.Task;
import org.policymonitor.measure.MeasureLifecycle;
import org.policymonitor.measure.MeasureStatus;
import org.policymonitor.workflow.SubmissionWorkflow.Variables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The service tasks of the submission process ({@code flowable:delegateExpression="${submissionSteps}"}),
 * by activity id. They run inside the Flowable command that completed the task before them, which joins
 * the Spring transaction: the measure's status and the process move together.
 */
@Component("submissionSteps")
class SubmissionSteps implements JavaDelegate {

    private final MeasureLifecycle lifecycle;
    private final SubmissionWorkflow workflow;
    private final TaskService tasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SubmissionSteps(MeasureLifecycle lifecycle, SubmissionWorkflow workflow,
            TaskService tasks, ApplicationEventPublisher events, Clock clock) {
        this.lifecycle = lifecycle;
        this.workflow = workflow;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long measureId = ((Number) execution.getVariable(Variables.MEASURE_ID)).longValue();
        String actor = actor(execution);
        switch (execution.getCurrentActivityId()) {
            case "startReview" -> lifecycle.startReview(measureId, SubmissionWorkflow.SYSTEM);
            case "approveReview" -> {
                MeasureStatus status = lifecycle.approveReview(measureId, actor).getStatus();
                // The measure counts every partner row; rows without a name are not asked to confirm.
                boolean hasPartners = Boolean.TRUE.equals(execution.getVariable("hasPartners"));
                if (!hasPartners && status == MeasureStatus.AWAITING_PARTNERS) {
                    lifecycle.confirmPartners(measureId, SubmissionWorkflow.SYSTEM);
                }
            }
            case "confirmPartners" -> lifecycle.confirmPartners(measureId, actor);
            case "returnToEditor" -> lifecycle.returnToEditor(measureId, actor,
                    (String) execution.getVariable(Variables.COMMENT));
            case "publish" -> {
                lifecycle.publish(measureId, actor);
                workflow.log(measureId, execution.getProcessInstanceId(), WorkflowStep.PUBLICATION,
                        StepOutcome.PUBLISHED, actor, null, null);
            }
            case "sendReminder" -> remind(execution, measureId);
            case "escalate" -> escalate(execution, measureId);
            default -> throw new IllegalStateException("No step for activity " + execution.getCurrentActivityId());
        }
    }

    private void remind(DelegateExecution execution, Long measureId) {
        List<String> pending = pendingPartners(execution);
        workflow.log(measureId, execution.getProcessInstanceId(), WorkflowStep.PARTNER_CONFIRMATION,
                StepOutcome.REMINDER_SENT, SubmissionWorkflow.SYSTEM, String.join(", ", pending), null);
        events.publishEvent(new PartnerReminderDue(measureId, title(execution), pending, clock.instant()));
    }

    /** The reviewers are told, and the open confirmations are offered to them too, so they can act. */
    private void escalate(DelegateExecution execution, Long measureId) {
        Long partyId = ((Number) execution.getVariable(Variables.PARTY_ID)).longValue();
        String reviewers = CandidateGroups.reviewers(partyId);
        for (Task task : openConfirmations(execution)) {
            boolean offered = tasks.getIdentityLinksForTask(task.getId()).stream()
                    .anyMatch(link -> reviewers.equals(link.getGroupId()));
            if (!offered) {
                tasks.addCandidateGroup(task.getId(), reviewers);
            }
        }
        List<String> pending = pendingPartners(execution);
        workflow.log(measureId, execution.getProcessInstanceId(), WorkflowStep.PARTNER_CONFIRMATION,
                StepOutcome.ESCALATED, SubmissionWorkflow.SYSTEM, String.join(", ", pending), null);
        events.publishEvent(new PartnerConfirmationEscalated(measureId, partyId, title(execution), pending,
                clock.instant()));
    }

    private List<Task> openConfirmations(DelegateExecution execution) {
        return tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey("confirmPartner").includeTaskLocalVariables().orderByTaskCreateTime().asc().list();
    }

    private List<String> pendingPartners(DelegateExecution execution) {
        return openConfirmations(execution).stream()
                .map(t -> (String) t.getTaskLocalVariables().get(Variables.PARTNER_NAME)).toList();
    }

    private static String title(DelegateExecution execution) {
        return (String) execution.getVariable(Variables.MEASURE_TITLE);
    }

    private static String actor(DelegateExecution execution) {
        Object actor = execution.getVariable(Variables.ACTOR);
        return actor == null ? SubmissionWorkflow.SYSTEM : actor.toString();
    }
}
