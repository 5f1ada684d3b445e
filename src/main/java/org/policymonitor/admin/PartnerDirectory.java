package org.policymonitor.admin;

import java.util.List;

import org.policymonitor.party.PartnerOrganisation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

/**
 * All partner organisations, for the scope picker of the user administration. ({@code ReferenceData} looks
 * them up by id and name only; once it lists them, this can go.)
 */
@Service
@Transactional(readOnly = true)
public class PartnerDirectory {

    private final EntityManager entityManager;

    PartnerDirectory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<PartnerOrganisation> partnerOrganisations() {
        return entityManager.createQuery("select p from PartnerOrganisation p order by p.name",
                PartnerOrganisation.class).getResultList();
    }
}
