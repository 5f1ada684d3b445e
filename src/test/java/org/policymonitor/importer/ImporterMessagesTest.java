package org.policymonitor.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImporterMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"i18n/importer.properties", "i18n/importer_fr.properties", "i18n/importer_es.properties"})
    void everyIssueKeyIsTranslated(String bundle) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
            assertThat(in).as(bundle).isNotNull();
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        assertThat(messages.stringPropertyNames()).isEqualTo(issueKeys());
        messages.forEach((key, text) -> assertThat(text.toString()).as(bundle + " " + key).isNotBlank());
    }

    private static Set<String> issueKeys() {
        return Arrays.stream(MessageKeys.class.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(ImporterMessagesTest::value)
                .collect(Collectors.toSet());
    }

    private static String value(Field field) {
        try {
            field.setAccessible(true);
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
