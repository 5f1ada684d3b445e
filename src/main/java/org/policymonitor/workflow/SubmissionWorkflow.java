package org.policymonitor.workflow;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.flowable.engine.runtime.ProcessInstance;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The submission workflow as the rest of the application sees it: one process instance per submission of
 * a measure (business key = measure id), tasks for reviewers, partner contacts and evaluators, the step log
 * and the administrators' reassign and cancel. The only module that talks to Flowable; see
 * docs/workflow.md.
 * <p>
 * This class is the module's door: the roles each operation needs and its transaction. The work is done by
 * {@link Inbox} (the queries), {@link TaskCommands} (claim, complete, reassign), {@link SubmissionFollowing}
 * (overview, timeline, diagram) and {@link SubmissionRuns} (the process instances and the step log).
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
    private static final String WORKER_ROLES = "hasAnyRole('REVIEWER', 'PARTNER', 'EVALUATOR')";

    private final Inbox inbox;
    private final TaskCommands commands;
    private final SubmissionFollowing following;
    private final SubmissionRuns runs;
    private final ReassignCandidates reassignCandidates;

    SubmissionWorkflow(Inbox inbox, TaskCommands commands, SubmissionFollowing following, SubmissionRuns runs,
            ReassignCandidates reassignCandidates) {
        this.reassignCandidates = reassignCandidates;
        this.inbox = inbox;
        this.commands = commands;
        this.following = following;
        this.runs = runs;
    }

    // ---- the inbox ----

    /** The open tasks of the signed-in user and their groups (administrators: every open task), filtered and sorted. */
    @PreAuthorize(TASK_ROLES)
    @Transactional(readOnly = true)
    public List<TaskView> inbox(InboxFilter filter) {
        return inbox.list(filter);
    }

    /** One open task with its measure, if the signed-in user may see it. */
    @PreAuthorize(TASK_ROLES)
    @Transactional(readOnly = true)
    public TaskDetails openTask(String taskId) {
        return inbox.open(taskId);
    }

    // ---- what users do with tasks ----

    /** Takes a task offered to one of the user's groups, so nobody else in the group works on it. */
    @PreAuthorize(WORKER_ROLES)
    @Transactional
    public void claim(String taskId) {
        commands.claim(taskId);
    }

    /** Hands a claimed task back to its groups: the user who holds it, or an administrator. */
    @PreAuthorize(TASK_ROLES)
    @Transactional
    public void unclaim(String taskId) {
        commands.unclaim(taskId);
    }

    /**
     * Completes a task with a decision. The measure's status changes in the same transaction, in the
     * process's own steps. When someone else completed or claimed the task first (two users at once), a
     * {@link TaskNotAvailableException} says so and nothing is written.
     *
     * @param comment the reason; required for {@link Decision#reasonRequired()} decisions
     */
    @PreAuthorize(WORKER_ROLES)
    public void complete(String taskId, Decision decision, String comment) {
        commands.complete(taskId, decision, comment);
    }

    /** An administrator gives a task to a user who may work on it (one of the task's groups). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void reassign(String taskId, String username) {
        commands.reassign(taskId, username);
    }

    /** The users an administrator may give the task to (entitled now, four eyes kept), by name. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ReassignCandidate> reassignCandidates(String taskId) {
        return reassignCandidates.of(taskId);
    }

    /**
     * An administrator stops a running submission: the process ends, the measure goes back to DRAFT, and
     * the reason is kept on the timeline, all in one transaction.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void cancel(Long measureId, String reason) {
        runs.cancel(measureId, reason);
    }

    // ---- where a submission stands ----

    /** Status, timeline and open tasks of a measure's submission, for the users who may follow it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public SubmissionOverview overview(Long measureId) {
        return following.overview(measureId);
    }

    /** Every step of every submission of the measure, oldest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<StepLogEntry> timeline(Long measureId) {
        return following.timeline(measureId);
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
        return following.diagram(measureId, labels, title);
    }

    // ---- driven by the measure's events, the process and account changes (this module only) ----

    /**
     * Starts the process for a measure that was just submitted, in the submitting transaction. The
     * process's first step moves the measure to IN_REVIEW.
     */
    void start(Long measureId, String submittedBy) {
        runs.start(measureId, submittedBy);
    }

    /** A measure withdrawn during its submission: the process ends with it. */
    void endOnWithdrawal(Long measureId, String actor, String reason) {
        runs.endOnWithdrawal(measureId, actor, reason);
    }

    /**
     * Hands back the claims of a user whose account changed (roles, scope, deactivation) and who may no longer
     * work on them, so their group sees them again.
     */
    void releaseClaimsNoLongerEntitled(String username) {
        commands.releaseClaimsNoLongerEntitled(username);
    }

    void log(Long measureId, String processInstanceId, WorkflowStep step, StepOutcome outcome, String actor,
            String subject, String comment) {
        runs.log(measureId, processInstanceId, step, outcome, actor, subject, comment);
    }

    Optional<ProcessInstance> runningInstance(Long measureId) {
        return runs.runningInstance(measureId);
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
