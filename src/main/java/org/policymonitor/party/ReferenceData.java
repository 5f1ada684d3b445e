package org.policymonitor.party;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Parties, their ministries, partner organisations and reporting cycles (the periodic reports are the report module's). */
@Service
@Transactional(readOnly = true)
public class ReferenceData {

    private final PartyRepository parties;
    private final MinistryRepository ministries;
    private final PartnerOrganisationRepository partners;
    private final ReportingCycleRepository cycles;

    ReferenceData(PartyRepository parties, MinistryRepository ministries, PartnerOrganisationRepository partners,
            ReportingCycleRepository cycles) {
        this.parties = parties;
        this.ministries = ministries;
        this.partners = partners;
        this.cycles = cycles;
    }

    public List<Party> parties() {
        return parties.findAllByOrderByName();
    }

    public Optional<Party> party(Long id) {
        return id == null ? Optional.empty() : parties.findById(id);
    }

    public Optional<Party> partyByIso(String isoCode) {
        return parties.findByIsoCode(isoCode);
    }

    public Optional<Ministry> ministry(Long id) {
        return id == null ? Optional.empty() : ministries.findById(id);
    }

    /** Every ministry of every Party, by name. */
    public List<Ministry> ministries() {
        return ministries.findAllByOrderByName();
    }

    public List<Ministry> ministriesOf(Long partyId) {
        return ministries.findByPartyIdOrderByName(partyId);
    }

    public List<ReportingCycle> cycles() {
        return cycles.findAllByOrderByStartYearDesc();
    }

    public Optional<ReportingCycle> cycle(Long id) {
        return id == null ? Optional.empty() : cycles.findById(id);
    }

    public Optional<ReportingCycle> cycleByCode(String code) {
        return cycles.findByCode(code);
    }

    public Optional<PartnerOrganisation> partnerOrganisation(Long id) {
        return id == null ? Optional.empty() : partners.findById(id);
    }

    public Optional<PartnerOrganisation> partnerOrganisationByName(String name) {
        return partners.findByName(name);
    }

    /** Every registered partner organisation, by name (the administrators' scope picker). */
    public List<PartnerOrganisation> partnerOrganisations() {
        return partners.findAllByOrderByName();
    }

    /** The organisations measures of the Party may list as partners: its own and those of no Party, by name. */
    public List<PartnerOrganisation> partnerOrganisationsFor(Long partyId) {
        return partners.findByPartyIdOrPartyIdIsNullOrderByName(partyId);
    }

    /**
     * The registered organisation a partner row names, for the Party's measures: by id when the row has one
     * (and the organisation is offered to the Party), else by name without regard to case, accents or spacing.
     */
    public Optional<PartnerOrganisation> matchPartnerOrganisation(Long partyId, Long organisationId, String name) {
        if (organisationId != null) {
            return partners.findById(organisationId).filter(o -> o.availableTo(partyId));
        }
        String key = OrganisationNames.key(name);
        if (key == null) {
            return Optional.empty();
        }
        return partnerOrganisationsFor(partyId).stream().filter(o -> key.equals(OrganisationNames.key(o.getName())))
                .findFirst();
    }

    public long partyCount() {
        return parties.count();
    }

    @Transactional
    public Party saveParty(Party party) {
        return parties.save(party);
    }

    /**
     * The Party's existing ministry whose name is {@code name} regardless of case, accents, punctuation and
     * spacing ("Ministère de la Culture" is "MINISTERE DE LA  CULTURE"); never creates one.
     */
    public Optional<Ministry> matchingMinistry(Long partyId, String name) {
        if (partyId == null || name == null) {
            return Optional.empty();
        }
        String key = nameKey(name);
        return key.isEmpty() ? Optional.empty()
                : ministries.findByPartyIdOrderByName(partyId).stream().filter(m -> nameKey(m.getName()).equals(key))
                        .findFirst();
    }

    private static String nameKey(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replace("œ", "oe").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    @Transactional
    public Ministry ministryOf(Party party, String name) {
        return ministries.findByPartyIdAndName(party.getId(), name)
                .orElseGet(() -> ministries.save(new Ministry(party.getId(), name)));
    }

    @Transactional
    public PartnerOrganisation partnerOrganisation(String name, String entityType) {
        return partners.findByName(name).orElseGet(() -> partners.save(new PartnerOrganisation(name, entityType)));
    }

    /** The organisation of that name, registered for the Party when it is new (a civil-society organisation, say). */
    @Transactional
    public PartnerOrganisation partnerOrganisation(String name, String entityType, Long partyId) {
        return partners.findByName(name)
                .orElseGet(() -> partners.save(new PartnerOrganisation(name, entityType, partyId)));
    }

    @Transactional
    public ReportingCycle cycle(int startYear, int endYear, String formVersion) {
        return cycles.findByCode(startYear + "-" + endYear)
                .orElseGet(() -> cycles.save(new ReportingCycle(startYear, endYear, formVersion)));
    }
}
