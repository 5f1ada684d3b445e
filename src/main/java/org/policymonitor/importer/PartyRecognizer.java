package org.policymonitor.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises a Party line ("Costa Rica", "Chequia (República Checa)", "République de Corée", "European Union")
 * as an ISO 3166 code: the country names Java knows in English, French and Spanish, plus the official and
 * older names of {@code importer/party-names.csv}. Matching ignores case, accents and punctuation; a name with
 * a parenthesis also matches by the part outside or inside it.
 */
final class PartyRecognizer {

    static final String RESOURCE = "importer/party-names.csv";
    private static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es")};

    private final Map<String, String> isoByKey;

    private PartyRecognizer(Map<String, String> isoByKey) {
        this.isoByKey = isoByKey;
    }

    static PartyRecognizer load() {
        Map<String, String> keys = new HashMap<>();
        for (String iso : Locale.getISOCountries()) {
            Locale country = Locale.of("", iso);
            for (Locale language : LANGUAGES) {
                keys.putIfAbsent(Labels.key(country.getDisplayCountry(language)), iso);
            }
        }
        try (InputStream in = PartyRecognizer.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int separator = line.indexOf(';');
                if (separator == 2 && !line.startsWith("#")) {
                    keys.put(Labels.key(line.substring(separator + 1)), line.substring(0, separator));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PartyRecognizer(keys);
    }

    /** The ISO code of the Party the whole line names, if it names one. */
    Optional<String> isoOf(String line) {
        String text = Labels.strip(line);
        if (text.isEmpty() || text.length() > 80) {
            return Optional.empty();
        }
        String iso = isoByKey.get(Labels.key(text));
        int open = text.indexOf('(');
        int close = text.lastIndexOf(')');
        if (iso == null && open > 0 && close > open) {
            String outside = isoByKey.get(Labels.key(text.substring(0, open)));
            String inside = isoByKey.get(Labels.key(text.substring(open + 1, close)));
            iso = outside != null ? outside : inside;
        }
        return Optional.ofNullable(iso);
    }
}
