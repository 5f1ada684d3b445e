package org.policymonitor.workflow;

import java.util.List;
import java.util.Locale;

import org.flowable.engine.ManagementService;
import org.flowable.engine.TaskService;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Gauges read on each scrape: {@code policymonitor.tasks.open} by {@code step} (review, partner_confirmation,
 * sign_off) and {@code policymonitor.jobs.failed} (jobs in Flowable's dead-letter table, i.e. out of retries).
 * Both count the shared database, so every node reports the same values.
 */
@Component
class WorkflowMetrics implements MeterBinder {

    static final String OPEN_TASKS = "policymonitor.tasks.open";
    static final String FAILED_JOBS = "policymonitor.jobs.failed";
    private static final List<WorkflowStep> TASK_STEPS = List.of(WorkflowStep.REVIEW,
            WorkflowStep.PARTNER_CONFIRMATION, WorkflowStep.SIGN_OFF);

    private final TaskService tasks;
    private final ManagementService management;

    WorkflowMetrics(TaskService tasks, ManagementService management) {
        this.tasks = tasks;
        this.management = management;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (WorkflowStep step : TASK_STEPS) {
            Gauge.builder(OPEN_TASKS, () -> tasks.createTaskQuery().processDefinitionKey(SubmissionWorkflow.PROCESS_KEY)
                            .taskDefinitionKey(step.taskDefinitionKey()).active().count())
                    .tag("step", step.name().toLowerCase(Locale.ROOT))
                    .description("Open tasks of the submission workflow")
                    .register(registry);
        }
        Gauge.builder(FAILED_JOBS, () -> management.createDeadLetterJobQuery().count())
                .description("Workflow jobs (timers, async steps) that failed for good: dead-letter jobs")
                .register(registry);
    }
}
