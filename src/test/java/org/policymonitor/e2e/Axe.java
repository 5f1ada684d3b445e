package org.policymonitor.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (from the npm registry, fetched once into {@code target/axe} with {@code npm pack}) in the
 * current page and returns its violations (all of them, or those of impact "serious" or "critical").
 */
final class Axe {

    static final String VERSION = "4.10.3";
    private static final Path HOME = Path.of("target", "axe");
    private static String script;

    private Axe() {
    }

    record Violation(String id, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return impact + " " + id + ": " + help + " " + targets;
        }
    }

    static List<Violation> seriousViolations(WebDriver driver) {
        return violations(driver).stream()
                .filter(v -> "serious".equals(v.impact()) || "critical".equals(v.impact()))
                .toList();
    }

    /** Every violation, whatever its impact. */
    @SuppressWarnings("unchecked")
    static List<Violation> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(script());
        Object raw = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                // Vaadin's field groups put aria-required on their role="group" host on purpose (JAWS and
                // VoiceOver announce it; ARIA 1.2 lists no required state for groups): vaadin/web-components#2931,
                // w3c/aria#2152. Only that attribute on that element is let through; anything else still fails.
                const vaadinRequiredGroup = (v, n) => v.id === 'aria-allowed-attr'
                    && /^<vaadin-(checkbox-group|custom-field)\\b/.test(n.html)
                    && [...n.any, ...n.all, ...n.none].flatMap(c => [].concat(c.data || []))
                        .every(d => String(d).startsWith('aria-required='));
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(r.violations
                        .map(v => ({...v, nodes: v.nodes.filter(n => !vaadinRequiredGroup(v, n))}))
                        .filter(v => v.nodes.length > 0)
                        .map(v => ({id: v.id, impact: v.impact, help: v.help,
                            targets: v.nodes.map(n => n.target.join(' '))}))))
                   .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), targets: []}]));
                """);
        return ((List<Map<String, Object>>) raw).stream()
                .map(v -> new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                        (List<String>) v.get("targets")))
                .toList();
    }

    private static synchronized String script() {
        if (script == null) {
            Path file = HOME.resolve("package/axe.min.js");
            try {
                if (!Files.exists(file)) {
                    fetch();
                }
                script = Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }

    private static void fetch() throws IOException {
        Files.createDirectories(HOME);
        run("npm", "pack", "--silent", "axe-core@" + VERSION);
        run("tar", "-xzf", "axe-core-" + VERSION + ".tgz", "package/axe.min.js");
    }

    private static void run(String... command) throws IOException {
        Process process = new ProcessBuilder(command).directory(HOME.toFile()).inheritIO().start();
        try {
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IOException("Failed: " + String.join(" ", command));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
