package org.policymonitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.policymonitor.IntegrationTest;
import org.policymonitor.importer.ImportService;
import org.policymonitor.measure.MeasureEditing;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.notification.NotificationService;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.vocabulary.VocabularyService;
import org.policymonitor.workflow.Decision;
import org.policymonitor.workflow.SubmissionWorkflow;
import org.policymonitor.workflow.WorkflowStep;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;

/**
 * The authorization matrix: every Vaadin route, every REST endpoint and every public method of a {@code @Service}
 * under {@code org.policymonitor}, against every role, including "same role, other ministry / Party / partner
 * organisation". The expectations live in {@code src/test/resources/security/access-matrix.csv} (A = allowed,
 * D = denied). A target without a row fails {@link #everyRouteEndpointAndServiceMethodHasARow()}, which prints
 * ready-to-fill rows.
 *
 * <p>Every column is a stored account ({@link AccessMatrixFixtures}): {@code editor}, {@code reviewer},
 * {@code partner}, {@code evaluator} belong to the sample scope (Mongolia, its Ministry of Culture, the Mongolian
 * Arts Council); the {@code -other} columns hold the same role in another scope (Lithuania, its Ministry of
 * Culture, another organisation), which has objects of its own. Service methods are called through their Spring
 * proxies with <b>real objects of the sample scope</b> ({@link MatrixArguments}): a draft, a draft of an earlier
 * cycle, and the open task of the column's own step (reviewers the review, partners the partner confirmation,
 * evaluators the sign-off, everyone else the review), each call in a transaction that is rolled back. A call is
 * denied when it throws Spring Security's {@link AccessDeniedException} (the guard's
 * {@link ScopeAccessDeniedException} included) or finds no authentication; it is allowed only when it returns.
 * <b>Any other exception fails the test</b>: a cell cannot pass by a call that broke for another reason.
 * Routes are judged by Vaadin's access annotations, the check Vaadin applies on navigation; the scope checks of
 * a route's data are the services' (see {@link IdTamperingViewsTest} for the routes with an id).
 */
