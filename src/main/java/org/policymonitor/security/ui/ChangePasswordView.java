package org.policymonitor.security.ui;

import org.policymonitor.i18n.ui.LanguageSwitch;
import org.policymonitor.security.AccountService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/**
 * Where a user who signed in with a one-time password (invitation, reset, setup) lands, from any page, until
 * they have chosen their own password. Without the menu: nothing else opens before that.
 */
@Route(value = "change-password", autoLayout = false)
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    final PasswordForm form;

    ChangePasswordView(AccountService accounts, AuthenticationContext authentication) {
        getElement().setAttribute("role", "main");
        setMaxWidth("44em");
        form = new PasswordForm(accounts, () -> {
            Notification.show(getTranslation("security.password.changed"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate("");
        });
        Button signOut = new Button(getTranslation("nav.signOut"), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new LanguageSwitch(), new H1(getTranslation("security.changePassword.title")),
                new Paragraph(getTranslation("security.changePassword.intro")), form, signOut);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.changePassword.title") + " | " + getTranslation("app.name");
    }
}
