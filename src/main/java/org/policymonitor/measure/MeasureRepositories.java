package org.policymonitor.measure;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeasureRepository extends JpaRepository<Measure, Long> {

    List<Measure> findByMinistryIdOrderByUpdatedAtDesc(Long ministryId);

    long countByStatus(MeasureStatus status);

    List<Measure> findByCarriedForwardFromIdAndCycleId(Long carriedForwardFromId, Long cycleId);

    @Query("""
            select m from Measure m where m.ministryId = :ministryId
              and (:status is null or m.status = :status) and (:cycleId is null or m.cycleId = :cycleId)""")
    List<Measure> findOfMinistry(Long ministryId, MeasureStatus status, Long cycleId, Pageable pageable);

    @Query("""
            select count(m) from Measure m where m.ministryId = :ministryId
              and (:status is null or m.status = :status) and (:cycleId is null or m.cycleId = :cycleId)""")
    long countOfMinistry(Long ministryId, MeasureStatus status, Long cycleId);

    @Query("""
            select m from Measure m where m.contributingOrganisationId = :organisationId and m.partyId = :partyId
              and (:status is null or m.status = :status) and (:cycleId is null or m.cycleId = :cycleId)""")
    List<Measure> findOfOrganisation(Long organisationId, Long partyId, MeasureStatus status, Long cycleId,
            Pageable pageable);

    @Query("""
            select count(m) from Measure m where m.contributingOrganisationId = :organisationId and m.partyId = :partyId
              and (:status is null or m.status = :status) and (:cycleId is null or m.cycleId = :cycleId)""")
    long countOfOrganisation(Long organisationId, Long partyId, MeasureStatus status, Long cycleId);
}

interface MeasureRevisionRepository extends JpaRepository<MeasureRevisionRow, Long> {

    List<MeasureRevisionRow> findByMeasureIdOrderByVersionDesc(Long measureId);

    Optional<MeasureRevisionRow> findByMeasureIdAndVersion(Long measureId, long version);
}

interface MeasurePublicationRepository extends JpaRepository<MeasurePublication, Long> {

    Optional<MeasurePublication> findByMeasureIdAndCurrentVersionTrue(Long measureId);

    boolean existsByMeasureIdAndCurrentVersionTrue(Long measureId);

    /** Which of these measures the public sees now (one query for a page of My measures). */
    @org.springframework.data.jpa.repository.Query(
            "select p.measureId from MeasurePublication p where p.currentVersion = true and p.measureId in ?1")
    java.util.Set<Long> currentlyPublishedAmong(java.util.Collection<Long> measureIds);

    List<MeasurePublication> findByMeasureIdOrderByPublicationNoDesc(Long measureId);

    List<MeasurePublication> findByCurrentVersionTrueOrderByPublishedAtDesc();

    List<MeasurePublication> findByCurrentVersionTrueAndMeasureIdGreaterThanOrderByMeasureIdAsc(Long measureId,
            org.springframework.data.domain.Limit limit);

    long countByCurrentVersionTrue();
}
