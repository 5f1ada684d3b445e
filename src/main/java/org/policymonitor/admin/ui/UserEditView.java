package org.policymonitor.admin.ui;

import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.AccountValidationException;
import org.policymonitor.security.Role;
import org.policymonitor.security.UserSummary;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** One user: name, e-mail, roles and scope; deactivate or activate, reset the password, lift a lockout. */
@Route("admin/users/:userId")
@RolesAllowed(Role.Names.ADMIN)
class UserEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    final H1 title = new H1();
    final Paragraph status = new Paragraph();
    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final AccessEditor access;
    final Button save = new Button();
    final Button toggleEnabled = new Button();
    final Button resetPassword = new Button();
    final Button unlock = new Button();
    private UserSummary user;

    UserEditView(AccountService accounts, ReferenceData referenceData) {
        this.accounts = accounts;
        this.access = new AccessEditor(referenceData);
        displayName.setLabel(getTranslation("admin.user.displayName"));
        displayName.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("admin.user.email"));
        save.setText(getTranslation("admin.user.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        resetPassword.setText(getTranslation("admin.user.resetPassword"));
        resetPassword.addClickListener(e -> new OneTimePasswordDialog(accounts.resetPassword(user.id())).open());
        unlock.setText(getTranslation("admin.user.unlock"));
        unlock.addClickListener(e -> show(accounts.unlock(user.id())));
        toggleEnabled.addClickListener(e -> toggleEnabled());
        Button back = new Button(getTranslation("admin.user.back"),
                e -> getUI().ifPresent(ui -> ui.navigate(UsersView.class)));
        add(title, status, new FormLayout(displayName, email), access,
                new HorizontalLayout(save, toggleEnabled, resetPassword, unlock, back));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong("userId").orElse(null);
        // the service checks the administrator role again and logs a refusal
        user = accounts.user(id).orElseThrow(NotFoundException::new);
        show(user);
        displayName.setValue(user.displayName());
        email.setValue(user.email() == null ? "" : user.email());
        access.setValue(user.roles(), user.scope());
    }

    private void show(UserSummary shown) {
        this.user = shown;
        title.setText(getTranslation("admin.user.title", shown.username()));
        status.setText(!shown.enabled() ? getTranslation("admin.user.status.inactive")
                : shown.locked() ? getTranslation("admin.user.status.lockedUntil", shown.lockedUntil())
                        : getTranslation("admin.user.status.active"));
        toggleEnabled.setText(getTranslation(shown.enabled() ? "admin.user.deactivate" : "admin.user.activate"));
        unlock.setVisible(shown.locked());
    }

    private void save() {
        displayName.setInvalid(false);
        access.clearErrors();
        try {
            show(accounts.updateUser(user.id(), displayName.getValue(), email.getValue(), access.selectedRoles(),
                    access.selectedScope()));
            Notification.show(getTranslation("admin.user.saved"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (AccountValidationException invalid) {
            String message = getTranslation(invalid.messageKey(), invalid.params());
            if (!access.showError(invalid.field(), message)) {
                displayName.setErrorMessage(message);
                displayName.setInvalid(true);
            }
        }
    }

    private void toggleEnabled() {
        try {
            show(accounts.setEnabled(user.id(), !user.enabled()));
        } catch (AccountValidationException invalid) {
            Notification.show(getTranslation(invalid.messageKey()), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return user == null ? getTranslation("admin.users.title") : getTranslation("admin.user.title", user.username());
    }
}
