package org.policymonitor.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.web.WebAttributes;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;

/** The sign-in page says why a sign-in was refused: expired one-time password, throttled address, or the usual. */
@IntegrationTest
@ViewPackages(packages = "org.policymonitor")
class LoginViewTest extends SpringBrowserlessTest {

    private LoginView open(String location, Exception reason) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, reason);
        String[] parts = location.split("\\?");
        UI.getCurrent().navigate(parts[0], QueryParameters.simple(java.util.Map.of(parts[1], "")));
        return (LoginView) UI.getCurrent().getCurrentView();
    }

    @Test
    void anExpiredOneTimePasswordIsNamed() {
        LoginView view = open("login?error", new CredentialsExpiredException("expired"));
        assertThat(view.login.isError()).isTrue();
        assertThat(view.i18n.getErrorMessage().getTitle()).isEqualTo("One-time password expired");
        assertThat(view.i18n.getErrorMessage().getMessage())
                .isEqualTo("This one-time password has expired. Ask an administrator for a new one.");
    }

    @Test
    void aThrottledAddressIsToldHowLongToWait() {
        LoginView view = open("login?throttled", null);
        assertThat(view.login.isError()).isTrue();
        assertThat(view.i18n.getErrorMessage().getMessage())
                .isEqualTo("Too many failed sign-ins came from your network. Try again in 15 minutes.");
    }

    @Test
    void otherFailuresKeepTheUsualMessage() {
        LoginView view = open("login?error", new BadCredentialsException("bad"));
        assertThat(view.i18n.getErrorMessage().getTitle()).isEqualTo("Sign-in failed");
    }
}
