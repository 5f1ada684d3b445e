package org.policymonitor.workflow;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

import org.flowable.engine.ManagementService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.policymonitor.security.CurrentUser;
import org.policymonitor.workflow.SubmissionWorkflow.Variables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What users do with a task: claim, hand back, complete with a decision, and the administrators' reassign.
 * Callers check the roles ({@link SubmissionWorkflow}); this class checks the task's groups and the four eyes.
 */
@Component
class TaskCommands {

    private final ApplicationEventPublisher events;

    private final TaskService tasks;
    private final ManagementService management;
    private final OpenTasks openTasks;
    private final TaskEntitlement entitlement;
    private final SubmissionRuns runs;
    private final TransactionTemplate transaction;

    TaskCommands(TaskService tasks, ManagementService management, OpenTasks openTasks, TaskEntitlement entitlement, SubmissionRuns runs,
            TransactionTemplate transaction, ApplicationEventPublisher events) {
        this.events = events;
        this.tasks = tasks;
        this.management = management;
        this.openTasks = openTasks;
        this.entitlement = entitlement;
        this.runs = runs;
        this.transaction = transaction;
    }

    void claim(String taskId) {
        CurrentUser user = entitlement.actingUser();
        Task task = openTasks.require(taskId);
        entitlement.requireCandidate(task, user);
        entitlement.requireFourEyes(task, user);
        if (user.username().equals(task.getAssignee())) {
            return;
        }
        if (task.getAssignee() != null) {
            throw TaskNotAvailableException.claimedBy(taskId, task.getAssignee());
        }
        tasks.claim(taskId, user.username());
    }

    void unclaim(String taskId) {
        CurrentUser user = entitlement.actingUser();
        Task task = openTasks.require(taskId);
        if (!user.isAdmin()) {
            entitlement.requireHolder(task, user);
            entitlement.requireCandidate(task, user);
        }
        tasks.unclaim(taskId);
    }

    void complete(String taskId, Decision decision, String comment) {
        Objects.requireNonNull(decision, "decision");
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (decision.reasonRequired() && text == null) {
            throw new ReasonRequiredException();
        }
        SubmissionRuns.requireLength(text);
        CurrentUser user = entitlement.actingUser();
        try {
            // one engine command for the checks and the completion: the task, its variables and identity
            // links read for the checks stay in the command's entity cache and are not read again to complete
            // (a refusal is handed out of the command rather than thrown in it, which the engine logs as an error)
            transaction.executeWithoutResult(status -> {
                RuntimeException refusal = management.executeCommand(context -> {
                    CurrentUser acting = entitlement.actingUser();
                    Task task;
                    try {
                        task = checked(acting, taskId, decision);
                    } catch (RuntimeException refused) {
                        return refused;
                    }
                    completeChecked(task, acting, decision, text);
                    return null;
                });
                if (refusal != null) {
                    throw refusal;
                }
            });
        } catch (AccessDeniedException | TaskNotAvailableException | IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            // Two completions of one task at once: the second one fails on a version check in Flowable's
            // tables or on the measure. If the task is no longer open for this user, that is what happened.
            if (stillOpenFor(taskId, user)) {
                throw e;
            }
            throw TaskNotAvailableException.gone(taskId);
        }
    }

    /** The open task, if the user may complete it with this decision now. */
    private Task checked(CurrentUser user, String taskId, Decision decision) {
        Task task = openTasks.require(taskId);
        WorkflowStep step = WorkflowStep.ofTaskDefinitionKey(task.getTaskDefinitionKey());
        if (!step.decisions().contains(decision)) {
            throw new IllegalArgumentException(decision + " is not a decision of step " + step);
        }
        // whoever holds the task: the roles and scope the account has now (see TaskEntitlement)
        entitlement.requireCandidate(task, user);
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
            throw TaskNotAvailableException.claimedBy(taskId, task.getAssignee());
        }
        entitlement.requireFourEyes(task, user);
        return task;
    }

    private void completeChecked(Task task, CurrentUser user, Decision decision, String comment) {
        String taskId = task.getId();
        WorkflowStep step = WorkflowStep.ofTaskDefinitionKey(task.getTaskDefinitionKey());
        Long measureId = openTasks.measureIdOf(task);
        runs.log(measureId, task.getProcessInstanceId(), step, decision.outcome(), user.username(),
                openTasks.partnerName(task), comment);
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.DECISION, decision.name());
        variables.put(Variables.ACTOR, user.username());
        variables.put(Variables.COMMENT, comment);
        if (decision == Decision.DECLINE) {
            variables.put(Variables.PARTNER_DECLINED, true);
        }
        if (decision == Decision.APPROVE) {
            variables.put(Variables.APPROVED_BY, user.username());
        }
        tasks.complete(taskId, user.username(), variables);
    }

    private boolean stillOpenFor(String taskId, CurrentUser user) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        return task != null && (task.getAssignee() == null || task.getAssignee().equals(user.username()));
    }

    /**
     * Hands back the claims of a user whose account changed (roles, scope, deactivation) and who may no longer
     * work on them, so their group sees them again.
     */
    void releaseClaimsNoLongerEntitled(String username) {
        Optional<CurrentUser> account = entitlement.account(username);
        for (Task task : tasks.createTaskQuery().processDefinitionKey(SubmissionWorkflow.PROCESS_KEY)
                .taskAssignee(username).includeProcessVariables().includeIdentityLinks().list()) {
            if (account.isPresent() && entitlement.offeredTo(task, account.get())) {
                continue;
            }
            tasks.unclaim(task.getId());
            runs.log(openTasks.measureIdOf(task), task.getProcessInstanceId(), WorkflowStep.REASSIGNMENT,
                    StepOutcome.RELEASED, SubmissionWorkflow.SYSTEM, username, null);
        }
    }

    void reassign(String taskId, String username) {
        CurrentUser admin = entitlement.actingUser();
        Task task = openTasks.require(taskId);
        CurrentUser target = entitlement.account(username)
                .orElseThrow(() -> new NoSuchElementException("No active user " + username));
        if (!entitlement.offeredTo(task, target) || entitlement.fourEyesRefusal(task, target).isPresent()) {
            throw new IllegalArgumentException("User " + username + " may not work on task " + taskId);
        }
        String previous = task.getAssignee();
        tasks.setAssignee(taskId, target.username());
        Long measureId = openTasks.measureIdOf(task);
        runs.log(measureId, task.getProcessInstanceId(), WorkflowStep.REASSIGNMENT,
                StepOutcome.REASSIGNED, admin.username(), target.username(), null);
        if (previous != null && !previous.equals(target.username())) {
            events.publishEvent(new WorkflowTaskTakenAway(taskId, measureId,
                    WorkflowStep.ofTaskDefinitionKey(task.getTaskDefinitionKey()), previous, target.username()));
        }
    }
}
