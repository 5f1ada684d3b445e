package org.policymonitor.security.ui;

import java.util.stream.Collectors;

import org.policymonitor.security.AccountService;
import org.policymonitor.security.CurrentUser;

import com.vaadin.flow.component.button.Button;
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

    final PasswordForm passwordForm;
    final PasswordField current;
    final PasswordField newPassword;
    final PasswordField confirmation;
    final Button change;

    AccountView(AccountService accounts) {
        passwordForm = new PasswordForm(accounts, () -> Notification.show(getTranslation("security.password.changed"),
                5000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS));
        current = passwordForm.current;
        newPassword = passwordForm.newPassword;
        confirmation = passwordForm.confirmation;
        change = passwordForm.change;
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
        add(passwordForm);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }
}
