package org.policymonitor.workflow;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLinkInfo;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.policymonitor.security.CurrentEntitlements;
import org.policymonitor.security.CurrentUser;
import org.policymonitor.workflow.SubmissionWorkflow.Variables;
import org.policymonitor.security.ScopeGuard;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may act on a task at this moment: the user's roles and scope as stored now (not the copy in their
 * session), the task's candidate groups, and the four-eyes rule ({@link FourEyesPolicy}).
 */
@Component
class TaskEntitlement {

    static final String OWN_SUBMISSION = "workflow.error.ownSubmission";
    static final String OWN_APPROVAL = "workflow.error.ownApproval";

    private final CurrentEntitlements entitlements;
    private final FourEyesPolicy fourEyes;
    private final TaskService tasks;
    private final ScopeGuard guard;

    TaskEntitlement(CurrentEntitlements entitlements, FourEyesPolicy fourEyes, TaskService tasks, ScopeGuard guard) {
        this.entitlements = entitlements;
        this.fourEyes = fourEyes;
        this.tasks = tasks;
        this.guard = guard;
    }

    /** The signed-in user with the roles and scope their account has now; refused when deactivated. */
    CurrentUser actingUser() {
        return entitlements.signedInUser()
                .orElseThrow(() -> new AccessDeniedException("Not signed in, or the account is deactivated"));
    }

    /** The user's account as stored now, if active. */
    Optional<CurrentUser> account(String username) {
        return entitlements.activeAccount(username);
    }

    boolean offeredTo(Task task, CurrentUser user) {
        Set<String> groups = CandidateGroups.of(user);
        return !groups.isEmpty() && candidateGroups(task).stream().anyMatch(groups::contains);
    }

    /**
     * The task is offered to one of the user's groups now, whoever holds it. A refusal goes through the scope
     * guard, so a task id taken from another scope's address is logged like any other object.
     */
    void requireCandidate(Task task, CurrentUser user) {
        if (!offeredTo(task, user)) {
            throw guard.denied(describe(task));
        }
    }

    /** The task is held by the user (to hand it back); a refusal is logged by the scope guard. */
    void requireHolder(Task task, CurrentUser user) {
        if (!user.username().equals(task.getAssignee())) {
            throw guard.denied(describe(task) + " held by " + task.getAssignee());
        }
    }

    private static String describe(Task task) {
        return "task " + task.getId() + " (" + task.getTaskDefinitionKey() + ")";
    }

    /**
     * Why the four-eyes rule keeps the user from this task, as a message key: they submitted the measure
     * (every step), or they approved the review and this is its sign-off. Empty when they may act.
     */
    Optional<String> fourEyesRefusal(Task task, CurrentUser user) {
        return fourEyesRefusal(task, variables(task), user);
    }

    /** As {@link #fourEyesRefusal(Task, CurrentUser)}, with the task's process variables already read. */
    Optional<String> fourEyesRefusal(Task task, java.util.Map<String, Object> variables, CurrentUser user) {
        return fourEyesRefusal(task, variables, user, fourEyes::samePersonStepsAllowed);
    }

    /**
     * As above, with the Party's setting read through {@code samePersonAllowed}: a list of tasks asks it once
     * per Party, not once per row (a Party without a setting row is not cached by JPA and was read again each time).
     */
    Optional<String> fourEyesRefusal(Task task, java.util.Map<String, Object> variables, CurrentUser user,
            java.util.function.Predicate<Long> samePersonAllowed) {
        Object party = variables.get(Variables.PARTY_ID);
        if (party instanceof Number partyId && samePersonAllowed.test(partyId.longValue())) {
            return Optional.empty();
        }
        if (user.username().equals(variables.get(Variables.SUBMITTED_BY))) {
            return Optional.of(OWN_SUBMISSION);
        }
        if ("signOff".equals(task.getTaskDefinitionKey()) && user.username().equals(variables.get(Variables.APPROVED_BY))) {
            return Optional.of(OWN_APPROVAL);
        }
        return Optional.empty();
    }

    /** Whether the Party lets one person take several steps of a submission (see {@link FourEyesPolicy}). */
    boolean samePersonStepsAllowed(Long partyId) {
        return fourEyes.samePersonStepsAllowed(partyId);
    }

    void requireFourEyes(Task task, CurrentUser user) {
        Optional<String> refusal = fourEyesRefusal(task, user);
        if (refusal.isPresent()) {
            throw new FourEyesException(refusal.get(), "Four eyes: " + user.username() + " may not act on task "
                    + task.getId() + " (" + refusal.get() + ")");
        }
    }

    Set<String> candidateGroups(Task task) {
        List<? extends IdentityLinkInfo> links = task.getIdentityLinks();
        if (links == null || links.isEmpty()) {
            links = tasks.getIdentityLinksForTask(task.getId());
        }
        return links.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLinkInfo::getGroupId).collect(Collectors.toSet());
    }

    private java.util.Map<String, Object> variables(Task task) {
        java.util.Map<String, Object> variables = task.getProcessVariables();
        if (variables == null || !variables.containsKey(Variables.MEASURE_ID)) {
            variables = tasks.getVariables(task.getId());
        }
        return variables;
    }
}
