package org.policymonitor.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.criteria.Predicate;

/** Reads the security audit log (administrators only). Records are written by the security module itself. */
@Service
@Transactional(readOnly = true)
public class SecurityAuditLog {

    private final AuditRecordRepository records;

    SecurityAuditLog(AuditRecordRepository records) {
        this.records = records;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<SecurityEvent> search(SecurityEventQuery query) {
        Specification<AuditRecord> spec = (root, cq, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (query.username() != null && !query.username().isBlank()) {
                String pattern = "%" + query.username().trim().toLowerCase(Locale.ROOT) + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("username")), pattern),
                        cb.like(cb.lower(root.get("actor")), pattern)));
            }
            if (query.type() != null) {
                where.add(cb.equal(root.get("type"), query.type()));
            }
            if (query.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), query.from()));
            }
            if (query.to() != null) {
                where.add(cb.lessThan(root.get("occurredAt"), query.to()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        int limit = query.limit() <= 0 ? 500 : Math.min(query.limit(), 5000);
        return records.findAll(spec, PageRequest.of(0, limit, Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"))))
                .map(AuditRecord::toEntry).toList();
    }
}
