package org.policymonitor.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Optional sign-in with OpenID Connect ({@code policymonitor.security.oidc.enabled=true} and
 * {@code spring.security.oauth2.client.registration.*}). The identity provider says who the person is; the
 * local account linked to that identity (issuer + subject) says what they may do. A person without an active
 * local account is refused.
 */
@Component
public class SingleSignOn {

    /** A sign-in button: the provider's name and the link that starts the redirect. */
    public record Provider(String name, String url) {
    }

    private final SecuritySettings settings;
    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final UserAccountRepository accounts;
    private final Clock clock;
    private final AuditWriter audit;

    SingleSignOn(SecuritySettings settings, ObjectProvider<ClientRegistrationRepository> registrations,
            UserAccountRepository accounts, Clock clock, AuditWriter audit) {
        this.audit = audit;
        this.settings = settings;
        this.registrations = registrations;
        this.accounts = accounts;
        this.clock = clock;
    }

    public boolean enabled() {
        return settings.oidc().enabled();
    }

    /** The configured providers, for the sign-in page; empty when single sign-on is off. */
    public List<Provider> providers() {
        List<Provider> providers = new ArrayList<>();
        if (enabled() && registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object item : all) {
                ClientRegistration registration = (ClientRegistration) item;
                providers.add(new Provider(registration.getClientName(),
                        "oauth2/authorization/" + registration.getRegistrationId()));
            }
        }
        return providers;
    }

    OidcUserService userService() {
        OidcUserService delegate = new OidcUserService();
        return new OidcUserService() {
            @Override
            public OidcUser loadUser(OidcUserRequest request) {
                return toLocalUser(delegate.loadUser(request));
            }
        };
    }

    /**
     * The local account of a provider identity: the one linked to its issuer and subject; else, the first time,
     * the one account with the provider's e-mail address if the provider says the address is verified (the
     * account is then linked to that identity for good). Names ({@code preferred_username}) are never trusted:
     * many providers let people choose them.
     */
    OidcUser toLocalUser(OidcUser oidcUser) {
        String issuer = oidcUser.getIssuer() == null ? null : oidcUser.getIssuer().toString();
        String subject = oidcUser.getSubject();
        if (issuer == null || subject == null) {
            throw refused("the identity provider named no issuer or subject");
        }
        UserAccount local = accounts.findByOidcIssuerAndOidcSubject(issuer, subject)
                .orElseGet(() -> linkByVerifiedEmail(oidcUser, issuer, subject));
        if (!local.isEnabled() || local.isLocked(clock.instant())) {
            throw refused("the account is deactivated or locked");
        }
        CurrentUser user = local.toCurrentUser();
        List<GrantedAuthority> authorities = user.roles().stream()
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
        return new PolicyMonitorOidcUser(oidcUser, user, local.getSecurityStamp(), authorities);
    }

    private UserAccount linkByVerifiedEmail(OidcUser oidcUser, String issuer, String subject) {
        if (!Boolean.TRUE.equals(oidcUser.getEmailVerified()) || oidcUser.getEmail() == null) {
            throw refused("no account is linked to this identity and its e-mail address is not verified");
        }
        List<UserAccount> byEmail = accounts.findByEmailIgnoreCase(oidcUser.getEmail());
        if (byEmail.size() != 1 || byEmail.getFirst().getOidcSubject() != null) {
            throw refused("no single unlinked account has this e-mail address");
        }
        UserAccount account = byEmail.getFirst();
        account.linkIdentity(issuer, subject);
        audit.write(AuditEventType.SSO_LINKED, account.getUsername(), account.getUsername(), issuer + " " + subject);
        return accounts.save(account);
    }

    private static OAuth2AuthenticationException refused(String why) {
        return new OAuth2AuthenticationException(new OAuth2Error("access_denied",
                "No active Policy Monitor account for this person: " + why, null));
    }
}
