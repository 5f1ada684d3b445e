package org.policymonitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.Measure;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.party.Ministry;
import org.policymonitor.party.PartnerOrganisation;
import org.policymonitor.party.Party;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.party.ReportingCycle;
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
 * <p>Scoped principals: {@code editor}, {@code reviewer}, {@code partner}, {@code evaluator} belong to the
 * sample scope (Mongolia, its Ministry of Culture, the Mongolian Arts Council); the {@code -other} columns hold
 * the same role in another scope (Lithuania, its Ministry of Culture, another organisation). Service methods are
 * called through their Spring proxies with sample arguments of the sample scope (chosen by parameter name: a
 * {@code ministryId} is the Mongolian ministry, a {@code measureId} one of its measures, ...), each call in a
 * transaction that is rolled back; a call counts as denied when it throws Spring Security's
 * {@link AccessDeniedException} (including {@link ScopeAccessDeniedException}). Any other outcome, even another
 * exception, means the call got past the access checks. Routes are judged by Vaadin's access annotations, the
 * check Vaadin applies on navigation; scope checks of a route's data belong to the services it calls.
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
            "reviewer-other", "partner", "partner-other", "evaluator", "evaluator-other", "admin");

    @Autowired
    ApplicationContext context;
    @Autowired
    AccountService accounts;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    MeasureService measures;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    final Map<String, Authentication> principals = new LinkedHashMap<>();
    final Map<String, Object> samples = new TreeMap<>();

    @BeforeAll
    void setUp() {
        Party mongolia = referenceData.partyByIso("MN").orElseThrow();
        Party lithuania = referenceData.partyByIso("LT").orElseThrow();
        Ministry mongolianCulture = referenceData.ministryOf(mongolia, "Ministry of Culture");
        PartnerOrganisation artsCouncil = referenceData.partnerOrganisationByName("Mongolian Arts Council").orElseThrow();
        PartnerOrganisation otherOrganisation = referenceData.partnerOrganisation("Another Partner Organisation",
                "CIVIL_SOCIETY");
        ReportingCycle cycle = referenceData.cycles().getFirst();
        Measure draft = measures.createDraft(mongolia.getId(), mongolianCulture.getId(), cycle.getId(),
                FormVersion.values()[FormVersion.values().length - 1], MeasureContent.titled("Access matrix sample"),
                "system");

        samples.put("ministryId", mongolianCulture.getId());
        samples.put("partyId", mongolia.getId());
        samples.put("partnerOrganisationId", artsCouncil.getId());
        samples.put("measureId", draft.getId());
        samples.put("cycleId", cycle.getId());
        samples.put("username", "editor");
        samples.put("userId", accounts.find("editor").orElseThrow().id());

        principals.put("anonymous", new AnonymousAuthenticationToken("matrix", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        principals.put("editor", signedIn("editor"));
        principals.put("editor-other", signedIn("editor.lt"));
        principals.put("reviewer", signedIn("reviewer"));
        principals.put("reviewer-other", unsaved("reviewer.other", Role.REVIEWER, Scope.party(lithuania.getId())));
        principals.put("partner", signedIn("partner"));
        principals.put("partner-other", unsaved("partner.other", Role.PARTNER, Scope.partner(otherOrganisation.getId())));
        principals.put("evaluator", signedIn("evaluator"));
        principals.put("evaluator-other", unsaved("evaluator.other", Role.EVALUATOR, Scope.party(lithuania.getId())));
        principals.put("admin", signedIn("admin"));
        assertThat(principals.keySet()).containsExactlyElementsOf(PRINCIPALS);
    }

    private Authentication signedIn(String username) {
        var details = accounts.loadUserByUsername(username);
        return UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
    }

    /** A user of another scope that exists only for this test (never stored, so other tests see no extra account). */
    private Authentication unsaved(String username, Role role, Scope scope) {
        var details = new PolicyMonitorUserDetails(new UserAccount(username, username, null, "{noop}x", Set.of(role),
                scope), clock);
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
                        .request(org.springframework.http.HttpMethod.valueOf(parts[0]), samplePath(parts[1]))
                        .with(csrf());
                if (!(who instanceof AnonymousAuthenticationToken)) {
                    request.with(authentication(who));
                }
                MvcResult result = mvc.perform(request).andReturn();
                int status = result.getResponse().getStatus();
                String location = result.getResponse().getHeader("Location");
                boolean denied = status == 401 || status == 403
                        || status == 302 && location != null && location.endsWith("/login");
                check(row, i, !denied, wrong);
            }
        }
        assertThat(wrong).as("endpoint access differs from %s", MATRIX).isEmpty();
    }

    @Test
    void serviceMethodsAllowAndDenyAsTheMatrixSays() throws IOException {
        Map<String, Row> rows = readMatrix();
        List<String> wrong = new ArrayList<>();
        TransactionTemplate rolledBack = new TransactionTemplate(transactions);
        for (Map.Entry<String, ServiceMethod> entry : serviceMethods().entrySet()) {
            Row row = rows.get("service," + entry.getKey());
            if (row == null) {
                continue;
            }
            for (int i = 0; i < PRINCIPALS.size(); i++) {
                Authentication who = principals.get(PRINCIPALS.get(i));
                boolean allowed = Boolean.TRUE.equals(rolledBack.execute(status -> {
                    status.setRollbackOnly();
                    return callAs(who, entry.getValue());
                }));
                check(row, i, allowed, wrong);
            }
        }
        assertThat(wrong).as("service method access differs from %s", MATRIX).isEmpty();
    }

    private boolean callAs(Authentication who, ServiceMethod target) {
        SecurityContextHolder.getContext().setAuthentication(who);
        try {
            Object[] arguments = Arrays.stream(target.method().getParameters()).map(this::sample).toArray();
            target.method().invoke(target.bean(), arguments);
            return true;
        } catch (InvocationTargetException e) {
            return !(e.getCause() instanceof AccessDeniedException
                    || e.getCause() instanceof AuthenticationCredentialsNotFoundException);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void check(Row row, int column, boolean allowed, List<String> wrong) {
        String expected = row.expected().get(column);
        String actual = allowed ? "A" : "D";
        if (!expected.equals(actual)) {
            wrong.add(String.format("%s (line %d) for %s: expected %s but was %s", row.key(), row.line(),
                    PRINCIPALS.get(column), expected, actual));
        }
    }

    // ---- sample arguments of the sample scope ----------------------------------------------------------------

    private Object sample(Parameter parameter) {
        String name = parameter.getName().toLowerCase(Locale.ROOT);
        Class<?> type = parameter.getType();
        if (type == Long.class || type == long.class) {
            if (name.contains("ministry")) {
                return samples.get("ministryId");
            }
            if (name.contains("partner") || name.contains("organisation")) {
                return samples.get("partnerOrganisationId");
            }
            if (name.contains("party")) {
                return samples.get("partyId");
            }
            if (name.contains("measure")) {
                return samples.get("measureId");
            }
            if (name.contains("cycle")) {
                return samples.get("cycleId");
            }
            if (name.equals("id") || name.contains("user")) {
                return samples.get("userId");
            }
            return type == long.class ? 0L : samples.get("measureId");
        }
        if (type == String.class) {
            return name.contains("user") || name.equals("actor") ? samples.get("username") : "sample";
        }
        if (type == int.class || type == Integer.class) {
            return 0;
        }
        if (type == boolean.class || type == Boolean.class) {
            return false;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (Set.class.isAssignableFrom(type)) {
            return Set.of();
        }
        if (List.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
            return List.of();
        }
        if (type == Locale.class) {
            return Locale.ENGLISH;
        }
        if (type == Instant.class) {
            return clock.instant();
        }
        if (type == LocalDate.class) {
            return LocalDate.now(clock);
        }
        if (type == Scope.class) {
            return Scope.none();
        }
        return null;
    }

    private String samplePath(String pattern) {
        String path = pattern;
        for (Map.Entry<String, Object> sample : samples.entrySet()) {
            path = path.replace("{" + sample.getKey() + "}", String.valueOf(sample.getValue()));
        }
        return path.replaceAll("\\{id}", String.valueOf(samples.get("measureId")))
                .replaceAll("\\{[^}]+}", "sample");
    }
}
