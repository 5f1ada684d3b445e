package org.policymonitor.security;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** Spring Security's view of a {@link UserAccount}; carries the {@link CurrentUser} as principal data. */
final class PolicyMonitorUserDetails implements UserDetails, CarriesCurrentUser {

    private final CurrentUser user;
    private final String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private final boolean passwordExpired;
    private final long securityStamp;

    PolicyMonitorUserDetails(UserAccount account, Clock clock) {
        this.user = account.toCurrentUser();
        this.passwordHash = account.getPasswordHash();
        this.enabled = account.isEnabled();
        this.locked = account.isLocked(clock.instant());
        this.passwordExpired = account.isPasswordExpired(clock.instant());
        this.securityStamp = account.getSecurityStamp();
    }

    @Override
    public long securityStamp() {
        return securityStamp;
    }

    /** An expired one-time password: Spring Security refuses it with CredentialsExpiredException. */
    @Override
    public boolean isCredentialsNonExpired() {
        return !passwordExpired;
    }

    @Override
    public CurrentUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.roles().stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "PolicyMonitorUserDetails[" + user.username() + ", roles=" + List.copyOf(user.roles()) + "]";
    }
}
