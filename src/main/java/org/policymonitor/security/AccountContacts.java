package org.policymonitor.security;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

/**
 * Enabled users by role and scope, for the modules that address "the reviewers of Party 12" rather than one
 * known user. The account tables stay the security module's: other modules ask here instead of reading them.
 */
@Component
@Transactional(readOnly = true)
public class AccountContacts {

    private static final String SELECT = "select distinct new org.policymonitor.security.Contact(a.username, "
            + "a.displayName, a.email, a.preferredLanguage) from UserAccount a join a.roles r "
            + "where a.enabled = true and r = :role";

    private final EntityManager entityManager;

    AccountContacts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Users holding {@code role} for a Party (reviewers, evaluators). */
    public List<Contact> ofParty(Role role, Long partyId) {
        return partyId == null ? List.of() : scoped(role, "partyId", partyId);
    }

    /** Users holding {@code role} for a ministry (editors). */
    public List<Contact> ofMinistry(Role role, Long ministryId) {
        return ministryId == null ? List.of() : scoped(role, "ministryId", ministryId);
    }

    /** The partner contacts of an organisation. */
    public List<Contact> ofPartnerOrganisation(Long organisationId) {
        return organisationId == null ? List.of() : scoped(Role.PARTNER, "partnerOrganisationId", organisationId);
    }

    /** The civil-society contacts of an organisation for a Party (the authors of its contributions). */
    public List<Contact> ofCivilSocietyOrganisation(Long organisationId, Long partyId) {
        if (organisationId == null || partyId == null) {
            return List.of();
        }
        return entityManager.createQuery(SELECT + " and a.partnerOrganisationId = :organisation and a.partyId = :party"
                + " order by a.username", Contact.class).setParameter("role", Role.CIVIL_SOCIETY)
                .setParameter("organisation", organisationId).setParameter("party", partyId).getResultList();
    }

    public Optional<Contact> user(String username) {
        return entityManager.createQuery("select new org.policymonitor.security.Contact(a.username, a.displayName, "
                + "a.email, a.preferredLanguage) from UserAccount a where a.username = :username and a.enabled = true",
                Contact.class).setParameter("username", username).getResultStream().findFirst();
    }

    private List<Contact> scoped(Role role, String scopeField, Long scopeId) {
        return entityManager.createQuery(SELECT + " and a." + scopeField + " = :scope order by a.username", Contact.class)
                .setParameter("role", role).setParameter("scope", scopeId).getResultList();
    }
}
