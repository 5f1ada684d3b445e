package org.policymonitor.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.SecurityEvent;
import org.policymonitor.security.AuditEventType;
import org.policymonitor.security.SecurityEventQuery;
import org.policymonitor.security.Role;
import org.policymonitor.security.SecurityAuditLog;
import org.policymonitor.security.UserSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.util.AopTestUtils;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;

@IntegrationTest
// views with @RolesAllowed are Spring proxies (method security): the tests read the fields of the target
@ViewPackages(packages = "org.policymonitor")
class UserAdministrationViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;
    @Autowired
    SecurityAuditLog auditLog;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetails;

    private static <T extends Component> List<T> find(Component root, Class<T> type) {
        List<T> found = new ArrayList<>();
        if (type.isInstance(root)) {
            found.add(type.cast(root));
        }
        root.getChildren().forEach(child -> found.addAll(find(child, type)));
        return found;
    }

    private static TextField field(Dialog dialog, String label) {
        return find(dialog, TextField.class).stream().filter(f -> label.equals(f.getLabel())).findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails("admin")
    void administratorsSeeTheUsersAndInviteOne() {
        UsersView view = AopTestUtils.getTargetObject(navigate(UsersView.class));
        assertThat(view.grid.getListDataView().getItems().map(UserSummary::username))
                .contains("admin", "editor", "editor.lt", "reviewer", "partner", "evaluator");

        test(view.invite).click();
        Dialog invitation = $(Dialog.class).single();
        field(invitation, "Username").setValue("invited.reviewer");
        field(invitation, "Name").setValue("Invited Reviewer");
        AccessEditor access = find(invitation, AccessEditor.class).getFirst();
        access.roles.setValue(Set.of(Role.REVIEWER));
        assertThat(access.party.isVisible()).isTrue();
        assertThat(access.ministry.isVisible()).isFalse();
        Button create = $(Button.class).all().stream().filter(b -> "Create user".equals(b.getText()))
                .findFirst().orElseThrow();

        test(create).click(); // no Party yet: refused beside the Party field
        assertThat(access.party.isInvalid()).isTrue();
        assertThat(access.party.getErrorMessage()).isEqualTo("Reviewers and evaluators need a Party.");

        access.party.setValue(access.party.getListDataView().getItems()
                .filter(p -> p.getIsoCode().equals("MN")).findFirst().orElseThrow());
        test(create).click();
        OneTimePasswordDialog issued = $(OneTimePasswordDialog.class).single();
        assertThat(issued.password.getValue()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(view.grid.getListDataView().getItems().map(UserSummary::username)).contains("invited.reviewer");
        assertThat(accounts.find("invited.reviewer").orElseThrow().roles()).containsExactly(Role.REVIEWER);
    }

    @Test
    @WithUserDetails("admin")
    void administratorsDeactivateAndReactivateAUser() {
        Long id = accounts.find("evaluator").orElseThrow().id();
        UserEditView view = AopTestUtils.getTargetObject(navigate("admin/users/" + id, UserEditView.class));
        assertThat(view.displayName.getValue()).isEqualTo(accounts.find("evaluator").orElseThrow().displayName());
        assertThat(view.access.roles.getValue()).containsExactly(Role.EVALUATOR);
        assertThat(view.access.party.getValue().getIsoCode()).isEqualTo("MN");

        test(view.toggleEnabled).click();
        assertThat(accounts.user(id).orElseThrow().enabled()).isFalse();
        assertThat(view.toggleEnabled.getText()).isEqualTo("Activate");
        test(view.toggleEnabled).click();
        assertThat(accounts.user(id).orElseThrow().enabled()).isTrue();
        assertThat(auditLog.search(new SecurityEventQuery("evaluator", AuditEventType.USER_DEACTIVATED, null, null, 10)))
                .isNotEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void theAuditLogFiltersByType() {
        AuditLogView view = AopTestUtils.getTargetObject(navigate(AuditLogView.class));
        assertThat(view.grid.getListDataView().getItems().count()).isPositive();
        view.type.setValue(AuditEventType.USER_CREATED);
        assertThat(view.grid.getListDataView().getItems()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.type()).isEqualTo(AuditEventType.USER_CREATED));
        view.user.setValue("partner");
        assertThat(view.grid.getListDataView().getItems().map(SecurityEvent::username)).containsOnly("partner");
    }

    @Test
    @WithUserDetails("editor")
    void aUserPageByAddressIsRefusedToAnEditorAndLogged() {
        Long adminId = accounts.find("admin").orElseThrow().id();
        Object shown;
        try {
            shown = navigate("admin/users/" + adminId, Component.class);
        } catch (IllegalArgumentException | IllegalStateException refused) {
            shown = getCurrentView();
        }
        assertThat(shown.getClass().getSimpleName()).isEqualTo("AccessDeniedView");

        var admin = userDetails.loadUserByUsername("admin");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        assertThat(auditLog.search(new SecurityEventQuery("editor", AuditEventType.ACCESS_DENIED, null, null, 50)))
                .anySatisfy(e -> assertThat(e.detail()).isEqualTo("page for other roles · route /admin/users/" + adminId));
    }

    @Test
    @WithUserDetails("admin")
    void aCivilSocietyContactIsInvitedWithACivilSocietyOrganisationAndGetsItsParty() {
        UsersView view = AopTestUtils.getTargetObject(navigate(UsersView.class));
        test(view.invite).click();
        Dialog invitation = $(Dialog.class).single();
        field(invitation, "Username").setValue("invited.cso");
        field(invitation, "Name").setValue("Invited CSO contact");
        AccessEditor access = find(invitation, AccessEditor.class).getFirst();
        access.roles.setValue(Set.of(Role.CIVIL_SOCIETY));
        assertThat(access.partner.isVisible()).isTrue();
        assertThat(access.party.isVisible()).as("the Party follows from the organisation").isFalse();
        assertThat(access.ministry.isVisible()).isFalse();
        // only civil-society organisations of a Party are offered (the Arts Council belongs to no Party)
        assertThat(access.partner.getListDataView().getItems())
                .allMatch(o -> "CIVIL_SOCIETY".equals(o.getEntityType()) && o.getPartyId() != null)
                .extracting(o -> o.getName()).contains("Mongolian Culture NGO Network")
                .doesNotContain("Mongolian Arts Council");
        access.partner.setValue(access.partner.getListDataView().getItems()
                .filter(o -> o.getName().equals("Mongolian Culture NGO Network")).findFirst().orElseThrow());
        Button create = $(Button.class).all().stream().filter(b -> "Create user".equals(b.getText()))
                .findFirst().orElseThrow();
        test(create).click();

        UserSummary created = accounts.users().stream().filter(u -> u.username().equals("invited.cso"))
                .findFirst().orElseThrow();
        assertThat(created.roles()).containsExactly(Role.CIVIL_SOCIETY);
        assertThat(created.scope().partnerOrganisationId()).isNotNull();
        assertThat(created.scope().partyId()).as("Mongolia, the organisation's Party").isNotNull();
    }
}
