package org.policymonitor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionTrackingMode;

/**
 * What the server shows over real HTTP: metrics and info only to administrators (browser session or HTTP Basic),
 * probes to anyone; the session cookie's flags; no session id in a URL. (Same context set-up as SignInTest.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureMockMvc
class ExposureTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/prometheus", "/actuator/info"})
    void metricsAndInfoNeedAnAdministrator(String path) throws Exception {
        HttpSessions http = new HttpSessions(port);
        HttpResponse<String> anonymous = http.get(path, null);
        assertThat(anonymous.statusCode()).as(HttpSessions.location(anonymous)).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(anonymous.body()).doesNotContain("policymonitor_measures");

        assertThat(http.getWithBasic(path, "editor", "demo-editor").statusCode()).isEqualTo(403);
        assertThat(http.getWithBasic(path, "admin", "wrong-password").statusCode()).isEqualTo(401);
        assertThat(http.get(path, http.signIn("reviewer", "demo-reviewer")).statusCode()).isEqualTo(403);

        assertThat(http.getWithBasic(path, "admin", "demo-admin").statusCode()).isEqualTo(200);
        assertThat(http.get(path, http.signIn("admin", "demo-admin")).statusCode()).isEqualTo(200);
    }

    @Test
    void theScraperSeesTheMeasuresGauge() throws Exception {
        assertThat(new HttpSessions(port).getWithBasic("/actuator/prometheus", "admin", "demo-admin").body())
                .contains("policymonitor_measures{");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
    void probesStayPublic(String path) throws Exception {
        assertThat(new HttpSessions(port).get(path, null).statusCode()).isEqualTo(200);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndSecureOnlyOverHttps() throws Exception {
        HttpSessions http = new HttpSessions(port);
        String plain = sessionCookieHeader(http.get("/login", null));
        assertThat(plain).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");

        // TLS ended at a proxy on this machine, which says so in X-Forwarded-Proto
        HttpResponse<String> proxied = http.send(HttpRequest.newBuilder(http.uri("/login")).GET()
                .header("X-Forwarded-Proto", "https"));
        assertThat(sessionCookieHeader(proxied)).contains("Secure", "HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Autowired
    ServletContext servletContext;

    /** Spring Security already keeps its redirects free of ids; the container must not rewrite any other URL. */
    @Test
    void sessionsAreTrackedByCookieOnly() {
        assertThat(servletContext.getEffectiveSessionTrackingModes()).containsExactly(SessionTrackingMode.COOKIE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/account", "/admin/users", "/login"})
    void sessionIdsNeverAppearInUrls(String path) throws Exception {
        HttpResponse<String> response = new HttpSessions(port).get(path, null);
        assertThat(HttpSessions.location(response)).doesNotContainIgnoringCase("jsessionid");
        assertThat(response.body()).doesNotContainIgnoringCase("jsessionid");
    }

    private static String sessionCookieHeader(HttpResponse<?> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).toList();
        assertThat(cookies).as("Set-Cookie of " + response.uri()).hasSize(1);
        return cookies.getFirst();
    }
}
