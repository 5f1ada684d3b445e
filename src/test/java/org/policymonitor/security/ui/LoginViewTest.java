package org.policymonitor.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import java.time.Duration;

import org.policymonitor.IntegrationTest;
import org.policymonitor.security.SecuritySettings;
import org.policymonitor.security.SingleSignOn;
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

    @org.springframework.beans.factory.annotation.Autowired
    SingleSignOn singleSignOn;

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
    void otherFailuresKeepTheUsualMessageWithTheConfiguredLockout() {
        LoginView view = open("login?error", new BadCredentialsException("bad"));
        assertThat(view.i18n.getErrorMessage().getTitle()).isEqualTo("Sign-in failed");
        assertThat(view.i18n.getErrorMessage().getMessage()).isEqualTo("Check your username and password and try again. "
                + "After 5 failed attempts the account is locked for 15 minutes.");

        SecuritySettings stricter = new SecuritySettings(3, Duration.ofHours(1), 20, Duration.ofMinutes(15), 10,
                Duration.ofDays(7), new SecuritySettings.Oidc(false));
        LoginView configured = new LoginView(singleSignOn, stricter);
        assertThat(configured.i18n.getErrorMessage().getMessage()).isEqualTo("Check your username and password and "
                + "try again. After 3 failed attempts the account is locked for 60 minutes.");
        UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        assertThat(new LoginView(singleSignOn, stricter).i18n.getErrorMessage().getMessage())
                .contains("nom d'utilisateur").contains("Après 3 échecs").contains("pendant 60 minutes");
    }
}
