package org.policymonitor.security.ui;

import java.util.stream.Collectors;

import org.policymonitor.security.AccountService;
import org.policymonitor.security.CurrentUser;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** The signed-in user's own account: who they are and what their roles let them do. */
@Route("account")
@Menu(title = "nav.account", order = 90)
@PermitAll
class AccountView extends VerticalLayout implements HasDynamicTitle {

    AccountView(AccountService accounts) {
        add(new H1(getTranslation("account.title")));
        CurrentUser user = accounts.currentUser().orElseThrow();
        FormLayout details = new FormLayout();
        details.addFormItem(new Span(user.username()), getTranslation("account.username"));
        details.addFormItem(new Span(user.displayName()), getTranslation("account.displayName"));
        details.addFormItem(new Span(user.roles().stream().sorted()
                .map(r -> getTranslation(r.messageKey())).collect(Collectors.joining(", "))),
                getTranslation("account.roles"));
        add(details);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }
}
