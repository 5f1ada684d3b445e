package org.policymonitor.audit;

import org.policymonitor.measure.MeasureStatusChanged;
import org.policymonitor.workflow.StepLogEntry;
import org.policymonitor.workflow.WorkflowStepRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Status changes of measures and workflow steps into the audit trail, in the transaction that made them
 * (plain event listeners, so an audit entry exists exactly when the change was committed).
 */
@Component
class MeasureAuditListeners {

    private final AuditTrail trail;

    MeasureAuditListeners(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(MeasureStatusChanged event) {
        if (event.measureId() == null) {
            // A measure taken over as published by the importer: no history of its own before this.
            return;
        }
        trail.append(new AuditEntry(null, event.at(), event.actor(), AuditCategory.MEASURE_CHANGE, "STATUS_CHANGED",
                event.measureId(), "status", event.from() == null ? null : event.from().name(), event.to().name(),
                event.reason()));
    }

    @EventListener
    void on(WorkflowStepRecorded event) {
        StepLogEntry step = event.entry();
        String detail = step.subject() == null ? step.comment()
                : step.comment() == null ? step.subject() : step.subject() + " — " + step.comment();
        trail.append(new AuditEntry(null, step.at(), step.actor(), AuditCategory.WORKFLOW_STEP, step.outcome().name(),
                step.measureId(), step.step().name(), null, null, detail));
    }
}
