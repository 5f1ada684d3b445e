package org.policymonitor.workflow;

import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.job.service.impl.asyncexecutor.AsyncExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code workflow} component of {@code /actuator/health}:
 * <ul>
 * <li>DOWN when the process engine cannot read its tables;</li>
 * <li>OUT_OF_SERVICE when the engine works but its jobs do not: the async executor is configured to run
 * ({@code flowable.async-executor-activate}) and is not running on this node, or at least
 * {@code policymonitor.workflow.health.dead-letter-limit} jobs (default 1; 0 turns the rule off) failed for good
 * and wait in the dead-letter table for an administrator;</li>
 * <li>UP otherwise.</li>
 * </ul>
 * Not part of the liveness or readiness groups: dead letters are shared by every node, so a load balancer
 * must not take nodes out for them. See docs/deployment.md.
 */
@Component
public class WorkflowHealthIndicator implements HealthIndicator {

    private final ManagementService management;
    private final ProcessEngineConfiguration engine;
    private final boolean executorExpected;
    private final long deadLetterLimit;

    public WorkflowHealthIndicator(ManagementService management, ProcessEngineConfiguration engine,
            @Value("${flowable.async-executor-activate:true}") boolean executorExpected,
            @Value("${policymonitor.workflow.health.dead-letter-limit:1}") long deadLetterLimit) {
        this.management = management;
        this.engine = engine;
        this.executorExpected = executorExpected;
        this.deadLetterLimit = deadLetterLimit;
    }

    @Override
    public Health health() {
        long deadLetters;
        long timers;
        try {
            deadLetters = management.createDeadLetterJobQuery().count();
            timers = management.createTimerJobQuery().count();
        } catch (RuntimeException unreachable) {
            return Health.down(unreachable).build();
        }
        AsyncExecutor executor = engine.getAsyncExecutor();
        boolean running = executor != null && executor.isActive();
        Health.Builder health = Health.up();
        if (executorExpected && !running) {
            health.status(Status.OUT_OF_SERVICE).withDetail("reason", "async executor not running: timers do not fire here");
        } else if (deadLetterLimit > 0 && deadLetters >= deadLetterLimit) {
            health.status(Status.OUT_OF_SERVICE).withDetail("reason", "failed jobs in the dead-letter table");
        }
        return health.withDetail("asyncExecutor", running ? "running" : executorExpected ? "stopped" : "off")
                .withDetail("lockOwner", executor == null ? "" : String.valueOf(executor.getLockOwner()))
                .withDetail("deadLetterJobs", deadLetters)
                .withDetail("timerJobs", timers)
                .build();
    }
}
