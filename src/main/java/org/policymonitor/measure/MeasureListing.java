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
 * board, the periodic report's list of civil-society contributions). No scope check here: the calling service
 * carries the authorization.
 */
@Component
@Transactional(readOnly = true)
public class MeasureListing {

    /** One measure as the overview lists it. */
    public record Listed(Long id, String title, MeasureStatus status, Long partyId, Long ministryId, Long cycleId,
            Instant updatedAt) {
    }

    /**
     * A civil-society contribution as the periodic report lists it: whose it is, where it stands, and whether a
     * version of it is public now (also while a revision of it is under way).
     */
    public record Contribution(Long id, String title, Long organisationId, String organisationName,
            MeasureStatus status, boolean published) {
    }

    private final EntityManager entityManager;
    private final MeasurePublicationRepository publications;

    MeasureListing(EntityManager entityManager, MeasurePublicationRepository publications) {
        this.entityManager = entityManager;
        this.publications = publications;
    }

    /**
     * The civil-society contributions (measures of a civil-society organisation, see docs/civil-society.md) of the
     * Party in the cycle, withdrawn ones left out, by organisation name and title.
     */
    public List<Contribution> contributions(Long partyId, Long cycleId) {
        List<Object[]> rows = entityManager.createQuery("select m.id, m.title, m.contributingOrganisationId, "
                + "m.contributingOrganisationName, m.status from Measure m where m.partyId = :partyId "
                + "and m.cycleId = :cycleId and m.contributingOrganisationId is not null and m.status <> :withdrawn "
                + "order by m.contributingOrganisationName, m.title, m.id", Object[].class)
                .setParameter("partyId", partyId).setParameter("cycleId", cycleId)
                .setParameter("withdrawn", MeasureStatus.WITHDRAWN).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        java.util.Set<Long> published = publications.currentlyPublishedAmong(rows.stream().map(r -> (Long) r[0]).toList());
        return rows.stream().map(r -> new Contribution((Long) r[0], (String) r[1], (Long) r[2], (String) r[3],
                (MeasureStatus) r[4], published.contains((Long) r[0]))).toList();
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
