package org.policymonitor.audit;

import java.time.Instant;

/**
 * A search of the audit trail; null fields do not filter.
 *
 * @param text matched (case-insensitive) against actor, action, field, values and detail
 * @param from inclusive
 * @param to exclusive
 */
public record AuditQuery(String text, Long measureId, AuditCategory category, Instant from, Instant to, int limit) {

    public AuditQuery {
        limit = limit <= 0 ? 500 : Math.min(limit, 5000);
    }

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, 500);
    }

    public static AuditQuery ofMeasure(Long measureId) {
        return new AuditQuery(null, measureId, null, null, null, 5000);
    }
}
