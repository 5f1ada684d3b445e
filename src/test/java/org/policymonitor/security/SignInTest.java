package org.policymonitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Sign-in with the demo accounts, and what an anonymous visitor can reach over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureMockMvc
class SignInTest {

    @Autowired
    MockMvc mvc;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @CsvSource({
            "editor, demo-editor, ROLE_EDITOR",
            "editor.lt, demo-editor-lt, ROLE_EDITOR",
            "reviewer, demo-reviewer, ROLE_REVIEWER",
            "partner, demo-partner, ROLE_PARTNER",
            "evaluator, demo-evaluator, ROLE_EVALUATOR",
            "admin, demo-admin, ROLE_ADMIN"})
    void everyDemoAccountCanSignInWithItsRole(String username, String password, String role) throws Exception {
        mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(authenticated().withUsername(username).withAuthentication(authentication ->
                        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                                .contains(role)
                                .filteredOn(a -> a.startsWith("ROLE_")).containsExactly(role)));
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        mvc.perform(formLogin("/login").user("editor").password("not-the-password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/actuator/health"})
    void publicPagesOpenWithoutSigningIn(String path) throws Exception {
        assertThat(get(path).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/account", "/admin/reference-data", "/some/unknown/page"})
    void anonymousVisitorsAreSentToSignInForEverythingElse(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void responsesCarrySecurityHeaders() throws Exception {
        HttpResponse<String> response = get("/login");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
    }
}
