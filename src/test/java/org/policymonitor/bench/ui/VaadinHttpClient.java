package org.policymonitor.bench.ui;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens Vaadin views over HTTP the way a browser does, without a browser: the bootstrap page, Vaadin's
 * {@code ?v-r=init} request (creates the UI), and the client's first UIDL request, the {@code ui-navigate}
 * event that builds the view. Shared by the session-heap and page-time benchmarks.
 */
final class VaadinHttpClient {

    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");

    /** A view opened: the session cookie it ran in, and the time of the three requests (loopback, ns). */
    record Opened(String cookie, long nanos) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build();
    private final int port;

    VaadinHttpClient(int port) {
        this.port = port;
    }

    /** Signs in with the login form; the session cookie of the signed-in session. */
    String signIn(String username, String password) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("sign-in of " + username + " refused: " + response.statusCode() + " " + location);
        }
        return sessionCookie(response).orElseThrow(() -> new IllegalStateException("no session cookie for " + username));
    }

    /**
     * Opens the route in the session of the cookie, or in a new session when it is null (a first visit).
     * The time counts the three requests only, not the client's work between them.
     */
    Opened open(String route, String cookie) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> page = http.send(get("/" + route, cookie), HttpResponse.BodyHandlers.ofString());
        long elapsed = System.nanoTime() - start;
        require(page, 200, "GET /" + route);
        String session = cookie != null ? cookie : sessionCookie(page)
                .orElseThrow(() -> new IllegalStateException("no session cookie from /" + route));
        start = System.nanoTime();
        HttpResponse<String> init = http.send(get("/?v-r=init&location=" + URLEncoder.encode(route,
                StandardCharsets.UTF_8) + "&query=", session), HttpResponse.BodyHandlers.ofString());
        elapsed += System.nanoTime() - start;
        require(init, 200, "init of " + route);
        Matcher key = SECURITY_KEY.matcher(init.body());
        if (!key.find()) {
            throw new IllegalStateException("no Vaadin-Security-Key in the init response of " + route);
        }
        String uiId = uiId(init.body());
        // The client then asks the UI (state node 1) to navigate to the location: this creates the view.
        String navigate = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route + "\",\"query\":\"\","
                + "\"appShellTitle\":\"\",\"historyState\":null,\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
        HttpRequest request = HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + uiId)).header("Cookie", session)
                .header("Content-Type", "application/json; charset=UTF-8").timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(navigate)).build();
        start = System.nanoTime();
        HttpResponse<String> uidl = http.send(request, HttpResponse.BodyHandlers.ofString());
        elapsed += System.nanoTime() - start;
        require(uidl, 200, "navigation of " + route);
        return new Opened(session, elapsed);
    }

    /** The id of the UI the init request created (the n-th UI of a session has id n - 1). */
    private static String uiId(String initBody) {
        Matcher id = Pattern.compile("\"v-uiId\":(\\d+)").matcher(initBody);
        return id.find() ? id.group(1) : "0";
    }

    private static void require(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + ": HTTP " + response.statusCode());
        }
    }

    private static java.util.Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst();
    }

    private HttpRequest get(String path, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept-Language", "en")
                .header("Accept", "text/html,application/json").timeout(Duration.ofSeconds(120)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return request.build();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
