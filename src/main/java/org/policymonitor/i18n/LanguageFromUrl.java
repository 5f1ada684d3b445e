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
        String location = request.getParameter("location");
        if (location == null) {
            return null;
        }
        String decoded = URLDecoder.decode(location, StandardCharsets.UTF_8);
        int query = decoded.indexOf('?');
        if (query < 0) {
            return null;
        }
        for (String pair : decoded.substring(query + 1).split("&")) {
            if (pair.startsWith("lang=")) {
                return SupportedLanguages.fromTag(pair.substring("lang=".length()));
            }
        }
        return null;
    }
}
