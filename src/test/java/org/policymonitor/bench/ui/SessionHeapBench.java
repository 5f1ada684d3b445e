package org.policymonitor.bench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.management.ObjectName;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.shell.ui.MainLayout;
import org.policymonitor.workflow.WorkflowFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.ClassUtils;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

/**
 * Benchmark, not a test: run with {@code bench/sessions/run.sh}. Starts the application on a random port and
 * opens real HTTP sessions the way a browser does, each with its own session cookie: the bootstrap page, Vaadin's
 * {@code ?v-r=init} request (creates the UI), and the client's first UIDL request, the {@code ui-navigate} event
 * that builds the view. The sessions stay open to the end. Heap in use after
 * full garbage collections is read before and after each batch of sessions; the difference divided by the
 * number of sessions is the heap one open UI costs. Three batches in the same run: a bare route with one Span
 * (the baseline: what a Vaadin session and UI cost at all), the same Span inside the application's main layout,
 * the public catalogue view, and, signed in, the one Span, the reviewer's inbox and the measure editor on a
 * full draft. Targets: catalogue and inbox <= 150 KB, measure editor <= 400 KB per session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "bench.sessions", matches = "true")
class SessionHeapBench {

    private static final int SESSIONS = Integer.getInteger("bench.sessions.count", 1000);
    private static final int WARM_UP = Integer.getInteger("bench.sessions.warmup", 50);
    private static final int CLIENTS = Integer.getInteger("bench.sessions.clients", 4);
    /** Signed-in batches are smaller: each session signs in first (a password hash each). */
    private static final int SIGNED_IN = Integer.getInteger("bench.sessions.signedIn", 300);
    static final String BARE_ROUTE = "bench-span";
    static final String LAYOUT_ROUTE = "bench-span-in-layout";

    /** UIs created, by the class of the view they navigated to. */
    static final Map<String, AtomicInteger> UIS_BY_VIEW = new ConcurrentHashMap<>();
    static final AtomicInteger SESSIONS_OPEN = new AtomicInteger();
    static final AtomicInteger UIS_CREATED = new AtomicInteger();
    /** Every UI, in creation order (the sessions keep them anyway): to read what each holds after its batch. */
    static final List<UI> UIS = Collections.synchronizedList(new ArrayList<>());

    /** The baseline view: one Span. Registered by this benchmark only, so no other test sees the route. */
    @AnonymousAllowed
    public static class SpanView extends Span {
        public SpanView() {
            super("Baseline");
        }
    }

    @TestConfiguration
    static class BenchRoutes {
        @Bean
        VaadinServiceInitListener benchRoutesAndCounters() {
            return event -> {
                RouteConfiguration routes = RouteConfiguration.forRegistry(
                        ApplicationRouteRegistry.getInstance(event.getSource().getContext()));
                routes.setRoute(BARE_ROUTE, SpanView.class);
                routes.setRoute(LAYOUT_ROUTE, SpanView.class, List.of(MainLayout.class));
                event.getSource().addSessionInitListener(e -> SESSIONS_OPEN.incrementAndGet());
                event.getSource().addSessionDestroyListener(e -> SESSIONS_OPEN.decrementAndGet());
                event.getSource().addUIInitListener(e -> UIS_CREATED.incrementAndGet());
                event.getSource().addUIInitListener(e -> UIS.add(e.getUI()));
                event.getSource().addUIInitListener(e -> e.getUI().addAfterNavigationListener(navigation -> {
                    var chain = navigation.getActiveChain();
                    // the views with @RolesAllowed are created as method-security proxies (MeasureEditorView$$SpringCGLIB$$0)
                    String view = chain.isEmpty() ? "none" : ClassUtils.getUserClass(chain.getFirst()).getSimpleName();
                    UIS_BY_VIEW.computeIfAbsent(view, k -> new AtomicInteger()).incrementAndGet();
                }));
            };
        }
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

    private VaadinHttpClient client;
    /** The session cookies: what keeps the sessions ours (a browser tab each). */
    private final List<String> cookies = Collections.synchronizedList(new ArrayList<>());

    /**
     * lastResponseKb: Vaadin keeps each UI's last UIDL response (to answer a resent request); after a first visit
     * that is the whole navigation response, which a browser would replace with its next, smaller request's.
     */
    record Batch(String name, String view, int sessions, long heapBefore, long heapAfter, double seconds,
            double lastResponseKb) {
        double kbPerSession() {
            return (heapAfter - heapBefore) / 1024.0 / sessions;
        }
    }

    @Test
    void heapPerOpenSession() throws Exception {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        // warm-up: classes, caches, the catalogue's first queries; these sessions stay open and are in every figure
        open(BARE_ROUTE, WARM_UP);
        open(LAYOUT_ROUTE, WARM_UP);
        open("catalogue", WARM_UP);
        // signed-in views: the reviewer's inbox (the demo data's open tasks and two more), and the editor's
        // measure editor on a draft with every field of the 2020 form filled and a partner row
        WorkflowFixtures fixtures = new WorkflowFixtures(measures, referenceData, accounts, securityContextStrategy);
        fixtures.submitted("Session bench: in review", WorkflowFixtures.artsCouncil());
        fixtures.submitted("Session bench: in review too", List.of());
        String editor = "measures/" + fixtures.draft("Session bench: a full draft", WorkflowFixtures.artsCouncil())
                + "/edit";
        open(BARE_ROUTE, "reviewer", WARM_UP);
        open("inbox", "reviewer", WARM_UP);
        open(editor, "editor", WARM_UP);

        heapAfterGc();
        histogram(0, "warm-up");
        List<Batch> batches = new ArrayList<>();
        batches.add(batch("bare route, one Span (baseline)", BARE_ROUTE, "SpanView"));
        batches.add(batch("one Span in MainLayout", LAYOUT_ROUTE, "SpanView"));
        batches.add(batch("catalogue view (in MainLayout)", "catalogue", "CatalogueView"));
        batches.add(batch("one Span, signed in (reviewer)", BARE_ROUTE, "SpanView", "reviewer", SIGNED_IN));
        batches.add(batch("inbox (reviewer)", "inbox", "InboxView", "reviewer", SIGNED_IN));
        batches.add(batch("measure editor, full draft (editor)", editor, "MeasureEditorView", "editor", SIGNED_IN));
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        int expectedSessions = 6 * WARM_UP + 3 * SESSIONS + 3 * SIGNED_IN;
        assertThat(SESSIONS_OPEN.get()).as("Vaadin sessions still open").isEqualTo(expectedSessions);
        assertThat(UIS_BY_VIEW.get("CatalogueView").get()).isEqualTo(WARM_UP + SESSIONS);
        assertThat(UIS_BY_VIEW.get("SpanView").get()).isEqualTo(3 * WARM_UP + 2 * SESSIONS + SIGNED_IN);
        assertThat(UIS_BY_VIEW.get("InboxView").get()).isEqualTo(WARM_UP + SIGNED_IN);
        assertThat(UIS_BY_VIEW.get("MeasureEditorView").get()).isEqualTo(WARM_UP + SIGNED_IN);
        assertThat(UIS_CREATED.get()).isEqualTo(expectedSessions);

        Batch baseline = batches.getFirst();
        Batch catalogue = batches.get(2);
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "%d sessions per batch (after %d warm-up sessions per route), "
                + "each: GET /<route>, GET /?v-r=init&location=<route>, POST ?v-r=uidl (ui-navigate) with its own "
                + "session cookie; "
                + "%d clients; all sessions kept open to the end%n", SESSIONS, WARM_UP, CLIENTS));
        report.append("| batch                              | sessions | heap before MB | heap after MB | KB per session | of which last UIDL response KB | open s |\n"
                + "|------------------------------------|----------|----------------|---------------|----------------|--------------------------------|--------|\n");
        for (Batch b : batches) {
            report.append(String.format(Locale.ROOT, "| %-34s | %8d | %14.1f | %13.1f | %14.1f | %30.1f | %6.1f |%n",
                    b.name(), b.sessions(), b.heapBefore() / 1048576.0, b.heapAfter() / 1048576.0, b.kbPerSession(),
                    b.lastResponseKb(), b.seconds()));
        }
        report.append(String.format(Locale.ROOT, "catalogue %.1f KB per session (target <= 150 KB): %s; baseline %.1f "
                + "KB; catalogue - baseline = %.1f KB; catalogue / baseline = %.1f%n", catalogue.kbPerSession(),
                catalogue.kbPerSession() <= 150 ? "met" : "NOT met", baseline.kbPerSession(),
                catalogue.kbPerSession() - baseline.kbPerSession(), catalogue.kbPerSession() / baseline.kbPerSession()));
        Batch inbox = batches.get(4);
        Batch editorBatch = batches.get(5);
        report.append(String.format(Locale.ROOT, "inbox %.1f KB per session (target <= 150 KB): %s; measure editor "
                + "%.1f KB (target <= 400 KB): %s; signed-in Span %.1f KB%n", inbox.kbPerSession(),
                inbox.kbPerSession() <= 150 ? "met" : "NOT met", editorBatch.kbPerSession(),
                editorBatch.kbPerSession() <= 400 ? "met" : "NOT met", batches.get(3).kbPerSession()));
        report.append(String.format(Locale.ROOT, "Vaadin sessions open at the end: %d; UIs by view: %s%n",
                SESSIONS_OPEN.get(), UIS_BY_VIEW));
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        report.append(String.format(Locale.ROOT, "JVM %s, %s, %d processors, max heap %d MB; system load average %.1f "
                + "before / %.1f after%n", System.getProperty("java.version"),
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(g -> g.getName()).toList(),
                Runtime.getRuntime().availableProcessors(), memory.getHeapMemoryUsage().getMax() / 1048576,
                loadBefore, loadAfter));
        System.out.println("\n===== Heap per open Vaadin session benchmark =====\n" + report);
        Path out = Path.of("target", "bench-sessions.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }

    private Batch batch(String name, String route, String view) throws Exception {
        return batch(name, route, view, null, SESSIONS);
    }

    private Batch batch(String name, String route, String view, String username, int sessions) throws Exception {
        int uisBefore = UIS_BY_VIEW.getOrDefault(view, new AtomicInteger()).get();
        int firstUi = UIS.size();
        long before = heapAfterGc();
        long start = System.nanoTime();
        open(route, username, sessions);
        double seconds = (System.nanoTime() - start) / 1e9;
        long after = heapAfterGc();
        histogram(++batchesRun, name);
        assertThat(UIS_BY_VIEW.get(view).get() - uisBefore).as("UIs created on " + route).isEqualTo(sessions);
        long lastResponses = 0;
        synchronized (UIS) {
            for (UI ui : UIS.subList(firstUi, UIS.size())) {
                String last = ui.getInternals().getLastRequestResponse();
                lastResponses += last == null ? 0 : last.length();
            }
        }
        return new Batch(name, view, sessions, before, after, seconds, lastResponses / 1024.0 / sessions);
    }

    private void open(String route, int count) throws Exception {
        open(route, null, count);
    }

    private void open(String route, String username, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> done = new ArrayList<>();
            AtomicInteger next = new AtomicInteger();
            for (int c = 0; c < CLIENTS; c++) {
                done.add(pool.submit(() -> {
                    while (next.getAndIncrement() < count) {
                        openSession(route, username);
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
    }

    /** What a browser does on its first visit (signed in first when a user is given): one new session. */
    private void openSession(String route, String username) throws Exception {
        String cookie = username == null ? null : client().signIn(username, "demo-" + username);
        cookies.add(client().open(route, cookie).cookie());
    }

    private VaadinHttpClient client() {
        if (client == null) {
            client = new VaadinHttpClient(port);
        }
        return client;
    }

    private int batchesRun;

    /**
     * The heap's class histogram after a batch (target/bench-sessions-histogram-N.txt): the difference between two
     * consecutive ones is what that batch's sessions hold, class by class ({@code bench/sessions/histogram-diff.py}).
     */
    private static void histogram(int number, String batch) throws Exception {
        String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Path out = Path.of("target", "bench-sessions-histogram-" + number + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "# after batch: " + batch + "\n" + histogram);
    }

    /** Heap in use after full collections: the lowest of a few readings, once they stop falling. */
    private static long heapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long lowest = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(300);
            lowest = Math.min(lowest, memory.getHeapMemoryUsage().getUsed());
        }
        return lowest;
    }
}
