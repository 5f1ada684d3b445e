package org.policymonitor.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * French typography in every French bundle, as UNESCO's French texts write it: a no-break space before
 * {@code :} and a narrow no-break space before {@code ; ? !}, no-break spaces inside « guillemets », so that a
 * colon never starts a line. Addresses and placeholders are left alone.
 */
class FrenchTypographyTest {

    private static final Pattern LEFT_ALONE = Pattern.compile("https?://\\S+|\\{[^}]*}|<[^>]*>|\\d:\\d");
    private static final Pattern HIGH_PUNCTUATION = Pattern.compile("[:;?!]");

    @Test
    void everyFrenchStringSpacesItsHighPunctuation() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String baseName : TranslationProvider.discoverBaseNames()) {
            Properties french = load(baseName + "_fr.properties");
            for (String key : french.stringPropertyNames()) {
                String value = french.getProperty(key);
                if (!wellSpaced(value)) {
                    wrong.add(baseName + "_fr " + key + " = " + value);
                }
            }
        }
        assertThat(wrong).as("French strings with a plain or missing space before : ; ? ! or inside « »").isEmpty();
    }

    @Test
    void theCheckCatchesEachMistake() {
        assertThat(wellSpaced("Mesures publiées\u00a0: {0}")).isTrue();
        assertThat(wellSpaced("Voir https://example.org/a?b=c à 10:30\u202f!")).isTrue();
        assertThat(wellSpaced("Mesures publiées : {0}")).isFalse();
        assertThat(wellSpaced("Mesures publiées: {0}")).isFalse();
        assertThat(wellSpaced("Envoyer ?")).isFalse();
        assertThat(wellSpaced("« Brouillon »")).isFalse();
        assertThat(wellSpaced("évaluée\u202f?:")).isFalse();
        assertThat(wellSpaced("évaluée\u202f?\u00a0:")).isFalse();
    }

    static boolean wellSpaced(String value) {
        if (value.matches("(?s).*\\?[ \u00a0\u202f]*:.*")) {
            return false;
        }
        String text = LEFT_ALONE.matcher(value).replaceAll(" ");
        Matcher m = HIGH_PUNCTUATION.matcher(text);
        while (m.find()) {
            if (m.start() == 0) {
                continue;
            }
            char before = text.charAt(m.start() - 1);
            boolean colon = m.group().equals(":");
            if (colon ? before != '\u00a0' && before != '\u202f' : before != '\u202f' && before != '\u00a0') {
                return false;
            }
        }
        return !text.matches("(?s).*«[^\u00a0].*") && !text.matches("(?s).*[^\u00a0]».*");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FrenchTypographyTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
