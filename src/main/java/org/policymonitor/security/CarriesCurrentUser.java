package org.policymonitor.security;

import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** A principal (form sign-in or single sign-on) that knows the local {@link CurrentUser}. */
interface CarriesCurrentUser {

    CurrentUser user();

    /** The account's security stamp when this principal signed in (see {@link SessionsFollowAccounts}). */
    long securityStamp();

    static Optional<CurrentUser> fromContext() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CarriesCurrentUser carrier) {
            return Optional.of(carrier.user());
        }
        return Optional.empty();
    }

    /** The name of whoever is acting: the signed-in user, "anonymous", or "system" outside any request. */
    static String actorName() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return "system";
        }
        if (authentication instanceof AnonymousAuthenticationToken) {
            return "anonymous";
        }
        return authentication.getName();
    }
}
