package org.policymonitor.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.flowable.bpmn.model.BpmnModel;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.policymonitor.measure.Measure;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureLifecycle;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.party.Ministry;
import org.policymonitor.party.Party;
import org.policymonitor.party.PartnerOrganisation;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.CurrentUser;
import org.policymonitor.security.ScopeGuard;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The submission workflow as the rest of the application sees it: one process instance per submission of
 * a measure (business key = measure id), tasks for reviewers, partner contacts and evaluators, the step log
 * and the administrators' reassign and cancel. The only module that talks to Flowable; see
 * docs/workflow.md.
 * <p>
 * Every task operation checks the signed-in user against the task's candidate groups (see
 * {@link CandidateGroups}): an id taken from another user's URL gets an {@link AccessDeniedException}.
 */
@Service
public class SubmissionWorkflow {

    /** Actor of steps nobody took by hand (timers, the start of the review). */
    public static final String SYSTEM = "system";
    static final String PROCESS_KEY = "measureSubmission";
    /** Longest comment or reason kept on the timeline. */
    public static final int COMMENT_MAX = 4000;

    private static final String TASK_ROLES = "hasAnyRole('REVIEWER', 'PARTNER', 'EVALUATOR', 'ADMIN')";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final RepositoryService repository;
    private final MeasureService measures;
    private final MeasureLifecycle lifecycle;
    private final ReferenceData referenceData;
    private final StepLogRepository stepLog;
    private final TaskEntitlement entitlement;
    private final PartnerRouting partnerRouting;
    private final WorkflowProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ScopeGuard guard;

