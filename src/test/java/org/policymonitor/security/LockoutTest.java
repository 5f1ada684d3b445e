package org.policymonitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.policymonitor.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Lockout after the configured number of failed sign-ins, for the configured time, read from the injected clock. */
@IntegrationTest
@AutoConfigureMockMvc
@Import(LockoutTest.Clocks.class)
@TestPropertySource(properties = {
        "policymonitor.security.max-failed-sign-ins=3",
        "policymonitor.security.lockout-duration=10m"})
class LockoutTest {

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
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
    MutableClock clock;

    private void createUser(String username) {
        accounts.createUser(username, "Lockout Test", null, "right-password-1", Set.of(Role.EDITOR), Scope.none());
    }

    @Test
    void theConfiguredNumberOfFailuresLocksTheAccountForTheConfiguredTime() throws Exception {
        createUser("lock.a");
        for (int i = 0; i < 2; i++) {
            mvc.perform(formLogin("/login").user("lock.a").password("wrong")).andExpect(unauthenticated());
        }
        assertThat(users.findByUsername("lock.a").orElseThrow().getLockedUntil()).isNull();
        mvc.perform(formLogin("/login").user("lock.a").password("wrong")).andExpect(unauthenticated());

        Instant lockedAt = clock.instant();
        assertThat(users.findByUsername("lock.a").orElseThrow().getLockedUntil())
                .isEqualTo(lockedAt.plus(Duration.ofMinutes(10)));
        assertThat(SecurityTestSupport.audit(audit, "lock.a", AuditEventType.SIGN_IN_FAILED)).hasSize(3);
        assertThat(SecurityTestSupport.audit(audit, "lock.a", AuditEventType.LOCKED_OUT)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("3 failed sign-ins"));

        // the right password does not help while locked, and the refusal is logged
        mvc.perform(formLogin("/login").user("lock.a").password("right-password-1")).andExpect(unauthenticated());
        clock.advance(Duration.ofMinutes(9));
        mvc.perform(formLogin("/login").user("lock.a").password("right-password-1")).andExpect(unauthenticated());
        assertThat(SecurityTestSupport.audit(audit, "lock.a", AuditEventType.SIGN_IN_FAILED))
                .anySatisfy(e -> assertThat(e.detail()).isEqualTo("LockedException"));

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        mvc.perform(formLogin("/login").user("lock.a").password("right-password-1"))
                .andExpect(authenticated().withUsername("lock.a"));
        UserAccount after = users.findByUsername("lock.a").orElseThrow();
        assertThat(after.getLockedUntil()).isNull();
        assertThat(after.getFailedSignIns()).isZero();
        assertThat(SecurityTestSupport.audit(audit, "lock.a", AuditEventType.SIGN_IN)).hasSize(1);
    }

    @Test
    void aSuccessfulSignInResetsTheCount() throws Exception {
        createUser("lock.b");
        mvc.perform(formLogin("/login").user("lock.b").password("wrong")).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user("lock.b").password("wrong")).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user("lock.b").password("right-password-1")).andExpect(authenticated());
        mvc.perform(formLogin("/login").user("lock.b").password("wrong")).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user("lock.b").password("wrong")).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user("lock.b").password("right-password-1")).andExpect(authenticated());
        assertThat(SecurityTestSupport.audit(audit, "lock.b", AuditEventType.LOCKED_OUT)).isEmpty();
    }

    @Test
    void anAdministratorCanLiftALockout() throws Exception {
        createUser("lock.c");
        for (int i = 0; i < 3; i++) {
            mvc.perform(formLogin("/login").user("lock.c").password("wrong")).andExpect(unauthenticated());
        }
        Long id = users.findByUsername("lock.c").orElseThrow().getId();
        SecurityTestSupport.signIn(accounts, "admin");
        try {
            assertThat(accounts.user(id).orElseThrow().locked()).isTrue();
            assertThat(accounts.unlock(id).locked()).isFalse();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        mvc.perform(formLogin("/login").user("lock.c").password("right-password-1")).andExpect(authenticated());
        assertThat(SecurityTestSupport.audit(audit, "lock.c", AuditEventType.USER_UNLOCKED)).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("admin"));
    }

    @Test
    void unknownUsernamesAreLoggedWithoutAnAccount() throws Exception {
        mvc.perform(formLogin("/login").user("nobody.here").password("whatever")).andExpect(unauthenticated());
        assertThat(SecurityTestSupport.audit(audit, "nobody.here", AuditEventType.SIGN_IN_FAILED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("unknown user"));
    }
}
