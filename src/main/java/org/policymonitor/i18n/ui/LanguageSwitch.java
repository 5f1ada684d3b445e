package org.policymonitor.i18n.ui;

import java.util.Locale;

import org.policymonitor.i18n.SupportedLanguages;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;

/** Switches the whole session to English, French or Spanish and redraws the page in that language. */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch() {
        setItems(SupportedLanguages.ALL);
        setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        setAriaLabel(getTranslation("language.switch"));
        setTooltipText(getTranslation("language.switch"));
        setValue(SupportedLanguages.closest(UI.getCurrent() == null ? null : UI.getCurrent().getLocale()));
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                apply(event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        setWidth("9em");
    }

    public static void apply(Locale locale) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setLocale(locale);
        }
        if (UI.getCurrent() != null) {
            UI.getCurrent().setLocale(locale);
        }
    }
}
