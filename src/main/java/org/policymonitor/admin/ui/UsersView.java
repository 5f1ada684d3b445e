package org.policymonitor.admin.ui;

import java.util.stream.Collectors;

import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.AccountValidationException;
import org.policymonitor.security.IssuedPassword;
import org.policymonitor.security.NewUser;
import org.policymonitor.security.Role;
import org.policymonitor.security.UserSummary;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

/** Administrators list the users, invite new ones and open one to change roles, scope and status. */
@Route("admin/users")
@Menu(title = "admin.nav.users", order = 85)
@RolesAllowed(Role.Names.ADMIN)
class UsersView extends VerticalLayout implements HasDynamicTitle {

    final Grid<UserSummary> grid = new Grid<>();
    final Button invite = new Button();
    private final AccountService accounts;
    private final ReferenceData referenceData;

    UsersView(AccountService accounts, ReferenceData referenceData) {
        this.accounts = accounts;
        this.referenceData = referenceData;
        add(new H1(getTranslation("admin.users.title")));
        invite.setText(getTranslation("admin.users.invite"));
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(e -> openInvitation());
        add(invite);

        grid.addColumn(UserSummary::username).setHeader(getTranslation("admin.user.username")).setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("admin.user.displayName"))
                .setSortable(true);
        grid.addColumn(u -> u.roles().stream().sorted().map(r -> getTranslation(r.messageKey()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("admin.user.roles"));
        grid.addColumn(u -> ScopeLabels.describe(u.scope(), referenceData, getLocale())).setHeader(getTranslation("admin.user.scope"));
        grid.addColumn(this::status).setHeader(getTranslation("admin.user.status")).setAutoWidth(true);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setAriaLabel(getTranslation("admin.users.title"));
        add(grid);
        refresh();
    }

    private String status(UserSummary user) {
        if (!user.enabled()) {
            return getTranslation("admin.user.status.inactive");
        }
        return user.locked() ? getTranslation("admin.user.status.locked") : getTranslation("admin.user.status.active");
    }

    void refresh() {
        grid.setItems(accounts.users());
    }

    void open(UserSummary user) {
        getUI().ifPresent(ui -> ui.navigate(UserEditView.class, new RouteParameters("userId", user.id().toString())));
    }

    void openInvitation() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.users.invite"));
        TextField username = new TextField(getTranslation("admin.user.username"));
        username.setRequiredIndicatorVisible(true);
        TextField displayName = new TextField(getTranslation("admin.user.displayName"));
        displayName.setRequiredIndicatorVisible(true);
        EmailField email = new EmailField(getTranslation("admin.user.email"));
        AccessEditor access = new AccessEditor(referenceData);
        dialog.add(new FormLayout(username, displayName, email), access);
        Button create = new Button(getTranslation("admin.users.create"), e -> {
            username.setInvalid(false);
            displayName.setInvalid(false);
            access.clearErrors();
            try {
                IssuedPassword issued = accounts.invite(new NewUser(username.getValue(), displayName.getValue(),
                        email.getValue(), access.selectedRoles(), access.selectedScope()));
                dialog.close();
                refresh();
                new OneTimePasswordDialog(issued).open();
            } catch (AccountValidationException invalid) {
                String message = getTranslation(invalid.messageKey(), invalid.params());
                if ("username".equals(invalid.field())) {
                    username.setErrorMessage(message);
                    username.setInvalid(true);
                } else if ("displayName".equals(invalid.field())) {
                    displayName.setErrorMessage(message);
                    displayName.setInvalid(true);
                } else if (!access.showError(invalid.field(), message)) {
                    username.setErrorMessage(message);
                    username.setInvalid(true);
                }
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("admin.cancel"), e -> dialog.close()), create);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.users.title");
    }
}
