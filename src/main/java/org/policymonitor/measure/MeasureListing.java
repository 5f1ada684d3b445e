package org.policymonitor.measure;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * Measures across all ministries, reduced to what a cross-ministry overview needs (the administrators' status
 * board). No scope check here: the calling service carries the authorization (it is administrators only).
 */
@Component
@Transactional(readOnly = true)
public class MeasureListing {

    /** One measure as the overview lists it. */
    public record Listed(Long id, String title, MeasureStatus status, Long partyId, Long ministryId, Long cycleId,
            Instant updatedAt) {
    }

    private final EntityManager entityManager;

    MeasureListing(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The measures in one of {@code statuses}, optionally of one Party, ministry and cycle (null: any). */
    public List<Listed> inStatuses(Collection<MeasureStatus> statuses, Long partyId, Long ministryId, Long cycleId) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("select new org.policymonitor.measure.MeasureListing$Listed(m.id, "
                + "m.title, m.status, m.partyId, m.ministryId, m.cycleId, m.updatedAt) from Measure m "
                + "where m.status in :statuses");
        if (partyId != null) {
            jpql.append(" and m.partyId = :partyId");
        }
        if (ministryId != null) {
            jpql.append(" and m.ministryId = :ministryId");
        }
        if (cycleId != null) {
            jpql.append(" and m.cycleId = :cycleId");
        }
        TypedQuery<Listed> query = entityManager.createQuery(jpql.toString(), Listed.class)
                .setParameter("statuses", statuses);
        if (partyId != null) {
            query.setParameter("partyId", partyId);
        }
        if (ministryId != null) {
            query.setParameter("ministryId", ministryId);
        }
        if (cycleId != null) {
            query.setParameter("cycleId", cycleId);
        }
        return query.getResultList();
    }
}
