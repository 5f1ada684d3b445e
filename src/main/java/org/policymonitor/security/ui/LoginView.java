package org.policymonitor.security.ui;

import org.policymonitor.i18n.ui.LanguageSwitch;
import org.policymonitor.security.SecuritySettings;
import org.policymonitor.security.SingleSignOn;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.web.WebAttributes;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm login = new LoginForm();
    final LoginI18n i18n = LoginI18n.createDefault();
    private final SecuritySettings settings;

    public LoginView(SingleSignOn singleSignOn, SecuritySettings settings) {
        this.settings = settings;
        addClassName("login-view");
        getElement().setAttribute("role", "main");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgotPassword"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message", lockoutParameters()));
        login.setI18n(i18n);
        login.setForgotPasswordButtonVisible(false);
        login.setAction("login");

        H1 title = new H1(getTranslation("app.name"));
        add(new LanguageSwitch(), title, login);
        for (SingleSignOn.Provider provider : singleSignOn.providers()) {
            Anchor sso = new Anchor(provider.url(), getTranslation("security.login.sso", provider.name()));
            // a full page load: the redirect to the identity provider is not a Vaadin route
            sso.setRouterIgnore(true);
            sso.addClassName("sso-link");
            add(sso);
        }
        add(new Anchor("", getTranslation("login.backToPublic")));
    }

    /**
     * {@code ?error} after a refused sign-in, with the reason Spring Security kept in the session for this page;
     * {@code ?throttled} when this address failed too often.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("throttled")) {
            showError("security.login.throttled.title", "security.login.throttled.message",
                    Math.max(1, settings.addressWindow().toMinutes()));
        } else if (parameters.containsKey("error")) {
            Object reason = VaadinSession.getCurrent() == null ? null
                    : VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (reason instanceof CredentialsExpiredException) {
                showError("security.login.expired.title", "security.login.expired.message");
            } else {
                showError("login.error.title", "login.error.message", lockoutParameters());
            }
        }
    }

    /** The configured lockout, as the message states it: after {0} failures, locked for {1} minutes. */
    private Object[] lockoutParameters() {
        return new Object[] {settings.maxFailedSignIns(), Math.max(1, settings.lockoutDuration().toMinutes())};
    }

    private void showError(String title, String message, Object... params) {
        i18n.getErrorMessage().setTitle(getTranslation(title));
        i18n.getErrorMessage().setMessage(getTranslation(message, params));
        login.setI18n(i18n);
        login.setError(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.name");
    }
}
