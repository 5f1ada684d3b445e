package org.policymonitor.workflow;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.flowable.variable.api.persistence.entity.VariableInstance;
import org.policymonitor.security.CurrentUser;
import org.policymonitor.workflow.SubmissionWorkflow.Variables;
import org.springframework.stereotype.Component;

/**
 * Reads open tasks of the submission process and turns them into {@link TaskView}s for one user: what the
 * inbox, the task page and the submission overview share.
 */
@Component
class OpenTasks {

    /** The process variables a {@link TaskView} needs; the others (the partner list) are never read for a view. */
    private static final Set<String> VIEW_VARIABLES = Set.of(Variables.MEASURE_ID, Variables.MEASURE_TITLE,
            Variables.PARTY_ID, Variables.SUBMITTED_BY, Variables.APPROVED_BY);
    private static final Set<String> VIEW_LOCAL_VARIABLES = Set.of(Variables.PARTNER_NAME, Variables.ON_BEHALF);

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final TaskEntitlement entitlement;

    OpenTasks(TaskService tasks, RuntimeService runtime, TaskEntitlement entitlement) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.entitlement = entitlement;
    }

    /**
     * Views of tasks queried with their identity links but without variables: the few variables a view
     * needs are read for these rows only, in one query for their processes and one for the partner
     * confirmations among them, instead of every variable of every task (see docs/workflow-performance.md).
     */
    List<TaskView> views(List<Task> found, CurrentUser user, Set<String> groups) {
        if (found.isEmpty()) {
            return List.of();
        }
        Set<String> instances = found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, Map<String, Object>> byInstance = new HashMap<>();
        for (VariableInstance variable : runtime.createVariableInstanceQuery().executionIds(instances)
                .excludeTaskVariables().list()) {
            if (VIEW_VARIABLES.contains(variable.getName())) {
                byInstance.computeIfAbsent(variable.getProcessInstanceId(), k -> new HashMap<>())
                        .put(variable.getName(), variable.getValue());
            }
        }
        Set<String> confirmations = found.stream().filter(t -> "confirmPartner".equals(t.getTaskDefinitionKey()))
                .map(Task::getId).collect(Collectors.toSet());
        Map<String, Map<String, Object>> byTask = new HashMap<>();
        if (!confirmations.isEmpty()) {
            for (VariableInstance variable : runtime.createVariableInstanceQuery().taskIds(confirmations).list()) {
                if (VIEW_LOCAL_VARIABLES.contains(variable.getName())) {
                    byTask.computeIfAbsent(variable.getTaskId(), k -> new HashMap<>())
                            .put(variable.getName(), variable.getValue());
                }
            }
        }
        Map<Long, Boolean> samePersonAllowed = new HashMap<>();
        Predicate<Long> allowed = party -> samePersonAllowed.computeIfAbsent(party, entitlement::samePersonStepsAllowed);
        // a task whose process ended between the two queries (completed or cancelled by someone else meanwhile)
        // has no variables left: it is no longer open, so it is not listed
        return found.stream()
                .filter(task -> byInstance.getOrDefault(task.getProcessInstanceId(), Map.of())
                        .get(Variables.MEASURE_ID) instanceof Number)
                .map(task -> view(task, byInstance.get(task.getProcessInstanceId()),
                        byTask.getOrDefault(task.getId(), Map.of()), user, groups, allowed)).toList();
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

    /** The view of a task read with its variables and identity links. */
    TaskView view(Task task, CurrentUser user, Set<String> groups) {
        Map<String, Object> variables = task.getProcessVariables();
        if (variables == null || !variables.containsKey(Variables.MEASURE_ID)) {
            variables = tasks.getVariables(task.getId(), VIEW_VARIABLES);
        }
        return view(task, variables, locals(task), user, groups, entitlement::samePersonStepsAllowed);
    }

    private TaskView view(Task task, Map<String, Object> variables, Map<String, Object> locals, CurrentUser user,
            Set<String> groups, Predicate<Long> samePersonAllowed) {
        boolean mine = user.username().equals(task.getAssignee());
        Set<String> candidates = entitlement.candidateGroups(task);
        boolean offered = !groups.isEmpty() && candidates.stream().anyMatch(groups::contains);
        String refusal = offered ? entitlement.fourEyesRefusal(task, variables, user, samePersonAllowed).orElse(null) : null;
        boolean free = offered && refusal == null;
        List<TaskAudience> audience = candidates.stream().sorted().map(TaskAudience::ofGroup)
                .flatMap(Optional::stream).toList();
        return new TaskView(task.getId(), ((Number) variables.get(Variables.MEASURE_ID)).longValue(),
                (String) variables.get(Variables.MEASURE_TITLE),
                WorkflowStep.ofTaskDefinitionKey(task.getTaskDefinitionKey()),
                (String) locals.get(Variables.PARTNER_NAME), task.getAssignee(),
                instant(task.getCreateTime()), instant(task.getDueDate()),
                free && task.getAssignee() == null,
                task.getAssignee() != null && (mine || user.isAdmin()),
                free && (mine || task.getAssignee() == null),
                Boolean.parseBoolean(String.valueOf(locals.get(Variables.ON_BEHALF))), audience, refusal);
    }

    /** The task's own variables, read again when the query did not include them (a partner confirmation). */
    private Map<String, Object> locals(Task task) {
        Map<String, Object> locals = task.getTaskLocalVariables();
        if ((locals == null || locals.isEmpty()) && "confirmPartner".equals(task.getTaskDefinitionKey())) {
            locals = tasks.getVariablesLocal(task.getId(), VIEW_LOCAL_VARIABLES);
        }
        return locals == null ? Map.of() : locals;
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

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
