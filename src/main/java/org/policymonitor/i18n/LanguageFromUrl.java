package org.policymonitor.i18n;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

/**
 * {@code ?lang=fr} (or {@code es}, {@code en}) on any page sets the session's language before the first view
 * is built, so a shared or bookmarked link opens in the language it was made in.
 */
@Component
class LanguageFromUrl implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            Locale requested = requestedLanguage(VaadinRequest.getCurrent());
            UI ui = init.getUI();
            if (requested != null) {
                VaadinSession.getCurrent().setLocale(requested);
                ui.setLocale(requested);
            } else if (VaadinSession.getCurrent() != null && VaadinSession.getCurrent().getLocale() != null) {
                ui.setLocale(SupportedLanguages.closest(VaadinSession.getCurrent().getLocale()));
            }
        });
    }

    static Locale requestedLanguage(VaadinRequest request) {
        if (request == null) {
            return null;
        }
        String direct = request.getParameter("lang");
        if (direct != null) {
            return SupportedLanguages.fromTag(direct);
        }
        // The client's init request carries the page's query string in "query" (and sometimes in "location").
        String query = request.getParameter("query");
        if (query == null) {
            String location = request.getParameter("location");
            int start = location == null ? -1 : location.indexOf('?');
            query = start < 0 ? null : location.substring(start + 1);
        }
        if (query == null) {
            return null;
        }
        for (String pair : URLDecoder.decode(query, StandardCharsets.UTF_8).split("&")) {
            if (pair.startsWith("lang=")) {
                return SupportedLanguages.fromTag(pair.substring("lang=".length()));
            }
        }
        return null;
    }
}
