package org.policymonitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import jakarta.servlet.ServletContext;

/**
 * Headers on real HTTP responses, session fixation, session timeout, CSRF, and single sign-on staying off
 * unless switched on. (Same context set-up as SignInTest, so the two share one server.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureMockMvc
class SecurityHardeningTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ServletContext servletContext;
    @Autowired
    SingleSignOn singleSignOn;
    @LocalServerPort
    int port;

    private HttpResponse<String> fetch(String path) throws IOException, InterruptedException {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/login", "/"}) {
            HttpResponse<String> response = fetch(path);
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        }
        assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY)
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'")
                .doesNotContain("*");
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse(null);
    }

    @Test
    void signingInChangesTheSessionId() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        String before = sessionCookie(page);
        assertThat(before).isNotNull();

        HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Cookie", before).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=evaluator&password=demo-evaluator")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        String after = sessionCookie(signIn);
        assertThat(after).isNotNull().isNotEqualTo(before);
    }

    @Test
    void csrfProtectionStaysOn() throws Exception {
        // Vaadin guards its own requests with its own token and exempts only the sign-in form post
        MvcResult withoutToken = mvc.perform(post("/logout").with(user("evaluator").roles("EVALUATOR"))).andReturn();
        assertThat(withoutToken.getResponse().getStatus()).isEqualTo(403);
        MvcResult withToken = mvc.perform(post("/logout").with(user("evaluator").roles("EVALUATOR")).with(csrf()))
                .andReturn();
        assertThat(withToken.getResponse().getStatus()).isEqualTo(302);
    }

    @Test
    void sessionsTimeOutAfterThirtyMinutes() {
        assertThat(servletContext.getSessionTimeout()).isEqualTo(30);
    }

    @Test
    void singleSignOnIsOffByDefault() throws Exception {
        assertThat(singleSignOn.enabled()).isFalse();
        assertThat(singleSignOn.providers()).isEmpty();
        MvcResult result = mvc.perform(get("/oauth2/authorization/idp")).andReturn();
        assertThat(result.getResponse().getHeader("Location")).endsWith("/login");
    }
}
