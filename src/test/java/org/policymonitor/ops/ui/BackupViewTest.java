package org.policymonitor.ops.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;

@IntegrationTest
@ViewPackages(packages = "org.policymonitor")
class BackupViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("admin")
    void anAdministratorGetsADownloadLink() {
        navigate("admin/backup", Component.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Backup of the database");
        Anchor link = $(Anchor.class).withText("Download a backup now").single();
        assertThat(link.getHref()).isNotBlank();
        assertThat(link.getElement().hasAttribute("download")).isTrue();
    }

    @Test
    @WithUserDetails("editor")
    void anEditorIsNotLetIn() {
        Object shown;
        try {
            shown = navigate("admin/backup", Component.class);
        } catch (IllegalArgumentException | IllegalStateException refused) {
            shown = getCurrentView();
        }
        assertThat(shown.getClass().getSimpleName()).doesNotStartWith("BackupView");
        assertThat($(Anchor.class).withText("Download a backup now").all()).isEmpty();
    }
}