@IntegrationTest
@AutoConfigureMockMvc
// a context of its own: the service calls leave audit records and must not disturb the shared test context
@TestPropertySource(properties = "policymonitor.test.context=access-matrix")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    static final String MATRIX = "/security/access-matrix.csv";
    static final String BASE_PACKAGE = "org.policymonitor";
    static final List<String> PRINCIPALS = List.of("anonymous", "editor", "editor-other", "reviewer",
            "reviewer-other", "partner", "partner-other", "evaluator", "evaluator-other", "civil", "civil-other", "admin");

    @Autowired
    ApplicationContext context;
    @Autowired
    AccountService accounts;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    MeasureService measures;
    @Autowired
    MeasureEditing editing;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    SubmissionWorkflow workflow;
    @Autowired
    ImportService imports;
    @Autowired
    VocabularyService vocabulary;
    @Autowired
    NotificationService notifications;
    @Autowired
    org.policymonitor.annex.AnnexService annexService;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    org.policymonitor.report.PeriodicReports periodicReports;
    @Autowired
    org.policymonitor.workflow.ReportSubmissions reportSubmissions;

    final Map<String, Authentication> principals = new LinkedHashMap<>();
    AccessMatrixFixtures fixtures;
    MatrixArguments arguments;

    @BeforeAll
    void setUp() {
        fixtures = new AccessMatrixFixtures(accounts, referenceData, measures, workflow);
        arguments = new MatrixArguments(fixtures, measures, referenceData, imports, vocabulary, clock, accounts, workflow,
                notifications).withAnnexes(annexService, jdbc)
                .withReports(periodicReports, reportSubmissions);
        principals.put("anonymous", new AnonymousAuthenticationToken("matrix", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        fixtures.usernames.forEach((column, username) -> principals.put(column, signedIn(username)));
        assertThat(principals.keySet()).containsExactlyElementsOf(PRINCIPALS);
    }

    private Authentication signedIn(String username) {
        var details = accounts.loadUserByUsername(username);
        return UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
    }

    // ---- the matrix file ---------------------------------------------------------------------------------

    record Row(String kind, String target, List<String> expected, int line) {
        String key() {
            return kind + "," + target;
        }
    }

    static Map<String, Row> readMatrix() throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (InputStream in = AccessMatrixTest.class.getResourceAsStream(MATRIX)) {
            assertThat(in).as(MATRIX + " on the test classpath").isNotNull();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = Arrays.stream(line.split(",", -1)).map(String::strip).toList();
                if (cells.getFirst().equals("kind")) {
                    assertThat(cells.subList(2, cells.size())).as("header of " + MATRIX).isEqualTo(PRINCIPALS);
                    continue;
                }
                assertThat(cells).as(MATRIX + " line " + (i + 1) + ": kind, target and one A/D per principal")
                        .hasSize(2 + PRINCIPALS.size());
                Row row = new Row(cells.get(0), cells.get(1), cells.subList(2, cells.size()), i + 1);
                assertThat(row.expected()).as(MATRIX + " line " + (i + 1)).allMatch(c -> c.equals("A") || c.equals("D"));
                assertThat(rows.put(row.key(), row)).as(MATRIX + " line " + (i + 1) + ": duplicate row " + row.key())
                        .isNull();
            }
        }
        return rows;
    }

    // ---- discovery ---------------------------------------------------------------------------------------

    /** Vaadin routes: every {@code @Route} class under org.policymonitor, by path. */
    static Map<String, Class<?>> routes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, Class<?>> routes = new TreeMap<>();
        scanner.findCandidateComponents(BASE_PACKAGE).forEach(candidate -> {
            try {
                Class<?> view = Class.forName(candidate.getBeanClassName());
                routes.put("/" + routePath(view), view);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        });
        return routes;
    }

    static String routePath(Class<?> view) {
        String value = view.getAnnotation(Route.class).value();
        if (!Route.NAMING_CONVENTION.equals(value)) {
            return value;
        }
        String name = view.getSimpleName().replaceFirst("View$", "");
        return name.equals("Main") ? "" : name.toLowerCase(Locale.ROOT);
    }

    /** REST endpoints of the application's own controllers, as "METHOD /path". */
    Map<String, HandlerMethod> endpoints() {
        Map<String, HandlerMethod> endpoints = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlerMapping.getHandlerMethods().entrySet()) {
            if (!entry.getValue().getBeanType().getName().startsWith(BASE_PACKAGE + ".")) {
                continue;
            }
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            for (String pattern : entry.getKey().getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    endpoints.put(method + " " + pattern, entry.getValue());
                }
            }
        }
        return endpoints;
    }

    /** Public methods of the application's {@code @Service} beans, as "Service.method(ParamTypes)". */
    Map<String, ServiceMethod> serviceMethods() {
        Map<String, ServiceMethod> methods = new TreeMap<>();
        for (Map.Entry<String, Object> bean : context.getBeansWithAnnotation(Service.class).entrySet()) {
            Class<?> type = AopUtils.getTargetClass(bean.getValue());
            if (!type.getName().startsWith(BASE_PACKAGE + ".")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic() && !method.isBridge()) {
                    methods.put(signature(type, method), new ServiceMethod(bean.getValue(), method));
                }
            }
        }
        return methods;
    }

    record ServiceMethod(Object bean, Method method) {
    }

    static String signature(Class<?> type, Method method) {
        return type.getSimpleName() + "." + method.getName() + Arrays.stream(method.getParameterTypes())
                .map(Class::getSimpleName).collect(Collectors.joining(";", "(", ")"));
    }

    // ---- the tests -----------------------------------------------------------------------------------------

    @Test
    void everyRouteEndpointAndServiceMethodHasARow() throws IOException {
        Map<String, Row> rows = readMatrix();
        Set<String> discovered = new TreeSet<>();
        routes().keySet().forEach(path -> discovered.add("route," + path));
        endpoints().keySet().forEach(endpoint -> discovered.add("endpoint," + endpoint));
        serviceMethods().keySet().forEach(method -> discovered.add("service," + method));

        List<String> missing = discovered.stream().filter(key -> !rows.containsKey(key)).toList();
        List<String> stale = rows.keySet().stream().filter(key -> !discovered.contains(key)).toList();
        String blanks = ",?".repeat(PRINCIPALS.size());
        assertThat(missing)
                .as("Routes, endpoints or service methods without a row in %s. Add these rows (A = allowed, D = denied)"
                        + " for %s:%n%s%n", MATRIX, String.join(",", PRINCIPALS),
                        missing.stream().map(key -> key + blanks).collect(Collectors.joining("\n")))
                .isEmpty();
        assertThat(stale).as("Rows in %s for targets that no longer exist; remove or rename them", MATRIX).isEmpty();
    }

    @Test
    void routesAllowAndDenyAsTheMatrixSays() throws IOException {
        Map<String, Row> rows = readMatrix();
        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Class<?>> route : routes().entrySet()) {
            Row row = rows.get("route," + route.getKey());
            if (row == null) {
                continue; // reported by everyRouteEndpointAndServiceMethodHasARow
            }
            for (int i = 0; i < PRINCIPALS.size(); i++) {
                Authentication who = principals.get(PRINCIPALS.get(i));
                boolean anonymous = who instanceof AnonymousAuthenticationToken;
                Principal principal = anonymous ? null : who;
                boolean allowed = checker.hasAccess(route.getValue(), principal,
                        role -> !anonymous && who.getAuthorities().stream()
                                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
                check(row, i, allowed, wrong);
            }
        }
        assertThat(wrong).as("route access differs from %s", MATRIX).isEmpty();
    }

    @Test
    void endpointsAllowAndDenyAsTheMatrixSays() throws Exception {
        Map<String, Row> rows = readMatrix();
        List<String> wrong = new ArrayList<>();
        for (String endpoint : endpoints().keySet()) {
            Row row = rows.get("endpoint," + endpoint);
            if (row == null) {
                continue;
            }
            String[] parts = endpoint.split(" ", 2);
            for (int i = 0; i < PRINCIPALS.size(); i++) {
                Authentication who = principals.get(PRINCIPALS.get(i));
                MockHttpServletRequestBuilder request = MockMvcRequestBuilders
                        .request(org.springframework.http.HttpMethod.valueOf(parts[0]), arguments.path(parts[1]))
                        .with(csrf());
                if (!(who instanceof AnonymousAuthenticationToken)) {
                    request.with(authentication(who));
                }
                MvcResult result = mvc.perform(request).andReturn();
                int status = result.getResponse().getStatus();
                String location = result.getResponse().getHeader("Location");
                boolean denied = status == 401 || status == 403
                        || status == 302 && location != null && location.endsWith("/login");
                // the catch-all under /api answers every unknown path with its JSON 404 by design: that is its success
                boolean fallbackAnswered = parts[1].endsWith("/**") && status == 404;
                if (!denied && !fallbackAnswered && (status < 200 || status >= 300)) {
                    wrong.add(String.format("%s (line %d) for %s: HTTP %d, neither a refusal nor a success",
                            row.key(), row.line(), PRINCIPALS.get(i), status));
                    continue;
                }
                check(row, i, !denied, wrong);
            }
        }
        assertThat(wrong).as("endpoint access differs from %s", MATRIX).isEmpty();
    }

    @Test
    void serviceMethodsAllowAndDenyAsTheMatrixSays() throws IOException {
        Map<String, Row> rows = readMatrix();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, ServiceMethod> entry : serviceMethods().entrySet()) {
            Row row = rows.get("service," + entry.getKey());
            if (row == null) {
                continue;
            }
            for (int i = 0; i < PRINCIPALS.size(); i++) {
                Outcome outcome = callAs(PRINCIPALS.get(i), entry.getKey(), entry.getValue());
                if (outcome.failure() != null) {
                    wrong.add(String.format("%s (line %d) for %s: failed with %s, neither a refusal nor a success",
                            row.key(), row.line(), PRINCIPALS.get(i), outcome.failure()));
                } else {
                    check(row, i, outcome.allowed(), wrong);
                }
            }
        }
        assertThat(wrong).as("service method access differs from %s", MATRIX).isEmpty();
    }

    /** Allowed (the call returned), denied (an access refusal) or a failure for any other reason. */
    record Outcome(boolean allowed, String failure) {
    }

    private Outcome callAs(String column, String signature, ServiceMethod target) {
        TransactionTemplate rolledBack = new TransactionTemplate(transactions);
        return rolledBack.execute(status -> {
            status.setRollbackOnly();
            Object[] values;
            try {
                values = arguments.of(signature, column, target.method().getParameters());
            } catch (RuntimeException e) {
                return new Outcome(false, "preparing the call: " + e);
            }
            try {
                SecurityContextHolder.getContext().setAuthentication(principals.get(column));
                Object result = target.method().invoke(target.bean(), values);
                arguments.cleanUp(result);
                return new Outcome(true, null);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof AccessDeniedException || cause instanceof AuthenticationCredentialsNotFoundException) {
                    return new Outcome(false, null);
                }
                return new Outcome(false, cause.getClass().getSimpleName() + ": " + cause.getMessage());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    // ---- the steps across scopes, said in so many words ---------------------------------------------------

    @Test
    void aPartnerOfAnotherOrganisationCannotConfirmAndAnEvaluatorOfAnotherPartyCannotSignOff() {
        String confirmation = fixtures.sample.task(WorkflowStep.PARTNER_CONFIRMATION);
        String signOff = fixtures.sample.task(WorkflowStep.SIGN_OFF);
        assertThat(attempt("partner-other", () -> workflow.complete(confirmation, Decision.CONFIRM, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(attempt("partner-other", () -> workflow.claim(confirmation))).isInstanceOf(AccessDeniedException.class);
        assertThat(attempt("evaluator-other", () -> workflow.complete(signOff, Decision.SIGN_OFF, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(attempt("evaluator-other", () -> workflow.claim(signOff))).isInstanceOf(AccessDeniedException.class);
        assertThat(attempt("reviewer-other", () -> workflow.complete(fixtures.sample.task(WorkflowStep.REVIEW),
                Decision.APPROVE, null))).isInstanceOf(AccessDeniedException.class);
        // the sample scope's own people can
        assertThat(attempt("partner", () -> workflow.complete(confirmation, Decision.CONFIRM, null))).isNull();
        assertThat(attempt("evaluator", () -> workflow.complete(signOff, Decision.SIGN_OFF, null))).isNull();
    }

    @Test
    void theOtherScopesPeopleCanDoInTheirOwnScopeWhatTheyAreRefusedInTheSampleScope() {
        AccessMatrixFixtures.ScopeObjects own = fixtures.other;
        assertThat(attempt("editor-other", () -> editing.openForEditing(own.draft()))).isNull();
        assertThat(attempt("reviewer-other", () -> workflow.complete(own.task(WorkflowStep.REVIEW), Decision.APPROVE,
                null))).isNull();
        assertThat(attempt("partner-other", () -> workflow.complete(own.task(WorkflowStep.PARTNER_CONFIRMATION),
                Decision.CONFIRM, null))).isNull();
        assertThat(attempt("evaluator-other", () -> workflow.complete(own.task(WorkflowStep.SIGN_OFF),
                Decision.SIGN_OFF, null))).isNull();
        assertThat(attempt("partner-other", () -> workflow.overview(own.awaitingPartner()))).isNull();
    }

    /** Runs the action as the column's user in a rolled-back transaction; the exception it threw, or null. */
    private Throwable attempt(String column, Runnable action) {
        TransactionTemplate rolledBack = new TransactionTemplate(transactions);
        return rolledBack.execute(status -> {
            status.setRollbackOnly();
            SecurityContextHolder.getContext().setAuthentication(principals.get(column));
            try {
                action.run();
                return null;
            } catch (RuntimeException e) {
                return e;
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    private static void check(Row row, int column, boolean allowed, List<String> wrong) {
        String expected = row.expected().get(column);
        String actual = allowed ? "A" : "D";
        if (!expected.equals(actual)) {
            wrong.add(String.format("%s (line %d) for %s: expected %s but was %s", row.key(), row.line(),
                    PRINCIPALS.get(column), expected, actual));
        }
    }
}
