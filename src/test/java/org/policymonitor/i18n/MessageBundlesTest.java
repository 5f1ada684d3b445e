package org.policymonitor.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policymonitor.measure.MeasureStatus;
import org.policymonitor.security.Role;

/** Every user-facing string exists in English, French and Spanish. */
class MessageBundlesTest {

    private static final Pattern TRANSLATION_CALL =
            Pattern.compile("(?:getTranslation|translate|tr)\\(\\s*(?:[a-zA-Z_.()]+,\\s*)?\"([a-zA-Z0-9_.-]+)\"\\s*[,)]");
    private static final Pattern MENU_TITLE = Pattern.compile("@Menu\\(title\\s*=\\s*\"([a-zA-Z0-9_.-]+)\"");

    static Stream<String> baseNames() {
        return TranslationProvider.discoverBaseNames().stream();
    }

    @ParameterizedTest
    @MethodSource("baseNames")
    void frenchAndSpanishHaveExactlyTheEnglishKeysAndNoneIsBlank(String baseName) throws IOException {
        Properties en = load(baseName + ".properties");
        Properties fr = load(baseName + "_fr.properties");
        Properties es = load(baseName + "_es.properties");
        assertThat(fr.stringPropertyNames()).as(baseName + "_fr keys").isEqualTo(en.stringPropertyNames());
        assertThat(es.stringPropertyNames()).as(baseName + "_es keys").isEqualTo(en.stringPropertyNames());
        for (Properties bundle : new Properties[] {en, fr, es}) {
            bundle.forEach((key, value) -> assertThat(value.toString()).as(baseName + " " + key).isNotBlank());
        }
    }

    /** A key written twice (a merge keeping both sides) silently loses one of its texts. */
    @ParameterizedTest
    @MethodSource("baseNames")
    void noKeyIsWrittenTwice(String baseName) throws IOException {
        for (String file : new String[] {baseName + ".properties", baseName + "_fr.properties", baseName + "_es.properties"}) {
            Set<String> keys = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            boolean continued = false;
            for (String line : Files.readAllLines(Path.of("src/main/resources", file), StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                boolean continuation = continued;
                continued = trimmed.endsWith("\\");
                if (continuation || trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!") || !trimmed.contains("=")) {
                    continue;
                }
                String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
                if (!keys.add(key)) {
                    twice.add(key);
                }
            }
            assertThat(twice).as(file + ": keys written twice").isEmpty();
        }
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Set<String> known = allKeys();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern pattern : new Pattern[] {TRANSLATION_CALL, MENU_TITLE}) {
                    Matcher m = pattern.matcher(source);
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).as("keys found in the code").hasSizeGreaterThan(20);
        assertThat(known).containsAll(used);
    }

    @Test
    void everyEnumShownToUsersHasItsKeys() throws IOException {
        Set<String> known = allKeys();
        for (MeasureStatus status : MeasureStatus.values()) {
            assertThat(known).contains(status.messageKey());
        }
        for (Role role : Role.values()) {
            assertThat(known).contains(role.messageKey());
        }
    }

    @Test
    void theProviderAnswersInEachLanguage() {
        TranslationProvider provider = new TranslationProvider();
        assertThat(provider.getTranslation("nav.home", Locale.ENGLISH)).isEqualTo("Home");
        assertThat(provider.getTranslation("nav.home", Locale.FRENCH)).isEqualTo("Accueil");
        assertThat(provider.getTranslation("nav.home", Locale.of("es"))).isEqualTo("Inicio");
        assertThat(provider.getTranslation("nav.home", Locale.GERMAN)).isEqualTo("Home");
        assertThat(provider.getTranslation("home.publishedCount", Locale.FRENCH, 5)).isEqualTo("Mesures publiées\u00a0: 5");
        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }

    private static Set<String> allKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String baseName : TranslationProvider.discoverBaseNames()) {
            keys.addAll(load(baseName + ".properties").stringPropertyNames());
        }
        return keys;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " exists").isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
