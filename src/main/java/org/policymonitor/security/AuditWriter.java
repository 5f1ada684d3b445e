package org.policymonitor.security;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes audit records in a transaction of their own: a denied or failed operation rolls back, its audit
 * record must stay.
 */
@Component
class AuditWriter {

    private static final Logger log = LoggerFactory.getLogger("org.policymonitor.security.audit");

    private final AuditRecordRepository records;
    private final Clock clock;

    AuditWriter(AuditRecordRepository records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void write(AuditEventType type, String username, String actor, String detail) {
        log.info("{} user={} actor={} {}", type, username, actor, detail == null ? "" : detail);
        records.save(new AuditRecord(clock.instant(), type, username, actor, detail));
    }
}
