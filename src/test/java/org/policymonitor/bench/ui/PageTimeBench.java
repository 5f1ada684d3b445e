package org.policymonitor.bench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.workflow.InboxFilter;
import org.policymonitor.workflow.SubmissionWorkflow;
import org.policymonitor.workflow.WorkflowFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.ClassUtils;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

/**
 * Benchmark, not a test: run with {@code bench/pages/run.sh}. Opens each main route of each role the way a
 * browser does ({@link VaadinHttpClient}: bootstrap page, UI init, navigation), with 20 concurrent clients
 * (each its own signed-in session per role), and reports p50/p95 of the time of those three requests per
 * route, against the one-Span baseline view opened the same way in the same run. Target: every route p95
 * <= 3x the baseline's p95 and <= 150 ms.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "bench.pages", matches = "true")
class PageTimeBench {

    private static final int CLIENTS = Integer.getInteger("bench.pages.clients", 20);
    private static final int WARM_UP = Integer.getInteger("bench.pages.warmup", 2);
    private static final int OPENS = Integer.getInteger("bench.pages.opens", 5);
    static final String BASELINE = "bench-page-span";

    /** UIs that navigated, by view class. */
    static final Map<String, AtomicInteger> VIEWS = new ConcurrentHashMap<>();

    @TestConfiguration
    static class BenchRoutes {
        @Bean
        VaadinServiceInitListener benchPageRoutes() {
            return event -> {
                RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()))
                        .setRoute(BASELINE, SessionHeapBench.SpanView.class);
                event.getSource().addUIInitListener(e -> e.getUI().addAfterNavigationListener(navigation -> {
                    var chain = navigation.getActiveChain();
                    // the views with @RolesAllowed are created as method-security proxies (MeasureEditorView$$SpringCGLIB$$0)
                    String view = chain.isEmpty() ? "none" : ClassUtils.getUserClass(chain.getFirst()).getSimpleName();
                    VIEWS.computeIfAbsent(view, k -> new AtomicInteger()).incrementAndGet();
                }));
            };
        }
    }

    record Page(String role, String route, String view) {
    }

    @LocalServerPort
    int port;
    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;
    @Autowired
    SecurityContextHolderStrategy securityContextStrategy;
    @Autowired
    SubmissionWorkflow workflow;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void serverTimePerRoute() throws Exception {
        WorkflowFixtures fixtures = new WorkflowFixtures(measures, referenceData, accounts, securityContextStrategy);
        Long draft = fixtures.draft("Page bench: a full draft", WorkflowFixtures.artsCouncil());
        Long submitted = fixtures.submitted("Page bench: in review", WorkflowFixtures.artsCouncil());
        String task = fixtures.as("reviewer", () -> workflow.inbox(InboxFilter.all())).stream()
                .filter(t -> t.measureId().equals(submitted)).findFirst().orElseThrow().id();
        Long published = jdbc.queryForObject("select min(id) from measure where status = 'PUBLISHED'", Long.class);

        List<Page> pages = List.of(
                new Page(null, BASELINE, "SpanView"),
                new Page(null, "catalogue", "CatalogueView"),
                new Page(null, "catalogue/measures/" + published, "MeasureView"),
                new Page("editor", "my-measures", null),
                new Page("editor", "measures/" + draft + "/edit", "MeasureEditorView"),
                new Page("editor", "submissions/" + submitted, "SubmissionView"),
                new Page("reviewer", "inbox", "InboxView"),
                new Page("reviewer", "tasks/" + task, "TaskPage"),
                new Page("admin", "admin/board", null),
                new Page("admin", "admin/users", null));
        Map<String, String> passwords = Map.of("editor", "demo-editor", "reviewer", "demo-reviewer", "admin",
                "demo-admin");

        VaadinHttpClient client = new VaadinHttpClient(port);
        // one signed-in session per client and role, as 20 people at their desks
        Map<String, List<String>> sessions = new LinkedHashMap<>();
        for (String role : passwords.keySet()) {
            List<String> cookies = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                cookies.add(client.signIn(role, passwords.get(role)));
            }
            sessions.put(role, cookies);
        }
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Map<Page, List<Long>> samples = new LinkedHashMap<>();
        for (Page page : pages) {
            run(client, page, sessions, WARM_UP);
            samples.put(page, run(client, page, sessions, OPENS));
            // printed as it goes: on a starved machine a run may be cut short
            System.out.printf(Locale.ROOT, "page bench: %s p50 %.1f ms, p95 %.1f ms%n", page.route(),
                    percentile(samples.get(page), 50), percentile(samples.get(page), 95));
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        for (Page page : pages) {
            if (page.view() != null) {
                assertThat(VIEWS.getOrDefault(page.view(), new AtomicInteger()).get()).as(page.route() + " on " + page.view() + "; views reached: " + VIEWS)
                        .isGreaterThanOrEqualTo(CLIENTS * (WARM_UP + OPENS));
            }
        }
        assertThat(VIEWS).as("no page fell back to the sign-in or an error view")
                .doesNotContainKeys("LoginView", "AccessDeniedView", "ScopeDeniedView", "RouteNotFoundError");

        double baseline95 = percentile(samples.get(pages.getFirst()), 95);
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "%d concurrent clients, %d opens each per "
                + "route after %d warm-up opens; time of GET /<route> + ?v-r=init + ui-navigate UIDL on loopback%n",
                CLIENTS, OPENS, WARM_UP));
        report.append("| role | route | p50 ms | p95 ms | p95 / baseline p95 | target (<= 3x, <= 150 ms) |\n"
                + "|------|-------|--------|--------|--------------------|---------------------------|\n");
        for (Map.Entry<Page, List<Long>> entry : samples.entrySet()) {
            double p50 = percentile(entry.getValue(), 50);
            double p95 = percentile(entry.getValue(), 95);
            boolean met = p95 <= 3 * baseline95 && p95 <= 150;
            report.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.2f | %s |%n",
                    entry.getKey().role() == null ? "public" : entry.getKey().role(),
                    entry.getKey().route().replaceAll("\\d+", "{id}").replaceAll("[0-9a-f-]{36}", "{id}"), p50, p95,
                    p95 / baseline95, met ? "met" : "NOT met"));
        }
        report.append(String.format(Locale.ROOT, "views reached: %s%nJVM %s, %d processors; system load average "
                + "%.1f before / %.1f after%n", new java.util.TreeMap<>(VIEWS), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter));
        System.out.println("\n===== Page server time benchmark =====\n" + report);
        Path out = Path.of("target", "bench-pages.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }

    /** Each client opens the page {@code opens} times in its session (anonymous: a new visit each time). */
    private List<Long> run(VaadinHttpClient client, Page page, Map<String, List<String>> sessions, int opens)
            throws Exception {
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                String cookie = page.role() == null ? null : sessions.get(page.role()).get(c);
                done.add(pool.submit(() -> {
                    for (int i = 0; i < opens; i++) {
                        nanos.add(client.open(page.route(), cookie).nanos());
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return nanos;
    }

    private static double percentile(List<Long> nanos, int percent) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
