package org.policymonitor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.party.ReferenceData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * An open session ends on its next request when an administrator deactivates the account or changes its roles
 * or scope (over real HTTP, the session cookie of a form sign-in); other users' sessions go on. (Same context
 * set-up as SignInTest, so they share one server.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureMockMvc
@RecordApplicationEvents
class SessionsFollowAccountsTest {

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    ApplicationEvents events;

    HttpSessions http;
    Long mongolia;
    Long lithuania;

    @BeforeEach
    void setUp() {
        http = new HttpSessions(port);
        mongolia = referenceData.partyByIso("MN").orElseThrow().getId();
        lithuania = referenceData.partyByIso("LT").orElseThrow().getId();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Long reviewer(String username) {
        return accounts.createUser(username, "Reviewer " + username, null, "session-password-1", Set.of(Role.REVIEWER),
                Scope.party(mongolia)).id();
    }

    private void asAdmin(Runnable action) {
        SecurityTestSupport.signIn(accounts, "admin");
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A signed-in session opens a protected page; an ended one is sent to sign-in. */
    private boolean open(String cookie) throws Exception {
        HttpResponse<String> page = http.get("/account", cookie);
        if (page.statusCode() == 200) {
            return true;
        }
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(HttpSessions.location(page)).endsWith("/login");
        return false;
    }

    @Test
    void deactivationEndsTheOpenSessionAtOnce() throws Exception {
        Long id = reviewer("session.deactivated");
        String session = http.signIn("session.deactivated", "session-password-1");
        String bystander = http.signIn("evaluator", "demo-evaluator");
        assertThat(open(session)).isTrue();

        asAdmin(() -> accounts.setEnabled(id, false));

        assertThat(open(session)).as("the deactivated user's next request").isFalse();
        assertThat(open(bystander)).as("another user's session").isTrue();
        assertThat(events.stream(AccountEntitlementsChanged.class))
                .contains(new AccountEntitlementsChanged(id, "session.deactivated"));

        // reactivated, the old session stays ended; a new sign-in works
        asAdmin(() -> accounts.setEnabled(id, true));
        assertThat(open(session)).isFalse();
        assertThat(open(http.signIn("session.deactivated", "session-password-1"))).isTrue();
    }

    @Test
    void aRoleChangeEndsTheOpenSession() throws Exception {
        Long id = reviewer("session.roles");
        String session = http.signIn("session.roles", "session-password-1");
        assertThat(open(session)).isTrue();

        asAdmin(() -> accounts.updateUser(id, "Reviewer session.roles", null, EnumSet.of(Role.REVIEWER, Role.EVALUATOR),
                Scope.party(mongolia)));

        assertThat(open(session)).isFalse();
        assertThat(events.stream(AccountEntitlementsChanged.class))
                .containsExactly(new AccountEntitlementsChanged(id, "session.roles"));
    }

    @Test
    void aScopeChangeEndsTheOpenSession() throws Exception {
        Long id = reviewer("session.scope");
        String session = http.signIn("session.scope", "session-password-1");
        assertThat(open(session)).isTrue();

        asAdmin(() -> accounts.updateUser(id, "Reviewer session.scope", null, Set.of(Role.REVIEWER),
                Scope.party(lithuania)));

        assertThat(open(session)).isFalse();
        assertThat(events.stream(AccountEntitlementsChanged.class))
                .containsExactly(new AccountEntitlementsChanged(id, "session.scope"));
    }

    @Test
    void aNewNameOrEmailKeepsTheSession() throws Exception {
        Long id = reviewer("session.renamed");
        String session = http.signIn("session.renamed", "session-password-1");

        asAdmin(() -> accounts.updateUser(id, "Renamed Reviewer", "renamed@example.org", Set.of(Role.REVIEWER),
                Scope.party(mongolia)));

        assertThat(open(session)).isTrue();
        assertThat(events.stream(AccountEntitlementsChanged.class)).isEmpty();
    }

    @Test
    void aPasswordResetEndsTheOpenSession() throws Exception {
        Long id = reviewer("session.reset");
        String session = http.signIn("session.reset", "session-password-1");
        assertThat(open(session)).isTrue();

        asAdmin(() -> accounts.resetPassword(id));

        assertThat(open(session)).isFalse();
    }
}
