package org.policymonitor.workflow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.policymonitor.measure.Measure;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.MeasureStatus;
import org.policymonitor.measure.PublishedMeasure;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cross-checks the measures' statuses against their submission processes, e.g. after a crash or a restore:
 * every measure that ever was submitted (it has a step log entry, written in the submitting transaction) or
 * has a running process is checked. See docs/deployment.md.
 */
@Service
public class WorkflowConsistency {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final MeasureService measures;
    private final JdbcTemplate jdbc;

    WorkflowConsistency(RuntimeService runtime, TaskService tasks, MeasureService measures, JdbcTemplate jdbc) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.measures = measures;
        this.jdbc = jdbc;
    }

    /**
     * One line per disagreement, empty when everything agrees: a measure in review, partner confirmation or
     * sign-off has exactly one running process with the open task of that step; any other measure has none; a
     * published measure has exactly one current publication; publication numbers are not repeated.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<String> inconsistencies() {
        Map<Long, List<ProcessInstance>> running = runtime.createProcessInstanceQuery()
                .processDefinitionKey(SubmissionWorkflow.PROCESS_KEY).list().stream()
                .collect(Collectors.groupingBy(pi -> Long.valueOf(pi.getBusinessKey())));
        Map<String, List<Task>> openTasks = tasks.createTaskQuery().processDefinitionKey(SubmissionWorkflow.PROCESS_KEY)
                .active().list().stream().collect(Collectors.groupingBy(Task::getProcessInstanceId));
        Set<Long> ids = new TreeSet<>(jdbc.queryForList("select distinct measure_id from workflow_step_log", Long.class));
        ids.addAll(running.keySet());
        List<String> found = new ArrayList<>();
        for (Long id : ids) {
            Optional<Measure> measure = measures.find(id);
            if (measure.isEmpty()) {
                found.add("measure " + id + ": has a submission but no measure");
                continue;
            }
            check(id, measure.get().getStatus(), running.getOrDefault(id, List.of()),
                    pi -> openTasks.getOrDefault(pi.getId(), List.of()), found);
        }
        return found;
    }

    private void check(Long id, MeasureStatus status, List<ProcessInstance> instances,
            Function<ProcessInstance, List<Task>> openTasksOf, List<String> found) {
        String measure = "measure " + id + " (" + status + ")";
        if (instances.size() > 1) {
            found.add(measure + ": " + instances.size() + " running submissions");
        }
        if (status.isInProcess() && instances.isEmpty()) {
            found.add(measure + ": no running submission");
        }
        if (!status.isInProcess() && !instances.isEmpty()) {
            found.add(measure + ": still has a running submission");
        }
        if (instances.size() == 1) {
            Set<String> steps = new HashSet<>();
            openTasksOf.apply(instances.getFirst()).forEach(t -> steps.add(t.getTaskDefinitionKey()));
            String expected = switch (status) {
                case IN_REVIEW -> WorkflowStep.REVIEW.taskDefinitionKey();
                case AWAITING_PARTNERS -> WorkflowStep.PARTNER_CONFIRMATION.taskDefinitionKey();
                case AWAITING_SIGN_OFF -> WorkflowStep.SIGN_OFF.taskDefinitionKey();
                default -> null;
            };
            if (expected != null && !steps.equals(Set.of(expected))) {
                found.add(measure + ": open tasks " + new TreeSet<>(steps) + " instead of " + expected);
            }
        }
        List<PublishedMeasure> publications = measures.publicationsOf(id);
        long distinctNumbers = publications.stream().mapToInt(PublishedMeasure::publicationNo).distinct().count();
        if (distinctNumbers != publications.size()) {
            found.add(measure + ": publication numbers repeated");
        }
        try {
            boolean current = measures.currentPublication(id).isPresent();
            if (status == MeasureStatus.PUBLISHED && !current) {
                found.add(measure + ": published without a current publication");
            }
        } catch (RuntimeException severalCurrent) {
            found.add(measure + ": more than one current publication");
        }
    }
}
