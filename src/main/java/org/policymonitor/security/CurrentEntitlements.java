package org.policymonitor.security;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

/**
 * What an account is entitled to now, read from the database rather than from the session: the session's copy
 * was taken at sign-in and goes stale when an administrator changes the account. For checks at the moment of
 * acting (see docs/workflow.md, "Entitled at the moment of acting").
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class CurrentEntitlements {

    private final AccountService accounts;
    private final EntityManager entityManager;

    CurrentEntitlements(AccountService accounts, EntityManager entityManager) {
        this.accounts = accounts;
        this.entityManager = entityManager;
    }

    /** The signed-in user's account as stored now; empty when nobody is signed in or the account is deactivated. */
    public Optional<CurrentUser> signedInUser() {
        return accounts.currentUser().flatMap(user -> activeAccount(user.username()));
    }

    /** The account's roles and scope as stored now; empty for an unknown or deactivated account. */
    public Optional<CurrentUser> activeAccount(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return entityManager.createQuery("select a from UserAccount a where a.username = :username and a.enabled = true",
                UserAccount.class).setParameter("username", username).getResultStream().findFirst()
                .map(UserAccount::toCurrentUser);
    }

    /** Whether the organisation has at least one active partner contact who can sign in and confirm. */
    public boolean hasPartnerContact(Long partnerOrganisationId) {
        if (partnerOrganisationId == null) {
            return false;
        }
        return entityManager.createQuery("select count(a) from UserAccount a join a.roles r where a.enabled = true"
                + " and r = :role and a.partnerOrganisationId = :organisation", Long.class)
                .setParameter("role", Role.PARTNER).setParameter("organisation", partnerOrganisationId)
                .getSingleResult() > 0;
    }
}
