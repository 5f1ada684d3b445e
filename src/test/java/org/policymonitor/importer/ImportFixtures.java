package org.policymonitor.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

final class ImportFixtures {

    static final MeasureTextParser PARSER = new MeasureTextParser();

    private ImportFixtures() {
    }

    static byte[] bytes(String classpathResource) {
        try (InputStream in = ImportFixtures.class.getResourceAsStream(classpathResource)) {
            assertThat(in).as(classpathResource + " on the classpath").isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParseResult parse(String classpathResource) {
        return PARSER.parse(classpathResource, bytes(classpathResource));
    }

    static ParsedMeasure measure(String classpathResource) {
        ParseResult result = parse(classpathResource);
        assertThat(result.report().errors()).as("errors of " + classpathResource).isEmpty();
        assertThat(result.measure()).as("measure of " + classpathResource).isPresent();
        return result.measure().orElseThrow();
    }

    /** A long text: its start, its end, how many lines and blank lines it keeps, no blank edges. */
    static void assertText(String text, String start, String end, int lines, int blankLines) {
        assertThat(text).startsWith(start).endsWith(end);
        String[] split = text.split("\n", -1);
        assertThat(split).as("lines of " + start).hasSize(lines);
        assertThat(java.util.Arrays.stream(split).filter(String::isBlank).count()).as("blank lines of " + start)
                .isEqualTo(blankLines);
    }
}
