package org.policymonitor.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policymonitor.PolicyMonitorApplication;

/**
 * A new production install: the application in a JVM of its own on the {@code postgres} profile and an empty
 * throw-away database, started once with the setup option. No account of the README's demo table can sign in
 * over HTTP, and the setup's one-time password signs the first administrator in, straight to "choose your
 * password".
 */
@Tag("own-application")
class FreshInstallTest {

    private static final Pattern DEMO_ROW = Pattern.compile("^\\| `([^`]+)`\\s*\\| `([^`]+)`\\s*\\|");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void noDemoAccountSignsInAndTheSetupStepCreatesTheFirstAdministrator() throws Exception {
        Map<String, String> demoAccounts = readmeDemoAccounts();
        assertThat(demoAccounts).containsEntry("admin", "demo-admin").hasSizeGreaterThanOrEqualTo(6);
        Optional<ThrowAwayPostgres> postgres = ThrowAwayPostgres.createIfAvailable();
        Assumptions.assumeTrue(postgres.isPresent(), "No PostgreSQL server at " + ThrowAwayPostgres.SERVER);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m", "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                PolicyMonitorApplication.class.getName()));
        command.addAll(postgres.get().arguments());
        command.addAll(List.of("--server.port=" + port, "--server.address=127.0.0.1",
                "--flowable.async-executor-activate=false", "--policymonitor.setup.admin=first.admin"));
        Process app = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = new CopyOnWriteArrayList<>();
        Thread reader = Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    output.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        try {
            awaitReady(port, app, output);
            for (Map.Entry<String, String> demo : demoAccounts.entrySet()) {
                HttpResponse<String> signIn = signIn(port, demo.getKey(), demo.getValue());
                assertThat(location(signIn)).as("sign-in of demo account " + demo.getKey()).endsWith("/login?error");
            }
            try (Connection connection = postgres.get().connect();
                    ResultSet users = connection.createStatement().executeQuery("select username from user_account")) {
                assertThat(users.next()).isTrue();
                assertThat(users.getString(1)).isEqualTo("first.admin");
                assertThat(users.next()).as("only the setup's administrator").isFalse();
            }

            String password = output.stream().filter(l -> l.startsWith("=== One-time password: "))
                    .map(l -> l.substring("=== One-time password: ".length()).strip()).findFirst()
                    .orElseThrow(() -> new AssertionError("no one-time password printed:\n" + String.join("\n", output)));
            assertThat(output).noneMatch(l -> l.contains(password) && !l.startsWith("=== One-time password: "));
            HttpResponse<String> signIn = signIn(port, "first.admin", password);
            assertThat(signIn.statusCode()).isEqualTo(302);
            assertThat(location(signIn)).doesNotContain("/login");
            String cookie = signIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                    .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
            HttpResponse<String> users = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/admin/users")).header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(location(users)).as("the first page after setup").endsWith("/change-password");
        } finally {
            app.destroy();
            if (!app.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor();
            }
            reader.join(5_000);
            postgres.get().close();
        }
    }

    private static Map<String, String> readmeDemoAccounts() throws IOException {
        Map<String, String> accounts = new LinkedHashMap<>();
        boolean inSection = false;
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            if (line.startsWith("## ")) {
                inSection = line.startsWith("## Demo accounts");
            }
            Matcher row = DEMO_ROW.matcher(line);
            if (inSection && row.find()) {
                accounts.put(row.group(1), row.group(2));
            }
        }
        return accounts;
    }

    private HttpResponse<String> signIn(int port, String username, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private void awaitReady(int port, Process app, List<String> output) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline && app.isAlive()) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                        .GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the application did not become ready (alive: " + app.isAlive() + "); last output:\n"
                + String.join("\n", output.subList(Math.max(0, output.size() - 60), output.size())));
    }
}
