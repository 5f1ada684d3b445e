package org.policymonitor.shell.ui;

import org.policymonitor.measure.MeasureService;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Public landing page, reachable without signing in. */
@Route("")
@Menu(title = "nav.home", order = 0)
@AnonymousAllowed
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(MeasureService measures) {
        setMaxWidth("60em");
        add(new H1(getTranslation("home.title")));
        add(new Paragraph(getTranslation("home.intro")));
        add(new Paragraph(getTranslation("home.publishedCount", measures.publishedCount())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
