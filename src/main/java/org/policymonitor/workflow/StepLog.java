package org.policymonitor.workflow;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.springframework.data.repository.Repository;

/** A row of {@code workflow_step_log}. Written once, never changed: the timeline is a record. */
@Entity
@Immutable
@Table(name = "workflow_step_log")
class StepLog {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long measureId;
    private String processInstanceId;
    @Enumerated(EnumType.STRING)
    private WorkflowStep step;
    @Enumerated(EnumType.STRING)
    private StepOutcome outcome;
    private String actor;
    private String subject;
    @Column(name = "comment_text")
    private String comment;
    private Instant happenedAt;

    protected StepLog() {
    }

    StepLog(Long measureId, String processInstanceId, WorkflowStep step, StepOutcome outcome, String actor,
            String subject, String comment, Instant happenedAt) {
        this.measureId = measureId;
        this.processInstanceId = processInstanceId;
        this.step = step;
        this.outcome = outcome;
        this.actor = actor;
        this.subject = subject;
        this.comment = comment;
        this.happenedAt = happenedAt;
    }

    StepLogEntry toEntry() {
        return new StepLogEntry(measureId, step, outcome, actor, subject, comment, happenedAt);
    }

    String getProcessInstanceId() {
        return processInstanceId;
    }
}

/** Append and read only: no update or delete is offered. */
interface StepLogRepository extends Repository<StepLog, Long> {

    StepLog save(StepLog entry);

    List<StepLog> findByMeasureIdOrderByHappenedAtAscIdAsc(Long measureId);
}
