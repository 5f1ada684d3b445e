package org.policymonitor.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The hostile inputs: the data files under src/test/resources/hostile plus inputs too big or too broken to
 * keep in a file (1 MB strings, strings at their column limit and one beyond, lone surrogates).
 */
final class HostileCorpus {

    static final int ONE_MB = 1024 * 1024;

    private HostileCorpus() {
    }

    /** Every hostile string: the file's entries, then the generated ones. */
    static List<String> strings() {
        List<String> all = new ArrayList<>(lines("strings.txt"));
        all.addAll(generatedStrings());
        return all;
    }

    static List<String> generatedStrings() {
        return List.of("", " ", "x".repeat(499), "x".repeat(500), "x".repeat(501), "é".repeat(500),
                "\uD83C\uDFAD".repeat(250), "\uD83C\uDFAD".repeat(251), "y".repeat(2000), "y".repeat(2001),
                "z".repeat(50_000), "z".repeat(50_001), "w".repeat(200_000), "<script>".repeat(ONE_MB / 8),
                "a".repeat(ONE_MB), "\u0000".repeat(1000), "\uD800", "\uDFFF", "x\uD83C", "\uDFAD\uD83Cx");
    }

    /** The non-comment lines of a corpus file, escapes decoded. */
    static List<String> lines(String file) {
        List<String> entries = new ArrayList<>();
        for (String line : raw(file).split("\n", -1)) {
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            entries.add(unescape(line));
        }
        return entries;
    }

    static String raw(String file) {
        try (InputStream in = HostileCorpus.class.getResourceAsStream("/hostile/" + file)) {
            if (in == null) {
                throw new IllegalStateException("No corpus file " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String file) {
        try (InputStream in = HostileCorpus.class.getResourceAsStream("/hostile/" + file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes backslash n, r, t, backslash and u followed by four hex digits. */
    static String unescape(String line) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\\' || i + 1 >= line.length()) {
                out.append(c);
                continue;
            }
            char next = line.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case '\\' -> out.append('\\');
                case 'u' -> {
                    out.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append('\\').append(next);
            }
        }
        return out.toString();
    }

    /** Control characters other than tab and line breaks, or a surrogate without its pair. */
    static boolean unstorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') {
                return true;
            }
            if (Character.isHighSurrogate(ch) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(ch)) {
                return true;
            }
        }
        return false;
    }

    /** Every key of a module's message bundle (English; MessageBundlesTest checks FR and ES have the same). */
    static Properties bundle(String module) {
        Properties properties = new Properties();
        try (InputStream in = HostileCorpus.class.getResourceAsStream("/i18n/" + module + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    static String shortForm(String input) {
        String shown = input.length() > 60 ? input.substring(0, 60) + "...(" + input.length() + " chars)" : input;
        StringBuilder out = new StringBuilder();
        shown.chars().forEach(c -> out.append(c < 0x20 || Character.isSurrogate((char) c) || c == 0x7F
                ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
