package org.policymonitor.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;

@IntegrationTest
@ViewPackages(packages = "org.policymonitor")
class NavigationTest extends SpringBrowserlessTest {

    private List<String> menu() {
        SideNav nav = $(SideNav.class).single();
        return nav.getItems().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitorsSeeOnlyThePublicPages() {
        navigate(HomeView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Policies and measures under the 2005 Convention");
        assertThat(menu()).containsExactly("Home", "Catalogue", "Periodic reports", "Statistics");
    }

    @Test
    @WithAnonymousUser
    void theSkipLinkLeadsPastTheMenuToThePagesOwnContent() {
        Component view = navigate(HomeView.class);
        Anchor skip = $(Anchor.class).id("skip-to-content");
        assertThat(skip.getText()).isEqualTo("Skip to main content");
        assertThat(skip.getHref()).isEqualTo("#" + view.getId().orElseThrow());
        assertThat(view.getElement().getAttribute("role")).isEqualTo("main");
        assertThat(view.getElement().getAttribute("tabindex")).isEqualTo("-1");
    }

    @Test
    @WithUserDetails("admin")
    void administratorsSeeTheAdministrationPages() {
        navigate("admin/reference-data", Component.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Parties, ministries and reporting cycles");
        assertThat(menu()).containsExactly("Home", "Catalogue", "Periodic reports", "Statistics", "Inbox", "Notifications", "Status board",
                "Cycle deadlines", "Audit trail", "Submitted reports", "Parties and cycles", "Four eyes", "Import", "Users", "Security events", "Backup", "My account");
    }

    @Test
    @WithUserDetails("editor")
    void editorsDoNotSeeOrOpenAdministrationPages() {
        navigate("account", Component.class);
        assertThat(menu()).contains("Home", "My account").doesNotContain("Parties and cycles");
        Object shown;
        try {
            shown = navigate("admin/reference-data", Component.class);
        } catch (IllegalArgumentException | IllegalStateException refused) {
            shown = getCurrentView();
        }
        assertThat(shown.getClass().getSimpleName()).isNotEqualTo("ReferenceDataView");
    }
}
