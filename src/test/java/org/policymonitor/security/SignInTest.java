package org.policymonitor.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.policymonitor.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class SignInTest {

    @Autowired
    MockMvc mvc;

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
                .andExpect(authenticated().withUsername(username).withAuthorities(
                        java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(role))));
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        mvc.perform(formLogin("/login").user("editor").password("not-the-password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrlPattern("/login?error*"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/actuator/health"})
    void publicPagesOpenWithoutSigningIn(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/account", "/admin/reference-data", "/some/unknown/page"})
    void anonymousVisitorsAreSentToSignInForEverythingElse(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void responsesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "SAMEORIGIN"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }
}