    SubmissionWorkflow(RuntimeService runtime, TaskService tasks, HistoryService history, RepositoryService repository,
            MeasureService measures, MeasureLifecycle lifecycle, ReferenceData referenceData,
            StepLogRepository stepLog, TaskEntitlement entitlement, PartnerRouting partnerRouting,
            WorkflowProperties properties, TransactionTemplate transaction, Clock clock, ScopeGuard guard) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
        this.repository = repository;
        this.measures = measures;
        this.lifecycle = lifecycle;
        this.referenceData = referenceData;
        this.stepLog = stepLog;
        this.entitlement = entitlement;
        this.partnerRouting = partnerRouting;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
        this.guard = guard;
    }

    // ---- the inbox ----

    /** The open tasks of the signed-in user and their groups (administrators: every open task), filtered and sorted. */
    @PreAuthorize(TASK_ROLES)
    @Transactional(readOnly = true)
    public List<TaskView> inbox(InboxFilter filter) {
        CurrentUser user = signedIn();
        Set<String> groups = CandidateGroups.of(user);
        Map<String, Task> found = new LinkedHashMap<>();
        if (user.isAdmin() && filter.show() == InboxFilter.Show.ALL) {
            query(filter).list().forEach(t -> found.put(t.getId(), t));
        }
        if (filter.show() != InboxFilter.Show.GROUP) {
            query(filter).taskAssignee(user.username()).list().forEach(t -> found.put(t.getId(), t));
        }
        if (filter.show() != InboxFilter.Show.MINE && !groups.isEmpty()) {
            query(filter).taskCandidateGroupIn(groups).list().forEach(t -> found.put(t.getId(), t));
        }
        Instant now = clock.instant();
        String text = filter.text() == null ? null : filter.text().toLowerCase(Locale.ROOT);
        return found.values().stream()
                .map(task -> view(task, user, groups))
                .filter(v -> !filter.overdueOnly() || v.overdue(now))
                .filter(v -> text == null || (v.measureTitle() != null
                        && v.measureTitle().toLowerCase(Locale.ROOT).contains(text)))
                .sorted(order(filter.order()))
                .toList();
    }

    private TaskQuery query(InboxFilter filter) {
        TaskQuery query = tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY).active()
                .includeProcessVariables().includeTaskLocalVariables().includeIdentityLinks();
        if (filter.step() != null && filter.step().taskDefinitionKey() != null) {
            query.taskDefinitionKey(filter.step().taskDefinitionKey());
        }
        return query;
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

    /** One open task with its measure, if the signed-in user may see it. */
    @PreAuthorize(TASK_ROLES)
    @Transactional(readOnly = true)
    public TaskDetails openTask(String taskId) {
        CurrentUser user = signedIn();
        Task task = requireTask(taskId);
        Set<String> groups = CandidateGroups.of(user);
        if (!user.isAdmin()) {
            // also for the user who holds it: moved to another Party or stripped of the role, they see it no more
            entitlement.requireCandidate(task, user);
        }
        TaskView view = view(task, user, groups);
        Measure measure = measures.find(view.measureId()).orElseThrow();
        String party = referenceData.party(measure.getPartyId()).map(Party::getName).orElse(null);
        String ministry = referenceData.ministry(measure.getMinistryId()).map(Ministry::getName).orElse(null);
        return new TaskDetails(view, measure.getStatus(), party, ministry, measure.content());
    }

    /** Takes a task offered to one of the user's groups, so nobody else in the group works on it. */
    @PreAuthorize("hasAnyRole('REVIEWER', 'PARTNER', 'EVALUATOR')")
    @Transactional
    public void claim(String taskId) {
        CurrentUser user = signedIn();
        Task task = requireTask(taskId);
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

    /** Hands a claimed task back to its groups: the user who holds it, or an administrator. */
    @PreAuthorize(TASK_ROLES)
    @Transactional
    public void unclaim(String taskId) {
        CurrentUser user = signedIn();
        Task task = requireTask(taskId);
        if (!user.isAdmin()) {
            entitlement.requireHolder(task, user);
            entitlement.requireCandidate(task, user);
        }
        tasks.unclaim(taskId);
    }

    /**
     * Completes a task with a decision. The measure's status changes in the same transaction, in the
     * process's own steps. When someone else completed or claimed the task first (two users at once), a
     * {@link TaskNotAvailableException} says so and nothing is written.
     *
     * @param comment the reason; required for {@link Decision#reasonRequired()} decisions
     */
    @PreAuthorize("hasAnyRole('REVIEWER', 'PARTNER', 'EVALUATOR')")
    public void complete(String taskId, Decision decision, String comment) {
        Objects.requireNonNull(decision, "decision");
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (decision.reasonRequired() && text == null) {
            throw new ReasonRequiredException();
        }
        requireLength(text);
        CurrentUser user = signedIn();
        try {
            transaction.executeWithoutResult(status -> completeInTransaction(signedIn(), taskId, decision, text));
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

    private void completeInTransaction(CurrentUser user, String taskId, Decision decision, String comment) {
        Task task = requireTask(taskId);
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
        Long measureId = measureIdOf(task);
        log(measureId, task.getProcessInstanceId(), step, decision.outcome(), user.username(), partnerName(task),
                comment);
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

    /**
     * Hands back the claims of a user whose account changed (roles, scope, deactivation) and who may no longer
     * work on them, so their group sees them again.
     */
    void releaseClaimsNoLongerEntitled(String username) {
        Optional<CurrentUser> account = entitlement.account(username);
        for (Task task : tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY).taskAssignee(username)
                .includeProcessVariables().includeIdentityLinks().list()) {
            if (account.isPresent() && entitlement.offeredTo(task, account.get())) {
                continue;
            }
            tasks.unclaim(task.getId());
            log(measureIdOf(task), task.getProcessInstanceId(), WorkflowStep.REASSIGNMENT, StepOutcome.RELEASED,
                    SYSTEM, username, null);
        }
    }

    private boolean stillOpenFor(String taskId, CurrentUser user) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        return task != null && (task.getAssignee() == null || task.getAssignee().equals(user.username()));
    }

    /** An administrator gives a task to a user who may work on it (one of the task's groups). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void reassign(String taskId, String username) {
        CurrentUser admin = signedIn();
        Task task = requireTask(taskId);
        CurrentUser target = entitlement.account(username)
                .orElseThrow(() -> new NoSuchElementException("No active user " + username));
        if (!entitlement.offeredTo(task, target) || entitlement.fourEyesRefusal(task, target).isPresent()) {
            throw new IllegalArgumentException("User " + username + " may not work on task " + taskId);
        }
        tasks.setAssignee(taskId, target.username());
        log(measureIdOf(task), task.getProcessInstanceId(), WorkflowStep.REASSIGNMENT, StepOutcome.REASSIGNED,
                admin.username(), target.username(), null);
    }

    /**
     * An administrator stops a running submission: the process ends, the measure goes back to DRAFT, and
     * the reason is kept on the timeline, all in one transaction.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void cancel(Long measureId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ReasonRequiredException();
        }
        requireLength(reason.strip());
        CurrentUser admin = signedIn();
        ProcessInstance instance = runningInstance(measureId)
                .orElseThrow(() -> new IllegalStateException("No running submission for measure " + measureId));
        lifecycle.cancelSubmission(measureId, admin.username(), reason);
        runtime.deleteProcessInstance(instance.getId(), "cancelled: " + reason.strip());
        log(measureId, instance.getId(), WorkflowStep.CANCELLATION, StepOutcome.CANCELLED, admin.username(), null,
                reason.strip());
    }

    // ---- where a submission stands ----

    /** Status, timeline and open tasks of a measure's submission, for the users who may follow it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public SubmissionOverview overview(Long measureId) {
        CurrentUser user = signedIn();
        Measure measure = requireVisible(measureId, user);
        Set<String> groups = CandidateGroups.of(user);
        Optional<ProcessInstance> running = runningInstance(measureId);
        List<TaskView> open = running.map(pi -> tasks.createTaskQuery().processInstanceId(pi.getId())
                .includeProcessVariables().includeTaskLocalVariables().includeIdentityLinks().orderByTaskCreateTime()
                .asc().list().stream().map(t -> view(t, user, groups)).toList()).orElse(List.of());
        return new SubmissionOverview(measureId, measure.getTitle(), measure.getStatus(), running.isPresent(),
                timelineOf(measureId), open, user.isAdmin() && running.isPresent());
    }

    /** Every step of every submission of the measure, oldest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<StepLogEntry> timeline(Long measureId) {
        requireVisible(measureId, signedIn());
        return timelineOf(measureId);
    }

    /**
     * The process diagram as SVG, drawn from the BPMN model, with the current step of the measure's latest
     * submission highlighted and the steps it passed marked.
     *
     * @param labels the label of a BPMN element, by element id
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String diagram(Long measureId, Function<String, String> labels, String title) {
        requireVisible(measureId, signedIn());
        Optional<HistoricProcessInstance> latest = latestInstance(measureId);
        String definitionId = latest.map(HistoricProcessInstance::getProcessDefinitionId)
                .orElseGet(() -> latestDefinition().getId());
        BpmnModel model = repository.getBpmnModel(definitionId);
        Set<String> active = Set.of();
        Set<String> passed = Set.of();
        if (latest.isPresent()) {
            String pi = latest.get().getId();
            List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
                    .processInstanceId(pi).list();
            passed = activities.stream().filter(a -> a.getEndTime() != null)
                    .map(HistoricActivityInstance::getActivityId).collect(Collectors.toSet());
            active = latest.get().getEndTime() == null ? Set.copyOf(runtime.getActiveActivityIds(pi))
                    : activities.stream().filter(a -> "endEvent".equals(a.getActivityType()))
                            .map(HistoricActivityInstance::getActivityId).collect(Collectors.toSet());
        }
        return new ProcessDiagram(model, PROCESS_KEY).render(active, passed, labels, title);
    }

    private ProcessDefinition latestDefinition() {
        return repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY).latestVersion()
                .singleResult();
    }

    // ---- driven by the measure's events and the process ----

    /**
     * Starts the process for a measure that was just submitted, in the submitting transaction. The
     * process's first step moves the measure to IN_REVIEW.
     */
    void start(Long measureId, String submittedBy) {
        Measure measure = measures.find(measureId).orElseThrow();
        MeasureContent content = measure.content();
        Long partyId = measure.getPartyId();
        ArrayList<HashMap<String, String>> partners = partnerRouting.route(partyId, content.partners());
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.MEASURE_ID, measureId);
        variables.put(Variables.MEASURE_TITLE, measure.getTitle());
        variables.put(Variables.PARTY_ID, partyId);
        variables.put(Variables.SUBMITTED_BY, submittedBy);
        variables.put("reviewerGroup", CandidateGroups.reviewers(partyId));
        variables.put("evaluatorGroup", CandidateGroups.evaluators(partyId));
        variables.put(Variables.PARTNERS, partners);
        variables.put("hasPartners", !partners.isEmpty());
        variables.put(Variables.PARTNER_DECLINED, false);
        variables.put("partnerReminder", properties.partnerReminder().toString());
        variables.put("partnerEscalation", properties.partnerEscalation().toString());
        variables.put("reviewDue", properties.reviewDue().toString());
        variables.put("signOffDue", properties.signOffDue().toString());
        log(measureId, null, WorkflowStep.SUBMISSION, StepOutcome.SUBMITTED,
                submittedBy == null ? SYSTEM : submittedBy, null, null);
        runtime.createProcessInstanceBuilder().processDefinitionKey(PROCESS_KEY).businessKey(measureId.toString())
                .name(shorten(measure.getTitle(), 255)).variables(variables).start();
    }

    /** A measure withdrawn during its submission: the process ends with it. */
    void endOnWithdrawal(Long measureId, String actor, String reason) {
        runningInstance(measureId).ifPresent(instance -> {
            runtime.deleteProcessInstance(instance.getId(), "withdrawn");
            log(measureId, instance.getId(), WorkflowStep.WITHDRAWAL, StepOutcome.WITHDRAWN,
                    actor == null ? SYSTEM : actor, null, reason);
        });
    }

    void log(Long measureId, String processInstanceId, WorkflowStep step, StepOutcome outcome, String actor,
            String subject, String comment) {
        stepLog.save(new StepLog(measureId, processInstanceId, step, outcome, actor, shorten(subject, 500), comment,
                clock.instant()));
    }

    private static String shorten(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    Optional<ProcessInstance> runningInstance(Long measureId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(measureId.toString()).list().stream().findFirst();
    }

    private Optional<HistoricProcessInstance> latestInstance(Long measureId) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(measureId.toString()).orderByProcessInstanceStartTime().desc()
                .listPage(0, 1).stream().findFirst();
    }

    // ---- helpers ----

    private List<StepLogEntry> timelineOf(Long measureId) {
        return stepLog.findByMeasureIdOrderByHappenedAtAscIdAsc(measureId).stream().map(StepLog::toEntry).toList();
    }

    private TaskView view(Task task, CurrentUser user, Set<String> groups) {
        Map<String, Object> variables = task.getProcessVariables();
        boolean mine = user.username().equals(task.getAssignee());
        boolean offered = !groups.isEmpty() && entitlement.candidateGroups(task).stream().anyMatch(groups::contains);
        String refusal = offered ? entitlement.fourEyesRefusal(task, user).orElse(null) : null;
        boolean free = offered && refusal == null;
        List<TaskAudience> audience = entitlement.candidateGroups(task).stream().sorted().map(TaskAudience::ofGroup)
                .flatMap(Optional::stream).toList();
        return new TaskView(task.getId(), measureIdOf(task), (String) variables.get(Variables.MEASURE_TITLE),
                WorkflowStep.ofTaskDefinitionKey(task.getTaskDefinitionKey()), partnerName(task), task.getAssignee(),
                instant(task.getCreateTime()), instant(task.getDueDate()),
                free && task.getAssignee() == null,
                task.getAssignee() != null && (mine || user.isAdmin()),
                free && (mine || task.getAssignee() == null), onBehalf(task), audience, refusal);
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

    private Long measureIdOf(Task task) {
        Object value = task.getProcessVariables().get(Variables.MEASURE_ID);
        if (value == null) {
            value = tasks.getVariable(task.getId(), Variables.MEASURE_ID);
        }
        return ((Number) value).longValue();
    }

    private String partnerName(Task task) {
        Object name = task.getTaskLocalVariables().get(Variables.PARTNER_NAME);
        if (name == null && "confirmPartner".equals(task.getTaskDefinitionKey())) {
            name = tasks.getVariableLocal(task.getId(), Variables.PARTNER_NAME);
        }
        return (String) name;
    }

    private Task requireTask(String taskId) {
        Task task = taskId == null ? null : tasks.createTaskQuery().taskId(taskId).processDefinitionKey(PROCESS_KEY)
                .includeProcessVariables().includeTaskLocalVariables().includeIdentityLinks().singleResult();
        if (task == null) {
            throw TaskNotAvailableException.gone(taskId);
        }
        return task;
    }

    private static void requireLength(String text) {
        if (text != null && text.length() > COMMENT_MAX) {
            throw new IllegalArgumentException("Comments are limited to " + COMMENT_MAX + " characters");
        }
    }

    /** The signed-in user with the roles and scope their account has now (not the session's copy). */
    private CurrentUser signedIn() {
        return entitlement.actingUser();
    }

    /**
     * Who may follow a submission: administrators; the editors of the measure's ministry; the reviewers and
     * evaluators of its Party; the contacts of a partner organisation it lists.
     */
    private Measure requireVisible(Long measureId, CurrentUser user) {
        Measure measure = measures.find(measureId).orElseThrow(() -> new NoSuchElementException("No measure " + measureId));
        guard.requireFollower("submission of measure " + measureId,
                measure.getMinistryId(), measure.getPartyId(), organisationId -> listsPartner(measure, organisationId));
        return measure;
    }

    /** The measure lists the organisation: a row refers to it, or names it (without regard to case, accents or spacing). */
    private boolean listsPartner(Measure measure, Long organisationId) {
        return organisationId != null && measure.content().partners().stream()
                .anyMatch(p -> referenceData.matchPartnerOrganisation(measure.getPartyId(), p.organisationId(), p.name())
                        .map(o -> o.getId().equals(organisationId)).orElse(false));
    }

    /** Names of the process variables the Java side reads or writes. */
    static final class Variables {
        static final String MEASURE_ID = "measureId";
        static final String MEASURE_TITLE = "measureTitle";
        static final String PARTY_ID = "partyId";
        static final String SUBMITTED_BY = "submittedBy";
        /** The reviewer who approved the review: not the one to sign it off (four eyes). */
        static final String APPROVED_BY = "approvedBy";
        static final String ON_BEHALF = "onBehalf";
        static final String PARTNERS = "partners";
        static final String PARTNER_DECLINED = "partnerDeclined";
        static final String PARTNER_NAME = "partnerName";
        static final String DECISION = "decision";
        static final String ACTOR = "actor";
        static final String COMMENT = "comment";

        private Variables() {
        }
    }
}
