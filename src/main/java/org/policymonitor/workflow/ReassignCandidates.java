package org.policymonitor.workflow;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.flowable.task.api.Task;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.CurrentUser;
import org.policymonitor.security.UserSummary;
import org.springframework.stereotype.Component;

/**
 * Who a task can be given to: active accounts the task is offered to now (its groups: role and scope) whom the
 * four-eyes rule does not keep from it (not the submitter, not the approver at sign-off), other than its holder.
 * The same rule as {@link TaskCommands#reassign}, which checks it again.
 */
@Component
class ReassignCandidates {

    private final AccountService accounts;
    private final OpenTasks openTasks;
    private final TaskEntitlement entitlement;

    ReassignCandidates(AccountService accounts, OpenTasks openTasks, TaskEntitlement entitlement) {
        this.accounts = accounts;
        this.openTasks = openTasks;
        this.entitlement = entitlement;
    }

    List<ReassignCandidate> of(String taskId) {
        entitlement.actingUser();
        Task task = openTasks.require(taskId);
        return accounts.users().stream().filter(UserSummary::enabled)
                .filter(u -> !Objects.equals(u.username(), task.getAssignee()))
                .map(u -> entitlement.account(u.username())).flatMap(java.util.Optional::stream)
                .filter(user -> entitlement.offeredTo(task, user) && entitlement.fourEyesRefusal(task, user).isEmpty())
                .map(user -> new ReassignCandidate(user.username(), user.displayName()))
                .sorted(Comparator.comparing(ReassignCandidate::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
