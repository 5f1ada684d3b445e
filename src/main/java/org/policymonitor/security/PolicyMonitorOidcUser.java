package org.policymonitor.security;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A single sign-on user, carrying the local account's roles and scope. */
final class PolicyMonitorOidcUser extends DefaultOidcUser implements CarriesCurrentUser {

    private final CurrentUser user;
    private final long securityStamp;

    PolicyMonitorOidcUser(OidcUser oidcUser, CurrentUser user, long securityStamp,
            Collection<? extends GrantedAuthority> authorities) {
        super(authorities, oidcUser.getIdToken(), oidcUser.getUserInfo());
        this.user = user;
        this.securityStamp = securityStamp;
    }

    @Override
    public long securityStamp() {
        return securityStamp;
    }

    @Override
    public CurrentUser user() {
        return user;
    }

    @Override
    public String getName() {
        return user.username();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PolicyMonitorOidcUser o && o.user.equals(user) && super.equals(other);
    }

    @Override
    public int hashCode() {
        return user.hashCode();
    }
}
