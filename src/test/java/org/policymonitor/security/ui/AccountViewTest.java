package org.policymonitor.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policymonitor.IntegrationTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.util.AopTestUtils;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.browserless.ViewPackages;

@IntegrationTest
@ViewPackages(packages = "org.policymonitor")
class AccountViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("editor")
    void passwordProblemsShowBesideTheField() {
        AccountView view = AopTestUtils.getTargetObject(navigate("account", AccountView.class));
        assertThat(view.newPassword.getHelperText()).isEqualTo("At least 10 characters.");

        view.current.setValue("wrong-current");
        view.newPassword.setValue("a-new-password");
        view.confirmation.setValue("a-new-password");
        test(view.change).click();
        assertThat(view.current.isInvalid()).isTrue();
        assertThat(view.current.getErrorMessage()).isEqualTo("The current password is not correct.");

        view.current.setValue("demo-editor");
        view.newPassword.setValue("short");
        view.confirmation.setValue("short");
        test(view.change).click();
        assertThat(view.current.isInvalid()).isFalse();
        assertThat(view.newPassword.getErrorMessage()).isEqualTo("The new password needs at least 10 characters.");

        view.newPassword.setValue("a-new-password");
        view.confirmation.setValue("another-password");
        test(view.change).click();
        assertThat(view.confirmation.isInvalid()).isTrue();
        assertThat(view.confirmation.getErrorMessage()).isEqualTo("The two new passwords are not the same.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|A password may have at most 72 bytes: 72 plain letters or digits, fewer with accented letters or other scripts.",
            "fr|Un mot de passe peut compter au plus 72\u00a0octets\u00a0: 72\u00a0lettres sans accent ou chiffres, moins avec des lettres accentuées ou d'autres écritures.",
            "es|Una contraseña puede tener como máximo 72 bytes: 72 letras sin acento o cifras, menos con letras acentuadas u otras escrituras."})
    @WithUserDetails("editor")
    void aPasswordPastSeventyTwoBytesIsFlaggedBesideTheFieldAsItIsTyped(String language, String message) {
        UI.getCurrent().setLocale(Locale.forLanguageTag(language));
        AccountView view = AopTestUtils.getTargetObject(navigate("account", AccountView.class));
        view.newPassword.setValue("é".repeat(37)); // 37 characters, 74 bytes
        assertThat(view.newPassword.isInvalid()).isTrue();
        assertThat(view.newPassword.getErrorMessage()).isEqualTo(message);
        view.newPassword.setValue("é".repeat(36));
        assertThat(view.newPassword.isInvalid()).isFalse();

        // and on submit, if it got there
        view.current.setValue("demo-editor");
        view.newPassword.setValue("x".repeat(73));
        view.confirmation.setValue("x".repeat(73));
        test(view.change).click();
        assertThat(view.newPassword.getErrorMessage()).isEqualTo(message);
    }
}
