package org.policymonitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One-time passwords (changed at first sign-in, expired after seven days on the injected clock), the BCrypt
 * limit of 72 UTF-8 bytes, failed sign-ins counted atomically under concurrency, and the per-address throttle.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(SignInRulesTest.Clocks.class)
@TestPropertySource(properties = {
        "policymonitor.security.max-failed-sign-ins=1000",
        "policymonitor.security.address-max-failed-sign-ins=5",
        "policymonitor.security.address-window=10m"})
class SignInRulesTest {

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.parse("2026-05-04T08:00:00Z"));
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    UserAccountRepository users;
    @Autowired
    AuditRecordRepository audit;
    @Autowired
    SignInAuditor auditor;
    @Autowired
    SignInThrottle throttle;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    MutableClock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private IssuedPassword invite(String username) {
        SecurityTestSupport.signIn(accounts, "admin");
        try {
            return accounts.invite(new NewUser(username, "Invited " + username, null, Set.of(Role.REVIEWER),
                    Scope.party(referenceData.partyByIso("MN").orElseThrow().getId())));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    private static String redirect(MvcResult result) {
        return result.getResponse().getRedirectedUrl();
    }

    // ---- one-time passwords ------------------------------------------------------------------------------

    @Test
    void aOneTimePasswordMustBeReplacedBeforeAnythingElseOpens() throws Exception {
        IssuedPassword issued = invite("otp.first");
        assertThat(issued.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(7)));
        MvcResult signedIn = mvc.perform(signIn("otp.first", issued.oneTimePassword(), "192.0.2.10"))
                .andExpect(authenticated().withUsername("otp.first")).andReturn();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession();

        for (String page : List.of("/inbox", "/account", "/", "/actuator/info")) {
            assertThat(redirect(mvc.perform(get(page).session(session)).andReturn())).as(page).isEqualTo("/change-password");
        }
        assertThat(redirect(mvc.perform(get("/change-password").session(session)).andReturn())).isNull();

        SecurityTestSupport.signIn(accounts, "otp.first");
        assertThat(accounts.mustChangePassword()).isTrue();
        accounts.changeOwnPassword(issued.oneTimePassword(), "chosen-password-1", "chosen-password-1");
        assertThat(accounts.mustChangePassword()).isFalse();
        SecurityContextHolder.clearContext();

        assertThat(redirect(mvc.perform(get("/inbox").session(session)).andReturn())).isNotEqualTo("/change-password");
        // a chosen password does not expire
        clock.advance(Duration.ofDays(30));
        mvc.perform(signIn("otp.first", "chosen-password-1", "192.0.2.10")).andExpect(authenticated());
    }

    @Test
    void aOneTimePasswordStopsWorkingAfterSevenDays() throws Exception {
        IssuedPassword onTime = invite("otp.ontime");
        IssuedPassword late = invite("otp.late");
        clock.advance(Duration.ofDays(7).minusMinutes(1));
        mvc.perform(signIn("otp.ontime", onTime.oneTimePassword(), "192.0.2.11")).andExpect(authenticated());

        clock.advance(Duration.ofMinutes(1));
        MvcResult refused = mvc.perform(signIn("otp.late", late.oneTimePassword(), "192.0.2.11"))
                .andExpect(unauthenticated()).andReturn();
        assertThat(redirect(refused)).isEqualTo("/login?error");
        assertThat(refused.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(CredentialsExpiredException.class);
        assertThat(SecurityTestSupport.audit(audit, "otp.late", AuditEventType.SIGN_IN_FAILED))
                .anySatisfy(e -> assertThat(e.detail()).isEqualTo("CredentialsExpiredException"));
    }

    @Test
    void anAdministratorsResetIsAOneTimePasswordToo() throws Exception {
        Long id = accounts.createUser("otp.reset", "Reset Me", null, "own-password-1", Set.of(Role.EDITOR),
                Scope.none()).id();
        SecurityTestSupport.signIn(accounts, "admin");
        IssuedPassword reset = accounts.resetPassword(id);
        SecurityContextHolder.clearContext();
        MvcResult signedIn = mvc.perform(signIn("otp.reset", reset.oneTimePassword(), "192.0.2.12"))
                .andExpect(authenticated()).andReturn();
        assertThat(redirect(mvc.perform(get("/my-measures").session((MockHttpSession) signedIn.getRequest().getSession()))
                .andReturn())).isEqualTo("/change-password");
        clock.advance(Duration.ofDays(8));
        mvc.perform(signIn("otp.reset", reset.oneTimePassword(), "192.0.2.12")).andExpect(unauthenticated());
    }

    @Test
    void theSetupStepDoesNothingOnceAnAdministratorExists() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        long before = users.count();
        new FirstAdministratorSetup(accounts, "second.admin", new PrintStream(console, true, StandardCharsets.UTF_8))
                .run(null);
        assertThat(users.count()).isEqualTo(before);
        assertThat(users.findByUsername("second.admin")).isEmpty();
        assertThat(console.toString(StandardCharsets.UTF_8)).doesNotContain(FirstAdministratorSetup.PASSWORD_LINE);
    }

    // ---- BCrypt's 72 bytes -------------------------------------------------------------------------------

    @Test
    void aNewPasswordPastSeventyTwoUtf8BytesIsRefusedBesideTheField() {
        accounts.createUser("long.password", "Long Password", null, "own-password-1", Set.of(Role.EDITOR), Scope.none());
        SecurityTestSupport.signIn(accounts, "long.password");
        String accented = "é".repeat(37); // 37 characters, 74 bytes
        assertThatThrownBy(() -> accounts.changeOwnPassword("own-password-1", accented, accented))
                .isInstanceOfSatisfying(AccountValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("new");
                    assertThat(e.messageKey()).isEqualTo("security.password.tooLong");
                    assertThat(e.params()).containsExactly(72);
                });
        String ascii = "a".repeat(73);
        assertThatThrownBy(() -> accounts.changeOwnPassword("own-password-1", ascii, ascii))
                .isInstanceOf(AccountValidationException.class);
        String exactly = "é".repeat(36); // 72 bytes
        accounts.changeOwnPassword("own-password-1", exactly, exactly);
        SecurityContextHolder.clearContext();
        assertThat(PasswordRules.tooLong(exactly)).isFalse();
    }

    @Test
    void signingInWithAnOverlongPasswordIsAPlainRefusal() throws Exception {
        MvcResult result = mvc.perform(signIn("editor", "x".repeat(200), "192.0.2.13")).andExpect(unauthenticated())
                .andReturn();
        assertThat(redirect(result)).isEqualTo("/login?error");
    }

    // ---- counting failures -------------------------------------------------------------------------------

    @Test
    void concurrentFailedSignInsAreEachCounted() throws Exception {
        accounts.createUser("many.failures", "Many Failures", null, "own-password-1", Set.of(Role.EDITOR), Scope.none());
        int attempts = 24;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            results.add(pool.submit(() -> {
                start.await();
                auditor.onBadCredentials(new AuthenticationFailureBadCredentialsEvent(
                        UsernamePasswordAuthenticationToken.unauthenticated("many.failures", "wrong"),
                        new BadCredentialsException("Bad credentials")));
                return null;
            }));
        }
        start.countDown();
        for (Future<?> result : results) {
            result.get(); // no attempt may fail (an optimistic-lock failure would lose its count)
        }
        pool.shutdown();
        assertThat(users.findByUsername("many.failures").orElseThrow().getFailedSignIns()).isEqualTo(attempts);
    }

    // ---- per client address ------------------------------------------------------------------------------

    @Test
    void anAddressThatFailedTooOftenMustWaitWhateverTheUsername() throws Exception {
        String attacker = "203.0.113.7";
        for (String username : List.of("editor", "reviewer", "partner", "evaluator", "nobody.at.all")) {
            mvc.perform(signIn(username, "guess-1", attacker)).andExpect(unauthenticated());
        }
        // even the right password is not tried from there now
        MvcResult throttled = mvc.perform(signIn("admin", "demo-admin", attacker)).andExpect(unauthenticated()).andReturn();
        assertThat(redirect(throttled)).isEqualTo("/login?throttled");
        assertThat(throttled.getResponse().getHeader("Retry-After")).isEqualTo("600");
        assertThat(SecurityTestSupport.audit(audit, "admin", AuditEventType.SIGN_IN_FAILED))
                .anySatisfy(e -> assertThat(e.detail()).contains("throttled", attacker));
        // no account was locked, and another address is not held up
        assertThat(users.findByUsername("editor").orElseThrow().getLockedUntil()).isNull();
        mvc.perform(signIn("admin", "demo-admin", "198.51.100.20")).andExpect(authenticated());

        clock.advance(Duration.ofMinutes(10));
        mvc.perform(signIn("admin", "demo-admin", attacker)).andExpect(authenticated());
    }

    @Test
    void theThrottleRemembersABoundedNumberOfAddresses() {
        for (int i = 0; i < SignInThrottle.MAX_ADDRESSES + 500; i++) {
            throttle.failed("10.9." + (i / 250) + "." + (i % 250));
        }
        assertThat(throttle.size()).isEqualTo(SignInThrottle.MAX_ADDRESSES);
    }
}
