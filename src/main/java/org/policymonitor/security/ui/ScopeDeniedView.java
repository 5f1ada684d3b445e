package org.policymonitor.security.ui;

import org.policymonitor.security.ScopeAccessDeniedException;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A view or service refused an object of another scope or a service call (Spring's AccessDeniedException while
 * a page was being opened). The refusal was logged where it was thrown; this shows the translated reason.
 */
@AnonymousAllowed
class ScopeDeniedView extends VerticalLayout
        implements HasErrorParameter<org.springframework.security.access.AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event,
            ErrorParameter<org.springframework.security.access.AccessDeniedException> parameter) {
        removeAll();
        String reason = parameter.getCaughtException() instanceof ScopeAccessDeniedException scoped
                ? getTranslation(scoped.messageKey())
                : getTranslation("security.denied.object");
        add(new H1(getTranslation("security.denied.title")), new Paragraph(reason),
                new Anchor("", getTranslation("security.denied.home")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
