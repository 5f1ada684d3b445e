package org.policymonitor.workflow;

import java.util.List;
import java.util.NoSuchElementException;
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
import org.flowable.engine.runtime.ProcessInstance;
import org.policymonitor.measure.Measure;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.CurrentUser;
import org.policymonitor.security.ScopeGuard;
import org.springframework.stereotype.Component;

/**
 * Where a submission stands, for the users who may follow it: overview, timeline and the process diagram.
 * Callers check that the user is signed in; this class checks who may follow the measure.
 */
@Component
class SubmissionFollowing {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final RepositoryService repository;
    private final MeasureService measures;
    private final ReferenceData referenceData;
    private final StepLogRepository stepLog;
    private final OpenTasks openTasks;
    private final SubmissionRuns runs;
    private final TaskEntitlement entitlement;
    private final ScopeGuard guard;

    SubmissionFollowing(RuntimeService runtime, TaskService tasks, HistoryService history,
            RepositoryService repository, MeasureService measures, ReferenceData referenceData,
            StepLogRepository stepLog, OpenTasks openTasks, SubmissionRuns runs, TaskEntitlement entitlement,
            ScopeGuard guard) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
        this.repository = repository;
        this.measures = measures;
        this.referenceData = referenceData;
        this.stepLog = stepLog;
        this.openTasks = openTasks;
        this.runs = runs;
        this.entitlement = entitlement;
        this.guard = guard;
    }

    SubmissionOverview overview(Long measureId) {
        CurrentUser user = entitlement.actingUser();
        Measure measure = requireVisible(measureId);
        Set<String> groups = CandidateGroups.of(user);
        Optional<ProcessInstance> running = runs.runningInstance(measureId);
        List<TaskView> open = running.map(pi -> tasks.createTaskQuery().processInstanceId(pi.getId())
                .includeProcessVariables().includeTaskLocalVariables().includeIdentityLinks().orderByTaskCreateTime()
                .asc().list().stream().map(t -> openTasks.view(t, user, groups)).toList()).orElse(List.of());
        return new SubmissionOverview(measureId, measure.getTitle(), measure.getStatus(), running.isPresent(),
                timelineOf(measureId), open, user.isAdmin() && running.isPresent());
    }

    List<StepLogEntry> timeline(Long measureId) {
        requireVisible(measureId);
        return timelineOf(measureId);
    }

    String diagram(Long measureId, Function<String, String> labels, String title) {
        requireVisible(measureId);
        Optional<HistoricProcessInstance> latest = latestInstance(measureId);
        String definitionId = latest.map(HistoricProcessInstance::getProcessDefinitionId)
                .orElseGet(() -> repository.createProcessDefinitionQuery()
                        .processDefinitionKey(SubmissionWorkflow.PROCESS_KEY).latestVersion().singleResult().getId());
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
        return new ProcessDiagram(model, SubmissionWorkflow.PROCESS_KEY).render(active, passed, labels, title);
    }

    private Optional<HistoricProcessInstance> latestInstance(Long measureId) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(SubmissionWorkflow.PROCESS_KEY)
                .processInstanceBusinessKey(measureId.toString()).orderByProcessInstanceStartTime().desc()
                .listPage(0, 1).stream().findFirst();
    }

    private List<StepLogEntry> timelineOf(Long measureId) {
        return stepLog.findByMeasureIdOrderByHappenedAtAscIdAsc(measureId).stream().map(StepLog::toEntry).toList();
    }

    /**
     * Who may follow a submission: administrators; the editors of the measure's ministry (of a contribution: the
     * civil-society contacts of its organisation); the reviewers and evaluators of its Party; the contacts of a
     * partner organisation it lists.
     */
    private Measure requireVisible(Long measureId) {
        Measure measure = measures.find(measureId).orElseThrow(() -> new NoSuchElementException("No measure " + measureId));
        guard.requireFollower("submission of measure " + measureId, measure.getMinistryId(), measure.getPartyId(),
                measure.getContributingOrganisationId(), organisationId -> listsPartner(measure, organisationId));
        return measure;
    }

    /** The measure lists the organisation: a row refers to it, or names it (without regard to case, accents or spacing). */
    private boolean listsPartner(Measure measure, Long organisationId) {
        return organisationId != null && measure.content().partners().stream()
                .anyMatch(p -> referenceData.matchPartnerOrganisation(measure.getPartyId(), p.organisationId(), p.name())
                        .map(o -> o.getId().equals(organisationId)).orElse(false));
    }
}
