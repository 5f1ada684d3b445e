package org.policymonitor.measure;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

/** How many measures stand in each status, in one grouped query (the operations metrics). */
@Component
@Transactional(readOnly = true)
public class MeasureCounts {

    private final EntityManager entityManager;

    MeasureCounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every status with at least one measure; a status without measures is absent. */
    public Map<MeasureStatus, Long> byStatus() {
        Map<MeasureStatus, Long> counts = new EnumMap<>(MeasureStatus.class);
        entityManager.createQuery("select m.status, count(m) from Measure m group by m.status", Object[].class)
                .getResultList().forEach(row -> counts.put((MeasureStatus) row[0], (Long) row[1]));
        return counts;
    }
}
