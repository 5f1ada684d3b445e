package org.policymonitor.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.policymonitor.measure.Measure;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.party.Ministry;
import org.policymonitor.party.Party;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.CurrentUser;
import org.springframework.stereotype.Component;

/** The inbox queries: a user's open tasks, and one open task with its measure. Callers check the roles. */
@Component
class Inbox {

    private final TaskService tasks;
    private final OpenTasks openTasks;
    private final TaskEntitlement entitlement;
    private final MeasureService measures;
    private final ReferenceData referenceData;
    private final Clock clock;

    Inbox(TaskService tasks, OpenTasks openTasks, TaskEntitlement entitlement, MeasureService measures,
            ReferenceData referenceData, Clock clock) {
        this.tasks = tasks;
        this.openTasks = openTasks;
        this.entitlement = entitlement;
        this.measures = measures;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    /**
     * One task query per call: assigned to the user or offered to their groups (or every task, for an
     * administrator asking for all), with the step, overdue and title filters in the query; the views'
     * variables are then read for the rows found only (see {@link OpenTasks#views}).
     */
    List<TaskView> list(InboxFilter filter) {
        CurrentUser user = entitlement.actingUser();
        Set<String> groups = CandidateGroups.of(user);
        Instant now = clock.instant();
        TaskQuery query = tasks.createTaskQuery().processDefinitionKey(SubmissionWorkflow.PROCESS_KEY).active()
                .includeIdentityLinks();
        boolean everything = user.isAdmin() && filter.show() == InboxFilter.Show.ALL;
        if (!everything) {
            boolean mine = filter.show() != InboxFilter.Show.GROUP;
            boolean offered = filter.show() != InboxFilter.Show.MINE && !groups.isEmpty();
            if (mine && offered) {
                // candidate-group conditions only match unclaimed tasks, as the inbox's "offered to my groups"
                query.or().taskAssignee(user.username()).taskCandidateGroupIn(groups).endOr();
            } else if (mine) {
                query.taskAssignee(user.username());
            } else if (offered) {
                query.taskCandidateGroupIn(groups);
            } else {
                return List.of();
            }
        }
        if (filter.step() != null && filter.step().taskDefinitionKey() != null) {
            query.taskDefinitionKey(filter.step().taskDefinitionKey());
        }
        if (filter.overdueOnly()) {
            query.taskDueBefore(Date.from(now));
        }
        String text = filter.text() == null ? null : filter.text().toLowerCase(Locale.ROOT);
        if (text != null) {
            query.processVariableValueLikeIgnoreCase(SubmissionWorkflow.Variables.MEASURE_TITLE,
                    "%" + likeEscaped(text) + "%");
        }
        return openTasks.views(query.list(), user, groups).stream().sorted(order(filter.order())).toList();
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Comparator<TaskView> order(InboxFilter.Order order) {
        Comparator<TaskView> byDue = Comparator.comparing(TaskView::dueAt, Comparator.nullsLast(Comparator.naturalOrder()));
        Comparator<TaskView> byCreated = Comparator.comparing(TaskView::createdAt,
                Comparator.nullsLast(Comparator.naturalOrder()));
        Comparator<TaskView> chosen = switch (order) {
            case DUE_FIRST -> byDue;
            case DUE_LAST -> Comparator.comparing(TaskView::dueAt, Comparator.nullsLast(Comparator.<Instant>reverseOrder()));
            case OLDEST_FIRST -> byCreated;
            case NEWEST_FIRST -> byCreated.reversed();
        };
        return chosen.thenComparing(TaskView::id);
    }

    TaskDetails open(String taskId) {
        CurrentUser user = entitlement.actingUser();
        Task task = openTasks.require(taskId);
        Set<String> groups = CandidateGroups.of(user);
        if (!user.isAdmin()) {
            // also for the user who holds it: moved to another Party or stripped of the role, they see it no more
            entitlement.requireCandidate(task, user);
        }
        TaskView view = openTasks.view(task, user, groups);
        Measure measure = measures.find(view.measureId()).orElseThrow();
        String party = referenceData.party(measure.getPartyId()).map(Party::getName).orElse(null);
        String ministry = referenceData.ministry(measure.getMinistryId()).map(Ministry::getName).orElse(null);
        return new TaskDetails(view, measure.getStatus(), party, ministry, measure.content(),
                measure.getContributingOrganisationName());
    }
}
