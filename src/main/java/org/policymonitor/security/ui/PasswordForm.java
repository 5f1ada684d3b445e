package org.policymonitor.security.ui;

import org.policymonitor.security.AccountService;
import org.policymonitor.security.AccountValidationException;
import org.policymonitor.security.PasswordRules;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * Current password, new password (twice) and the button: the one form where a user sets their own password
 * (My account, and the forced change after a one-time password). Each refusal is shown beside its field; a new
 * password past BCrypt's 72 bytes is flagged while it is typed.
 */
class PasswordForm extends Composite<VerticalLayout> {

    final PasswordField current = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField confirmation = new PasswordField();
    final Button change = new Button();
    private final AccountService accounts;
    private final Runnable changed;

    PasswordForm(AccountService accounts, Runnable changed) {
        this.accounts = accounts;
        this.changed = changed;
        current.setLabel(getTranslation("security.password.current"));
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        newPassword.setLabel(getTranslation("security.password.new"));
        newPassword.setHelperText(getTranslation("security.password.rule", accounts.minPasswordLength()));
        newPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        newPassword.setValueChangeMode(ValueChangeMode.LAZY);
        newPassword.addValueChangeListener(e -> flagTooLong());
        confirmation.setLabel(getTranslation("security.password.confirmation"));
        confirmation.setAutocomplete(Autocomplete.NEW_PASSWORD);
        change.setText(getTranslation("security.password.change"));
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(e -> changePassword());
        FormLayout fields = new FormLayout(current, newPassword, confirmation);
        fields.setMaxWidth("40em");
        getContent().setPadding(false);
        getContent().add(fields, change);
    }

    private void flagTooLong() {
        boolean tooLong = PasswordRules.tooLong(newPassword.getValue());
        newPassword.setErrorMessage(tooLong ? getTranslation("security.password.tooLong", PasswordRules.MAX_BYTES) : null);
        newPassword.setInvalid(tooLong);
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
            changed.run();
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
}
