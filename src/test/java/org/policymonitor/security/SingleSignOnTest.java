package org.policymonitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Single sign-on switched on with a dummy provider (no network): the redirect is configured, the form still works. */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {
        "policymonitor.security.oidc.enabled=true",
        "spring.security.oauth2.client.registration.idp.client-id=policy-monitor",
        "spring.security.oauth2.client.registration.idp.client-secret=not-a-secret",
        "spring.security.oauth2.client.registration.idp.client-name=Test Identity Provider",
        "spring.security.oauth2.client.registration.idp.scope=openid,profile,email",
        "spring.security.oauth2.client.registration.idp.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.idp.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.idp.authorization-uri=https://idp.example.invalid/authorize",
        "spring.security.oauth2.client.provider.idp.token-uri=https://idp.example.invalid/token",
        "spring.security.oauth2.client.provider.idp.jwk-set-uri=https://idp.example.invalid/jwks",
        "spring.security.oauth2.client.provider.idp.user-info-uri=https://idp.example.invalid/userinfo",
        "spring.security.oauth2.client.provider.idp.user-name-attribute=sub"})
class SingleSignOnTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SingleSignOn singleSignOn;

    @Test
    void theProviderLinkRedirectsToTheIdentityProvider() throws Exception {
        MvcResult result = mvc.perform(get("/oauth2/authorization/idp")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getHeader("Location"))
                .startsWith("https://idp.example.invalid/authorize?")
                .contains("response_type=code", "client_id=policy-monitor", "scope=openid%20profile%20email",
                        "redirect_uri=http://localhost/login/oauth2/code/idp");
    }

    @Test
    void theSignInPageOffersTheProviderAndTheFormStaysTheDefault() throws Exception {
        assertThat(singleSignOn.providers()).containsExactly(
                new SingleSignOn.Provider("Test Identity Provider", "oauth2/authorization/idp"));
        MvcResult protectedPage = mvc.perform(get("/account")).andReturn();
        assertThat(protectedPage.getResponse().getHeader("Location")).endsWith("/login");
        mvc.perform(formLogin("/login").user("reviewer").password("demo-reviewer"))
                .andExpect(authenticated().withUsername("reviewer"));
    }

    static final String ISSUER = "https://idp.example.invalid";

    @Autowired
    AccountService accounts;
    @Autowired
    UserAccountRepository users;

    /**
     * Replaces the earlier matching by {@code preferred_username}: a name the person may choose at the provider
     * is no proof of identity. The first sign-in links by a verified e-mail address; later ones by issuer + subject.
     */
    @Test
    void aVerifiedEmailLinksTheAccountOnceAndThenIssuerAndSubjectFindIt() {
        accounts.createUser("sso.linked", "SSO Linked", "sso.linked@example.org", "own-password-1", Set.of(Role.EDITOR),
                Scope.ministry(users.findByUsername("editor").orElseThrow().toCurrentUser().scope().ministryId(),
                        users.findByUsername("editor").orElseThrow().toCurrentUser().scope().partyId()));
        OidcUser first = singleSignOn.toLocalUser(oidcUser(Map.of("iss", ISSUER, "sub", "subject-1",
                "email", "SSO.Linked@example.org", "email_verified", true)));
        assertThat(first.getName()).isEqualTo("sso.linked");
        assertThat(first.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_EDITOR");
        assertThat(((CarriesCurrentUser) first).user().scope().ministryId()).isNotNull();
        UserAccount linked = users.findByUsername("sso.linked").orElseThrow();
        assertThat(linked.getOidcIssuer()).isEqualTo(ISSUER);
        assertThat(linked.getOidcSubject()).isEqualTo("subject-1");

        // later: found by issuer + subject, whatever the e-mail now says
        assertThat(singleSignOn.toLocalUser(oidcUser(Map.of("iss", ISSUER, "sub", "subject-1",
                "email", "changed@example.org"))).getName()).isEqualTo("sso.linked");
        // another identity with the same verified address does not take the linked account over
        assertThatThrownBy(() -> singleSignOn.toLocalUser(oidcUser(Map.of("iss", ISSUER, "sub", "subject-2",
                "email", "sso.linked@example.org", "email_verified", true))))
                .isInstanceOf(OAuth2AuthenticationException.class);
        // the same subject at another provider is another person
        assertThatThrownBy(() -> singleSignOn.toLocalUser(oidcUser(Map.of("iss", "https://other-idp.example.invalid",
                "sub", "subject-1")))).isInstanceOf(OAuth2AuthenticationException.class);
    }

    @Test
    void anUnverifiedEmailOrAMatchingUsernameLinksNothing() {
        assertThatThrownBy(() -> singleSignOn.toLocalUser(oidcUser(Map.of("iss", ISSUER, "sub", "unverified",
                "email", "partner@example.org", "email_verified", false))))
                .isInstanceOf(OAuth2AuthenticationException.class);
        assertThatThrownBy(() -> singleSignOn.toLocalUser(oidcUser(Map.of("iss", ISSUER, "sub", "no-claim",
                "email", "partner@example.org")))).isInstanceOf(OAuth2AuthenticationException.class);
        assertThatThrownBy(() -> singleSignOn.toLocalUser(oidcUser(Map.of("iss", ISSUER, "sub", "name-only",
                "preferred_username", "admin")))).isInstanceOf(OAuth2AuthenticationException.class);
        assertThat(users.findByUsername("partner").orElseThrow().getOidcSubject()).isNull();
        assertThat(users.findByUsername("admin").orElseThrow().getOidcSubject()).isNull();
    }

    @Test
    void aPersonWithoutALocalAccountIsRefused() {
        assertThatThrownBy(() -> singleSignOn.toLocalUser(oidcUser(Map.of("iss", ISSUER, "sub", "stranger",
                "email", "nobody.known@example.org", "email_verified", true))))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }

    private static OidcUser oidcUser(Map<String, Object> claims) {
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), claims);
        return new DefaultOidcUser(java.util.List.of(), token);
    }
}
