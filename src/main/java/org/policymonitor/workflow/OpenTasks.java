package org.policymonitor.workflow;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.policymonitor.security.CurrentUser;
import org.policymonitor.workflow.SubmissionWorkflow.Variables;
import org.springframework.stereotype.Component;

/**
 * Reads open tasks of the submission process and turns them into {@link TaskView}s for one user: what the
 * inbox, the task page and the submission overview share.
 */
@Component
class OpenTasks {

    private final TaskService tasks;
    private final TaskEntitlement entitlement;

    OpenTasks(TaskService tasks, TaskEntitlement entitlement) {
        this.tasks = tasks;
        this.entitlement = entitlement;
    }

    /** The open task with its variables and identity links; {@link TaskNotAvailableException} when it is gone. */
    Task require(String taskId) {
        Task task = taskId == null ? null : tasks.createTaskQuery().taskId(taskId)
                .processDefinitionKey(SubmissionWorkflow.PROCESS_KEY)
                .includeProcessVariables().includeTaskLocalVariables().includeIdentityLinks().singleResult();
        if (task == null) {
            throw TaskNotAvailableException.gone(taskId);
        }
        return task;
    }

    TaskView view(Task task, CurrentUser user, Set<String> groups) {
        Map<String, Object> variables = task.getProcessVariables();
        boolean mine = user.username().equals(task.getAssignee());
        Set<String> candidates = entitlement.candidateGroups(task);
        boolean offered = !groups.isEmpty() && candidates.stream().anyMatch(groups::contains);
        String refusal = offered ? entitlement.fourEyesRefusal(task, user).orElse(null) : null;
        boolean free = offered && refusal == null;
        List<TaskAudience> audience = candidates.stream().sorted().map(TaskAudience::ofGroup)
                .flatMap(Optional::stream).toList();
        return new TaskView(task.getId(), measureIdOf(task), (String) variables.get(Variables.MEASURE_TITLE),
                WorkflowStep.ofTaskDefinitionKey(task.getTaskDefinitionKey()), partnerName(task), task.getAssignee(),
                instant(task.getCreateTime()), instant(task.getDueDate()),
                free && task.getAssignee() == null,
                task.getAssignee() != null && (mine || user.isAdmin()),
                free && (mine || task.getAssignee() == null), onBehalf(task), audience, refusal);
    }

    Long measureIdOf(Task task) {
        Object value = task.getProcessVariables().get(Variables.MEASURE_ID);
        if (value == null) {
            value = tasks.getVariable(task.getId(), Variables.MEASURE_ID);
        }
        return ((Number) value).longValue();
    }

    String partnerName(Task task) {
        Object name = task.getTaskLocalVariables().get(Variables.PARTNER_NAME);
        if (name == null && "confirmPartner".equals(task.getTaskDefinitionKey())) {
            name = tasks.getVariableLocal(task.getId(), Variables.PARTNER_NAME);
        }
        return (String) name;
    }

    private boolean onBehalf(Task task) {
        Object value = task.getTaskLocalVariables().get(Variables.ON_BEHALF);
        if (value == null && "confirmPartner".equals(task.getTaskDefinitionKey())) {
            value = tasks.getVariableLocal(task.getId(), Variables.ON_BEHALF);
        }
        return Boolean.parseBoolean(String.valueOf(value));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
