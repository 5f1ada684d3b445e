package org.policymonitor.measure;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeasureRepository extends JpaRepository<Measure, Long> {

    List<Measure> findByMinistryIdOrderByUpdatedAtDesc(Long ministryId);

    long countByStatus(MeasureStatus status);
}

interface MeasurePublicationRepository extends JpaRepository<MeasurePublication, Long> {

    Optional<MeasurePublication> findByMeasureIdAndCurrentVersionTrue(Long measureId);

    List<MeasurePublication> findByMeasureIdOrderByPublicationNoDesc(Long measureId);

    List<MeasurePublication> findByCurrentVersionTrueOrderByPublishedAtDesc();

    long countByCurrentVersionTrue();
}
