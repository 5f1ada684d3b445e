package org.policymonitor.party;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PartyRepository extends JpaRepository<Party, Long> {
    Optional<Party> findByIsoCode(String isoCode);

    List<Party> findAllByOrderByName();
}

interface MinistryRepository extends JpaRepository<Ministry, Long> {
    Optional<Ministry> findByPartyIdAndName(Long partyId, String name);

    List<Ministry> findByPartyIdOrderByName(Long partyId);

    List<Ministry> findAllByOrderByName();
}

interface PartnerOrganisationRepository extends JpaRepository<PartnerOrganisation, Long> {
    Optional<PartnerOrganisation> findByName(String name);

    List<PartnerOrganisation> findByPartyIdOrPartyIdIsNullOrderByName(Long partyId);

    List<PartnerOrganisation> findAllByOrderByName();
}

interface ReportingCycleRepository extends JpaRepository<ReportingCycle, Long> {
    Optional<ReportingCycle> findByCode(String code);

    List<ReportingCycle> findAllByOrderByStartYearDesc();
}
