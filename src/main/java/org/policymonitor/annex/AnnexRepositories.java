package org.policymonitor.annex;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AnnexRepository extends JpaRepository<Annex, Long> {

    List<Annex> findByOwnerKindAndOwnerIdOrderByUploadedAtAscIdAsc(AnnexOwner.Kind ownerKind, Long ownerId);

    @Query("select coalesce(sum(a.sizeBytes), 0) from Annex a where a.ownerKind = ?1 and a.ownerId = ?2")
    long totalBytes(AnnexOwner.Kind ownerKind, Long ownerId);
}

interface AnnexContentRepository extends JpaRepository<AnnexContent, Long> {
}
