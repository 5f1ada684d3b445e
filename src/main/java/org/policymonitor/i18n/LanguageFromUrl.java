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
 * is built, so a shared or bookmarked link opens in the language it was made in. The page's {@code <html lang>}
 * follows the same language (screen readers pick their voice from it): set in the page as it is served and
 * again when a UI starts.
 */
@Component
class LanguageFromUrl implements VaadinServiceInitListener {

    private static final String HTML_LANG = "lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html")
                .attr(HTML_LANG, pageLanguage(response.getVaadinRequest()).getLanguage()));
        event.getSource().addUIInitListener(init -> {
            Locale requested = requestedLanguage(VaadinRequest.getCurrent());
            UI ui = init.getUI();
            if (requested != null) {
                VaadinSession.getCurrent().setLocale(requested);
                ui.setLocale(requested);
            } else if (VaadinSession.getCurrent() != null && VaadinSession.getCurrent().getLocale() != null) {
                ui.setLocale(SupportedLanguages.closest(VaadinSession.getCurrent().getLocale()));
            }
            ui.getPage().executeJs("document.documentElement.lang = $0", ui.getLocale().getLanguage());
        });
    }

    /** The language a page is served in: {@code ?lang=}, else the session's choice, else the browser's. */
    static Locale pageLanguage(VaadinRequest request) {
        Locale requested = requestedLanguage(request);
        if (requested != null) {
            return requested;
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getLocale() != null) {
            return SupportedLanguages.closest(session.getLocale());
        }
        return SupportedLanguages.closest(request == null ? null : request.getLocale());
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
