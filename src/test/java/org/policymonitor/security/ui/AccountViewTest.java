package org.policymonitor.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.util.AopTestUtils;

import com.vaadin.browserless.SpringBrowserlessTest;
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
}
