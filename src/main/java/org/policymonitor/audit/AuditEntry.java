package org.policymonitor.audit;

import java.time.Instant;

/**
 * One line of the audit trail.
 *
 * @param action what happened, e.g. {@code FIELD_CHANGED}, {@code STATUS_CHANGED}, a workflow outcome or an
 *        administrative action name
 * @param field the measure field (record component of MeasureContent) for a field change; else null
 */
public record AuditEntry(Long id, Instant at, String actor, AuditCategory category, String action, Long measureId,
        String field, String oldValue, String newValue, String detail) {
}
