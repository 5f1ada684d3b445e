package org.policymonitor.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
import org.springframework.transaction.annotation.Transactional;

/**
 * Optional sign-in with OpenID Connect ({@code policymonitor.security.oidc.enabled=true} and
 * {@code spring.security.oauth2.client.registration.*}). The identity provider says who the person is; the
 * local account of the same username (claim {@code preferred_username}) or e-mail says what they may do. A
 * person without an active local account is refused.
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

    SingleSignOn(SecuritySettings settings, ObjectProvider<ClientRegistrationRepository> registrations,
            UserAccountRepository accounts, Clock clock) {
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

    @Transactional(readOnly = true)
    OidcUser toLocalUser(OidcUser oidcUser) {
        Optional<UserAccount> account = Optional.ofNullable(oidcUser.getPreferredUsername())
                .flatMap(accounts::findByUsername);
        if (account.isEmpty() && oidcUser.getEmail() != null) {
            List<UserAccount> byEmail = accounts.findByEmailIgnoreCase(oidcUser.getEmail());
            account = byEmail.size() == 1 ? Optional.of(byEmail.getFirst()) : Optional.empty();
        }
        UserAccount local = account.filter(UserAccount::isEnabled).filter(a -> !a.isLocked(clock.instant()))
                .orElseThrow(() -> new OAuth2AuthenticationException(
                        new OAuth2Error("access_denied", "No active Policy Monitor account for this person", null)));
        CurrentUser user = local.toCurrentUser();
        List<GrantedAuthority> authorities = user.roles().stream()
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
        return new PolicyMonitorOidcUser(oidcUser, user, authorities);
    }
}
