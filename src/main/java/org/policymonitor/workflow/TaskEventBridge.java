package org.policymonitor.workflow;

import java.util.List;
import java.util.Optional;

import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.engine.RuntimeService;
import org.flowable.identitylink.api.IdentityLinkInfo;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.CurrentUser;
import org.policymonitor.workflow.SubmissionWorkflow.Variables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Turns Flowable's task events into the application's {@link WorkflowTaskCreated} and
 * {@link WorkflowTaskAssigned}, so notifications and tracking can follow tasks without importing Flowable.
 * Published inside the engine's command (the Spring transaction); listeners that send anything should
 * wait for the commit.
 */
@Component
class TaskEventBridge implements FlowableEventListener {

    private final ApplicationEventPublisher events;
    private final AccountService accounts;

    TaskEventBridge(RuntimeService runtime, ApplicationEventPublisher events, AccountService accounts) {
        this.events = events;
        this.accounts = accounts;
        runtime.addEventListener(this, FlowableEngineEventType.TASK_CREATED, FlowableEngineEventType.TASK_ASSIGNED);
    }

    @Override
    public void onEvent(FlowableEvent event) {
        if (!(event instanceof FlowableEntityEvent entityEvent) || !(entityEvent.getEntity() instanceof TaskEntity task)
                || !SubmissionWorkflow.PROCESS_KEY.equals(processKey(task))) {
            return;
        }
        Object measureValue = task.getVariable(Variables.MEASURE_ID);
        if (!(measureValue instanceof Number measureNumber)) {
            return;
        }
        Long measureId = measureNumber.longValue();
        String title = (String) task.getVariable(Variables.MEASURE_TITLE);
        WorkflowStep step = WorkflowStep.ofTaskDefinitionKey(task.getTaskDefinitionKey());
        if (event.getType() == FlowableEngineEventType.TASK_CREATED) {
            Object party = task.getVariable(Variables.PARTY_ID);
            List<TaskAudience> audience = task.getIdentityLinks().stream()
                    .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                    .map(IdentityLinkInfo::getGroupId).map(TaskAudience::ofGroup).flatMap(Optional::stream)
                    .distinct().toList();
            events.publishEvent(new WorkflowTaskCreated(task.getId(), measureId, title,
                    party instanceof Number n ? n.longValue() : null, step,
                    (String) task.getVariableLocal(Variables.PARTNER_NAME), audience));
        } else if (task.getAssignee() != null) {
            String by = accounts.currentUser().map(CurrentUser::username).orElse(SubmissionWorkflow.SYSTEM);
            events.publishEvent(new WorkflowTaskAssigned(task.getId(), measureId, title, step, task.getAssignee(), by));
        }
    }

    private static String processKey(TaskEntity task) {
        String definitionId = task.getProcessDefinitionId();
        return definitionId == null ? null : definitionId.substring(0, Math.max(0, definitionId.indexOf(':')));
    }

    @Override
    public boolean isFailOnException() {
        return true;
    }

    @Override
    public boolean isFireOnTransactionLifecycleEvent() {
        return false;
    }

    @Override
    public String getOnTransaction() {
        return null;
    }
}
