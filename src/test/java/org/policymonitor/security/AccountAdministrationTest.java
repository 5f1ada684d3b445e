package org.policymonitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.party.Party;
import org.policymonitor.party.ReferenceData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** Own password change, and the administrators' invite, roles, deactivation and password reset. */
@IntegrationTest
@AutoConfigureMockMvc
class AccountAdministrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditRecordRepository audit;
    @Autowired
    ReferenceData referenceData;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Long newUser(String username, String password) {
        return accounts.createUser(username, "Test " + username, null, password, Set.of(Role.EVALUATOR),
                Scope.party(referenceData.partyByIso("MN").orElseThrow().getId())).id();
    }

    @Test
    void usersChangeTheirOwnPasswordWithTheCurrentOneAndAConfirmation() throws Exception {
        newUser("pw.change", "first-password-1");
        SecurityTestSupport.signIn(accounts, "pw.change");

        assertThatThrownBy(() -> accounts.changeOwnPassword("not-it", "second-password-2", "second-password-2"))
                .isInstanceOfSatisfying(AccountValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("current");
                    assertThat(e.messageKey()).isEqualTo("security.password.wrongCurrent");
                });
        assertThatThrownBy(() -> accounts.changeOwnPassword("first-password-1", "short", "short"))
                .isInstanceOfSatisfying(AccountValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("new");
                    assertThat(e.params()).containsExactly(10);
                });
        assertThatThrownBy(() -> accounts.changeOwnPassword("first-password-1", "second-password-2", "second-password-3"))
                .isInstanceOfSatisfying(AccountValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("confirmation"));
        assertThatThrownBy(() -> accounts.changeOwnPassword("first-password-1", "first-password-1", "first-password-1"))
                .isInstanceOfSatisfying(AccountValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("security.password.sameAsCurrent"));

        accounts.changeOwnPassword("first-password-1", "second-password-2", "second-password-2");
        SecurityContextHolder.clearContext();

        mvc.perform(formLogin("/login").user("pw.change").password("first-password-1")).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user("pw.change").password("second-password-2"))
                .andExpect(authenticated().withUsername("pw.change"));
        assertThat(SecurityTestSupport.audit(audit, "pw.change", AuditEventType.PASSWORD_CHANGED))
                .extracting(SecurityEvent::detail).containsExactly("refused: wrong current password", null);
    }

    @Test
    void anonymousCallersCannotChangeAPassword() {
        assertThatThrownBy(() -> accounts.changeOwnPassword("a", "b", "c"))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
        SecurityContextHolder.getContext().setAuthentication(new org.springframework.security.authentication
                .AnonymousAuthenticationToken("k", "anonymousUser",
                        org.springframework.security.core.authority.AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThatThrownBy(() -> accounts.changeOwnPassword("a", "b", "c")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDeactivatedUserCannotSignInUntilReactivated() throws Exception {
        Long id = newUser("deactivate.me", "deactivate-pw-1");
        mvc.perform(formLogin("/login").user("deactivate.me").password("deactivate-pw-1")).andExpect(authenticated());

        SecurityTestSupport.signIn(accounts, "admin");
        assertThat(accounts.setEnabled(id, false).enabled()).isFalse();
        SecurityContextHolder.clearContext();
        mvc.perform(formLogin("/login").user("deactivate.me").password("deactivate-pw-1")).andExpect(unauthenticated());
        assertThat(SecurityTestSupport.audit(audit, "deactivate.me", AuditEventType.USER_DEACTIVATED)).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("admin"));
        assertThat(SecurityTestSupport.audit(audit, "deactivate.me", AuditEventType.SIGN_IN_FAILED))
                .anySatisfy(e -> assertThat(e.detail()).isEqualTo("DisabledException"));

        SecurityTestSupport.signIn(accounts, "admin");
        accounts.setEnabled(id, true);
        SecurityContextHolder.clearContext();
        mvc.perform(formLogin("/login").user("deactivate.me").password("deactivate-pw-1")).andExpect(authenticated());
    }

    @Test
    void administratorsCannotDeactivateThemselves() {
        SecurityTestSupport.signIn(accounts, "admin");
        Long adminId = accounts.find("admin").orElseThrow().id();
        assertThatThrownBy(() -> accounts.setEnabled(adminId, false))
                .isInstanceOfSatisfying(AccountValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("security.user.cannotDeactivateSelf"));
    }

    @Test
    void anInvitedUserSignsInWithTheOneTimePasswordAndAResetReplacesIt() throws Exception {
        Party mongolia = referenceData.partyByIso("MN").orElseThrow();
        Long ministry = referenceData.ministryOf(mongolia, "Ministry of Culture").getId();
        SecurityTestSupport.signIn(accounts, "admin");
        IssuedPassword invited = accounts.invite(new NewUser("invited.editor", "Invited Editor", "i@example.org",
                Set.of(Role.EDITOR), new Scope(ministry, null, null)));
        assertThat(invited.oneTimePassword()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(invited.user().scope()).isEqualTo(Scope.ministry(ministry, mongolia.getId()));
        SecurityContextHolder.clearContext();
        mvc.perform(formLogin("/login").user("invited.editor").password(invited.oneTimePassword()))
                .andExpect(authenticated().withRoles("EDITOR"));

        SecurityTestSupport.signIn(accounts, "admin");
        IssuedPassword reset = accounts.resetPassword(invited.user().id());
        SecurityContextHolder.clearContext();
        mvc.perform(formLogin("/login").user("invited.editor").password(invited.oneTimePassword()))
                .andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user("invited.editor").password(reset.oneTimePassword()))
                .andExpect(authenticated());
        assertThat(SecurityTestSupport.audit(audit, "invited.editor", AuditEventType.USER_CREATED)).hasSize(1);
        assertThat(SecurityTestSupport.audit(audit, "invited.editor", AuditEventType.PASSWORD_RESET)).hasSize(1);
    }

    @Test
    void scopedRolesNeedTheirScope() {
        SecurityTestSupport.signIn(accounts, "admin");
        assertThatThrownBy(() -> accounts.invite(new NewUser("no.ministry", "No Ministry", null, Set.of(Role.EDITOR),
                Scope.none()))).isInstanceOfSatisfying(AccountValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("ministry"));
        assertThatThrownBy(() -> accounts.invite(new NewUser("no.party", "No Party", null, Set.of(Role.REVIEWER),
                Scope.none()))).isInstanceOfSatisfying(AccountValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("party"));
        assertThatThrownBy(() -> accounts.invite(new NewUser("no.partner", "No Partner", null, Set.of(Role.PARTNER),
                Scope.none()))).isInstanceOfSatisfying(AccountValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("partner"));
        assertThatThrownBy(() -> accounts.invite(new NewUser("editor", "Taken", null, Set.of(Role.ADMIN),
                Scope.none()))).isInstanceOfSatisfying(AccountValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("security.user.usernameTaken"));
    }

    @Test
    void aRoleChangeIsAudited() {
        Long id = newUser("role.change", "role-change-pw");
        Party lithuania = referenceData.partyByIso("LT").orElseThrow();
        SecurityTestSupport.signIn(accounts, "admin");
        UserSummary changed = accounts.updateUser(id, "Role Change", null, Set.of(Role.REVIEWER, Role.EVALUATOR),
                Scope.party(lithuania.getId()));
        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.REVIEWER, Role.EVALUATOR);
        assertThat(SecurityTestSupport.audit(audit, "role.change", AuditEventType.ROLES_CHANGED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("roles=[EVALUATOR]").contains("-> roles=[EVALUATOR,REVIEWER]")
                        .contains("party=" + lithuania.getId()));
    }

    @Test
    void onlyAdministratorsManageUsers() {
        Long id = accounts.find("editor.lt").orElseThrow().id();
        SecurityTestSupport.signIn(accounts, "editor");
        assertThatThrownBy(() -> accounts.users()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.resetPassword(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.createUser("sneaky", "Sneaky", null, "sneaky-password", Set.of(Role.ADMIN),
                Scope.none())).isInstanceOf(ScopeAccessDeniedException.class);
        assertThat(accounts.exists("sneaky")).isFalse();
    }
}
