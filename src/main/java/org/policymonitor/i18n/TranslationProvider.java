package org.policymonitor.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Serves every user-facing string from the bundles under {@code i18n/}: one base bundle per feature
 * ({@code i18n/messages.properties}, {@code i18n/importer.properties}, ...) with {@code _fr} and
 * {@code _es} siblings. Keys are unique across bundles. A missing key shows as {@code !key!} and is
 * caught by {@code MessageBundlesTest}.
 */
@Component
public class TranslationProvider implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final List<String> baseNames;

    public TranslationProvider() {
        this.baseNames = List.copyOf(discoverBaseNames());
    }

    /** Base names of all bundles found under {@code i18n/} on the classpath, e.g. {@code i18n/messages}. */
    public static Set<String> discoverBaseNames() {
        try {
            Set<String> names = new TreeSet<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
                String file = resource.getFilename();
                if (file != null && !file.matches(".*_[a-z]{2}\\.properties")) {
                    names.add("i18n/" + file.substring(0, file.length() - ".properties".length()));
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return SupportedLanguages.ALL;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = SupportedLanguages.closest(locale);
        for (String baseName : baseNames) {
            ResourceBundle bundle = bundle(baseName, language);
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, language).format(params);
            }
        }
        log.warn("Missing translation key '{}' for {}", key, language);
        return "!" + key + "!";
    }

    public String translate(Locale locale, String key, Object... params) {
        return getTranslation(key, locale, params);
    }

    private static ResourceBundle bundle(String baseName, Locale locale) {
        try {
            return ResourceBundle.getBundle(baseName, locale.getLanguage().equals("en") ? Locale.ROOT : locale, NO_FALLBACK);
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle(baseName, Locale.ROOT, NO_FALLBACK);
        }
    }
}
