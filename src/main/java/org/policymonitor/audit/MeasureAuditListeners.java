package org.policymonitor.audit;

import org.policymonitor.measure.MeasureChange;
import org.policymonitor.measure.MeasureChangesWritten;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.workflow.FourEyesPolicyChanged;
import org.policymonitor.workflow.StepLogEntry;
import org.policymonitor.workflow.WorkflowStepRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Changes of measures (creation, field by field, status) and workflow steps into the audit trail, in the
 * transaction that made them: both events are published while Hibernate writes the change, so an audit entry
 * exists exactly when the change was committed, whichever code path made it. See docs/audit.md.
 */
@Component
class MeasureAuditListeners {

    private static final String CIVIL_SOCIETY_FIELD = "reportedByCivilSociety";

    private final AuditTrail trail;

    MeasureAuditListeners(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(MeasureChangesWritten event) {
        Long id = event.measureId();
        for (MeasureChange change : event.changes()) {
            switch (change) {
                case MeasureChange.Created c -> {
                    append(c, "CREATED", id, null, null, c.content().title(),
                            c.carriedForwardFromId() == null ? null : "carried forward from " + c.carriedForwardFromId());
                    fields(c, id, null, c.content());
                }
                case MeasureChange.ContentEdited e -> fields(e, id, e.before(), e.after());
                case MeasureChange.CivilSocietyFlagChanged f -> append(f, "FIELD_CHANGED", id, CIVIL_SOCIETY_FIELD,
                        String.valueOf(f.before()), String.valueOf(f.after()), null);
                case MeasureChange.StatusMoved s -> append(s, "STATUS_CHANGED", id, "status",
                        s.from() == null ? null : s.from().name(), s.to().name(), s.reason());
            }
        }
    }

    private void fields(MeasureChange change, Long id, MeasureContent before,
            MeasureContent after) {
        for (MeasureFieldDiff.Change field : MeasureFieldDiff.between(before, after)) {
            append(change, "FIELD_CHANGED", id, field.field(), field.oldValue(), field.newValue(), null);
        }
    }

    private void append(MeasureChange change, String action, Long measureId, String field, String oldValue,
            String newValue, String detail) {
        trail.append(new AuditEntry(null, change.at(), change.actor(), AuditCategory.MEASURE_CHANGE, action, measureId,
                field, oldValue, newValue, detail));
    }

    /** In the administrator's transaction, like {@link AuditTrail#recordAdminAction}. */
    @EventListener
    void on(FourEyesPolicyChanged event) {
        trail.append(new AuditEntry(null, event.at(), event.actor(), AuditCategory.ADMIN_ACTION, event.action(), null,
                null, null, null, "party=" + event.partyIsoCode() + " (" + event.partyName() + ") samePersonStepsAllowed="
                        + event.samePersonStepsAllowed()));
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
