package org.policymonitor.audit;

/** What kind of event an audit entry records. */
public enum AuditCategory {
    /** A change of a measure's content or status, field by field. */
    MEASURE_CHANGE,
    /** A step of a submission's workflow (from the workflow's step log). */
    WORKFLOW_STEP,
    /** Something an administrator did (deadlines, users, reference data...). */
    ADMIN_ACTION,
    /** A step of a Party's periodic report (the report module). */
    REPORT_STEP;

    public String messageKey() {
        return "audit.category." + name();
    }
}
