package org.policymonitor.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.party.ReferenceData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Probes and metrics over real HTTP, as a load balancer (no sign-in) and a Prometheus scraper (an administrator's
 * HTTP Basic credentials) see them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "policymonitor.ops.measure-metrics-max-age=0s")
@ActiveProfiles("test")
class OperationsEndpointsTest {

    @LocalServerPort
    int port;
    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    HealthEndpointGroups healthGroups;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void livenessAndReadinessAreUpAndReadinessChecksTheDatabase() throws Exception {
        HttpResponse<String> liveness = get("/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"");

        HttpResponse<String> readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");

        assertThat(healthGroups.get("readiness").isMember("db")).isTrue();
        assertThat(healthGroups.get("liveness").isMember("db")).isFalse();
    }

    @Test
    void prometheusShowsMeasuresByStatusAndHttpRequests() throws Exception {
        long published = measures.publishedCount();
        measures.createDraft(referenceData.partyByIso("MN").orElseThrow().getId(), null,
                referenceData.cycleByCode("2024-2027").orElseThrow().getId(), FormVersion.FORM_2020,
                MeasureContent.titled("Counted draft"), "editor");
        assertThat(get("/").statusCode()).isEqualTo(200);

        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/actuator/prometheus")).header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString("admin:demo-admin".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(gauge(metrics.body(), "PUBLISHED")).isGreaterThanOrEqualTo(published).isPositive();
        assertThat(gauge(metrics.body(), "DRAFT")).isPositive();
        assertThat(gauge(metrics.body(), "WITHDRAWN")).isNotNegative();
        // Vaadin serves every page through one servlet mapping, so the page request is counted under uri="/**"
        assertThat(metrics.body()).containsPattern("(?m)^http_server_requests_seconds_count\\{[^}]*status=\"200\"[^}]*uri=\"/\\*\\*\"[^}]*} [1-9]");
    }

    @Test
    void otherActuatorEndpointsAreNotExposed() throws Exception {
        for (String endpoint : new String[] {"/actuator/env", "/actuator/beans", "/actuator/metrics", "/actuator/heapdump",
                "/actuator/loggers"}) {
            assertThat(get(endpoint).statusCode()).as(endpoint).isNotEqualTo(200);
        }
    }

    private static long gauge(String body, String status) {
        Matcher matcher = Pattern.compile("^policymonitor_measures\\{[^}]*status=\"" + status + "\"[^}]*} ([0-9.E]+)$",
                Pattern.MULTILINE).matcher(body);
        assertThat(matcher.find()).as("policymonitor_measures for " + status + " in:\n" + body).isTrue();
        return (long) Double.parseDouble(matcher.group(1));
    }
}
