package org.policymonitor.shell.ui;

import org.policymonitor.i18n.ui.LanguageSwitch;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.CurrentUser;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The frame around every view: navigation built from the {@code @Menu} views the signed-in user may
 * open (Vaadin filters the entries by the views' access annotations), the language switch and sign-in/out.
 * Menu titles are message keys.
 */
@Layout
@AnonymousAllowed
@StyleSheet("context://styles/shell.css")
public class MainLayout extends AppLayout implements BeforeEnterObserver {

    private final AuthenticationContext authentication;
    private final AccountService accounts;
    static final String MAIN_CONTENT_ID = "main-content";

    private final SideNav nav = new SideNav();

    MainLayout(AuthenticationContext authentication, AccountService accounts) {
        this.authentication = authentication;
        this.accounts = accounts;
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        Span appName = new Span(getTranslation("app.name"));
        appName.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD);
        appName.addClassName("app-name");

        HorizontalLayout header = new HorizontalLayout(skipLink(), toggle, appName);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.addClassNames(LumoUtility.Padding.End.MEDIUM);
        HorizontalLayout tools = new HorizontalLayout(new LanguageSwitch(), userArea());
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        tools.addClassName("header-tools");
        header.addToEnd(tools);
        header.getElement().setAttribute("role", "banner");
        addToNavbar(header);

        nav.setLabel(getTranslation("nav.label"));
        addToDrawer(nav);
    }

    /** The first stop of the keyboard: jumps over the header and the menu to the page's own content. */
    private Anchor skipLink() {
        Anchor skip = new Anchor("#" + MAIN_CONTENT_ID, getTranslation("nav.skipToContent"));
        skip.setId("skip-to-content");
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        return skip;
    }

    private com.vaadin.flow.component.Component userArea() {
        if (!authentication.isAuthenticated()) {
            Button signIn = new Button(getTranslation("nav.signIn"),
                    e -> getUI().ifPresent(ui -> ui.navigate("login")));
            signIn.addThemeVariants(ButtonVariant.PRIMARY);
            return signIn;
        }
        String name = accounts.currentUser().map(CurrentUser::displayName)
                .orElseGet(() -> authentication.getPrincipalName().orElse(""));
        Button signOut = new Button(getTranslation("nav.signOut"), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        signOut.setId("sign-out");
        HorizontalLayout area = new HorizontalLayout(new Span(name), signOut);
        area.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return area;
    }

    /**
     * The routed view is the page's main landmark (axe-core: landmark-one-main, region) and the skip link's
     * target; {@code tabindex=-1} lets the link move the keyboard focus there, not only scroll.
     */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
            content.getElement().setAttribute("id", MAIN_CONTENT_ID);
            content.getElement().setAttribute("tabindex", "-1");
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        nav.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path()));
        }
    }
}
