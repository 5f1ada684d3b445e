package org.policymonitor.security.ui;

import org.policymonitor.security.ScopeGuard;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A signed-in user opened a page their roles do not allow (e.g. an administration page by its address): the
 * attempt is logged and the user sees a plain refusal.
 */
@AnonymousAllowed
class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    private final ScopeGuard guard;

    AccessDeniedView(ScopeGuard guard) {
        this.guard = guard;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        guard.denied("page for other roles"); // the guard adds the route
        removeAll();
        add(new H1(getTranslation("security.denied.title")),
                new Paragraph(getTranslation("security.denied.page")),
                new Anchor("", getTranslation("security.denied.home")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
