package org.policymonitor.tracking.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Lateness said three ways at once, so it reaches readers who cannot tell colours apart and screen readers:
 * the error colour, a warning icon and words. On time shows the words alone, in the normal colour.
 */
final class LatenessBadge {

    private LatenessBadge() {
    }

    static Span late(String text) {
        Icon icon = VaadinIcon.WARNING.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.getStyle().set("padding", "var(--lumo-space-xs)");
        Span badge = new Span(icon, new Span(text));
        badge.getElement().getThemeList().add("badge error");
        badge.addClassName("late");
        return badge;
    }

    static Span onTime(String text) {
        return new Span(text);
    }
}
