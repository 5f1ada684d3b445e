package org.policymonitor.security.ui;

import java.util.stream.Collectors;

import org.policymonitor.security.AccountService;
import org.policymonitor.security.AccountValidationException;
import org.policymonitor.security.CurrentUser;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** The signed-in user's own account: who they are, what their roles let them do, and changing the password. */
@Route("account")
@Menu(title = "nav.account", order = 90)
@PermitAll
class AccountView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    final PasswordField current = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField confirmation = new PasswordField();
    final Button change = new Button();

    AccountView(AccountService accounts) {
        this.accounts = accounts;
        add(new H1(getTranslation("account.title")));
        CurrentUser user = accounts.currentUser().orElseThrow();
        FormLayout details = new FormLayout();
        details.addFormItem(new Span(user.username()), getTranslation("account.username"));
        details.addFormItem(new Span(user.displayName()), getTranslation("account.displayName"));
        details.addFormItem(new Span(user.roles().stream().sorted()
                .map(r -> getTranslation(r.messageKey())).collect(Collectors.joining(", "))),
                getTranslation("account.roles"));
        add(details);

        add(new H2(getTranslation("security.password.title")));
        current.setLabel(getTranslation("security.password.current"));
        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        newPassword.setLabel(getTranslation("security.password.new"));
        newPassword.setHelperText(getTranslation("security.password.rule", accounts.minPasswordLength()));
        newPassword.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        confirmation.setLabel(getTranslation("security.password.confirmation"));
        confirmation.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        change.setText(getTranslation("security.password.change"));
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(e -> changePassword());
        FormLayout passwordForm = new FormLayout(current, newPassword, confirmation);
        passwordForm.setMaxWidth("40em");
        add(passwordForm, change);
    }

    private void changePassword() {
        for (PasswordField field : new PasswordField[] {current, newPassword, confirmation}) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
        try {
            accounts.changeOwnPassword(current.getValue(), newPassword.getValue(), confirmation.getValue());
            current.clear();
            newPassword.clear();
            confirmation.clear();
            Notification.show(getTranslation("security.password.changed"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (AccountValidationException invalid) {
            PasswordField field = switch (invalid.field()) {
                case "current" -> current;
                case "confirmation" -> confirmation;
                default -> newPassword;
            };
            field.setErrorMessage(getTranslation(invalid.messageKey(), invalid.params()));
            field.setInvalid(true);
            field.focus();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }
}
