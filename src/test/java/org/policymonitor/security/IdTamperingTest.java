package org.policymonitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.Measure;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.party.Ministry;
import org.policymonitor.party.Party;
import org.policymonitor.party.ReferenceData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Opening or acting on another scope's object by its id is denied and logged: a measure of another ministry
 * through {@link ScopeGuard}, a task of another Party, another organisation's confirmation, and the
 * administrators' user records. (The page-level case, the user page by address, is in
 * {@code org.policymonitor.admin.ui.UserAdministrationViewTest}.)
 */
@IntegrationTest
class IdTamperingTest {

    @Autowired
    ScopeGuard guard;
    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditRecordRepository audit;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Measure mongolianDraft() {
        Party mongolia = referenceData.partyByIso("MN").orElseThrow();
        Ministry culture = referenceData.ministryOf(mongolia, "Ministry of Culture");
        return measures.createDraft(mongolia.getId(), culture.getId(), referenceData.cycles().getFirst().getId(),
                FormVersion.FORM_2020, MeasureContent.titled("Tampering target"), "editor");
    }

    @Test
    void anEditorOfAnotherMinistryIsRefusedAMeasureByIdAndTheAttemptIsLogged() {
        Long id = mongolianDraft().getId();
        SecurityTestSupport.signIn(accounts, "editor.lt");
        Measure loaded = measures.find(id).orElseThrow();
        assertThatThrownBy(() -> guard.requireMinistry(loaded.getMinistryId()))
                .isInstanceOfSatisfying(ScopeAccessDeniedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("security.denied.ministry");
                    assertThat(e.getMessage()).isEqualTo(
                            "This belongs to another ministry. The attempt has been recorded.");
                });
        assertThat(SecurityTestSupport.audit(audit, "editor.lt", AuditEventType.ACCESS_DENIED))
                .anySatisfy(e -> assertThat(e.detail()).isEqualTo("ministry " + loaded.getMinistryId()));

        SecurityTestSupport.signIn(accounts, "editor");
        guard.requireMinistry(loaded.getMinistryId());
        assertThat(guard.mayAccessMinistry(loaded.getMinistryId())).isTrue();
    }

    @Test
    void theRefusalIsInTheUsersLanguage() {
        Long ministry = mongolianDraft().getMinistryId();
        SecurityTestSupport.signIn(accounts, "editor.lt");
        accounts.rememberLanguage("editor.lt", "fr");
        try {
            SecurityTestSupport.signIn(accounts, "editor.lt");
            assertThatThrownBy(() -> guard.requireMinistry(ministry))
                    .hasMessage("Ceci appartient à un autre ministère. La tentative a été enregistrée.");
        } finally {
            SecurityTestSupport.signIn(accounts, "editor.lt");
            accounts.rememberLanguage("editor.lt", "en");
        }
    }

    @Test
    void partiesAndPartnerOrganisationsAreGuardedTheSameWay() {
        Long mongolia = referenceData.partyByIso("MN").orElseThrow().getId();
        Long lithuania = referenceData.partyByIso("LT").orElseThrow().getId();
        Long artsCouncil = referenceData.partnerOrganisationByName("Mongolian Arts Council").orElseThrow().getId();

        SecurityTestSupport.signIn(accounts, "reviewer");
        guard.requireParty(mongolia);
        assertThatThrownBy(() -> guard.requireParty(lithuania)).isInstanceOf(ScopeAccessDeniedException.class);
        assertThatThrownBy(() -> guard.requireMinistry(null)).isInstanceOf(ScopeAccessDeniedException.class);

        SecurityTestSupport.signIn(accounts, "evaluator");
        guard.requireParty(mongolia);
        assertThatThrownBy(() -> guard.requireParty(lithuania)).isInstanceOf(ScopeAccessDeniedException.class);

        SecurityTestSupport.signIn(accounts, "partner");
        guard.requirePartner(artsCouncil);
        assertThatThrownBy(() -> guard.requirePartner(artsCouncil + 1000)).isInstanceOf(ScopeAccessDeniedException.class);
        assertThatThrownBy(() -> guard.requireParty(mongolia)).isInstanceOf(ScopeAccessDeniedException.class);

        // an editor's scope names a Party too, but Party-scoped work (reviews, evaluations) is not theirs
        SecurityTestSupport.signIn(accounts, "editor");
        assertThatThrownBy(() -> guard.requireParty(mongolia)).isInstanceOf(ScopeAccessDeniedException.class);

        SecurityTestSupport.signIn(accounts, "admin");
        guard.requireParty(lithuania);
        guard.requirePartner(artsCouncil);
        guard.requireMinistry(mongolianDraft().getMinistryId());

        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> guard.requireParty(mongolia)).isInstanceOf(ScopeAccessDeniedException.class);

        assertThat(SecurityTestSupport.audit(audit, "reviewer", AuditEventType.ACCESS_DENIED))
                .extracting(AuditEntry::detail).contains("party " + lithuania, "ministry null");
        assertThat(SecurityTestSupport.audit(audit, "partner", AuditEventType.ACCESS_DENIED))
                .extracting(AuditEntry::detail).contains("partner organisation " + (artsCouncil + 1000));
    }

    @Test
    void aUserRecordByIdIsRefusedToNonAdministratorsAndLogged() {
        Long adminId = accounts.find("admin").orElseThrow().id();
        for (String username : List.of("editor", "reviewer", "partner", "evaluator")) {
            SecurityTestSupport.signIn(accounts, username);
            assertThatThrownBy(() -> accounts.user(adminId)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.updateUser(adminId, "x", null, java.util.Set.of(Role.ADMIN), Scope.none()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(SecurityTestSupport.audit(audit, username, AuditEventType.ACCESS_DENIED))
                    .extracting(AuditEntry::detail).contains("service AccountService.user", "service AccountService.updateUser");
        }
        SecurityTestSupport.signIn(accounts, "admin");
        assertThat(accounts.user(adminId)).isPresent();
    }
}
