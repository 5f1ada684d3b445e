package org.policymonitor.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.policymonitor.security.CurrentUser;
import org.policymonitor.security.Role;
import org.policymonitor.security.ScopeGuard;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The periodic report's process (reportSubmission) as the report module sees it: a coordinator's submission
 * starts it, the Secretariat (administrators) accepts or returns. The outcome reaches the report module as a
 * {@link ReportReviewDecided} event. Who acts is checked against the account as stored at that moment (a
 * reviewer whose scope changed since signing in may no longer submit, an administrator no longer one may not
 * decide).
 */
@Service
public class ReportSubmissions {

    static final String PROCESS_KEY = "reportSubmission";
    static final String REPORT_ID = "reportId";
    static final String PARTY_ID = "partyId";
    static final String LABEL = "label";
    static final String SUBMITTED_BY = "submittedBy";
    static final String ACTOR = "actor";
    static final String REASON = "reason";
    static final String DECISION = "decision";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final TaskEntitlement entitlement;
    private final ScopeGuard guard;

    ReportSubmissions(RuntimeService runtime, TaskService tasks, TaskEntitlement entitlement, ScopeGuard guard) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.entitlement = entitlement;
        this.guard = guard;
    }

    /** Starts the Secretariat's review of a report the signed-in coordinator (reviewer of its Party) submits. */
    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional
    public void start(Long reportId, Long partyId, String label) {
        CurrentUser user = entitlement.actingUser();
        if (!user.has(Role.REVIEWER) || !Objects.equals(user.scope().partyId(), partyId)) {
            throw guard.denied("periodic report " + reportId + " of party " + partyId);
        }
        if (openReview(reportId) != null) {
            throw new IllegalStateException("Report " + reportId + " is already with the Secretariat");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(REPORT_ID, reportId);
        variables.put(PARTY_ID, partyId);
        variables.put(LABEL, label);
        variables.put(SUBMITTED_BY, user.username());
        runtime.createProcessInstanceBuilder().processDefinitionKey(PROCESS_KEY).businessKey(reportId.toString())
                .name(label).variables(variables).start();
    }

    /** The submitted reports waiting for the Secretariat, oldest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ReportReview> openReviews() {
        return tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY).active().includeProcessVariables()
                .orderByTaskCreateTime().asc().list().stream().map(ReportSubmissions::review).toList();
    }

    /** The Secretariat accepts the report: it is final and public. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void accept(Long reportId) {
        decide(reportId, "ACCEPT", null);
    }

    /** The Secretariat returns the report to its coordinator; the reason is kept for good and shown to them. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void returnReport(Long reportId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ReasonRequiredException();
        }
        SubmissionRuns.requireLength(reason.strip());
        decide(reportId, "RETURN", reason.strip());
    }

    private void decide(Long reportId, String decision, String reason) {
        CurrentUser admin = entitlement.actingUser();
        if (!admin.isAdmin()) {
            guard.requireAdmin();
        }
        Task task = openReview(reportId);
        if (task == null) {
            throw TaskNotAvailableException.gone("review of report " + reportId);
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(DECISION, decision);
        variables.put(ACTOR, admin.username());
        variables.put(REASON, reason);
        tasks.complete(task.getId(), variables);
    }

    private Task openReview(Long reportId) {
        return tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(reportId.toString())
                .active().singleResult();
    }

    private static ReportReview review(Task task) {
        Map<String, Object> v = task.getProcessVariables();
        return new ReportReview(((Number) v.get(REPORT_ID)).longValue(), ((Number) v.get(PARTY_ID)).longValue(),
                (String) v.get(LABEL), (String) v.get(SUBMITTED_BY), task.getCreateTime().toInstant());
    }
}
