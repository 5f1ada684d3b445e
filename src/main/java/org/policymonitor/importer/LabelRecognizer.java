package org.policymonitor.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the labels of an export: in English, French or Spanish, with or without the trailing colon or
 * no-break space, with the letters of the 2016-2019 form ({@code b.}, {@code c.1.}), in the civil-society
 * variant ("measure/initiative" for "policy/measure"), and with content after the colon on the same line.
 */
final class LabelRecognizer {

    /** A recognised label; {@code civilSocietyVariant} when it used the civil-society wording. */
    record Label(Section section, String inlineContent, boolean civilSocietyVariant) {
    }

    /** "b.", "c.1.", "c.1", "C)", "2." before a label; only taken off when what follows is a label. */
    private static final Pattern LETTERED = Pattern.compile("^(?:[a-zA-Z]|\\d{1,2})(?:\\.\\d{1,2})*[.)]?\\s*(?=\\S)");
    /** The civil-society form's wording, as comparison keys, and the 2020 form's wording it stands for. */
    private static final List<String[]> CIVIL_SOCIETY_WORDING = List.of(
            new String[] {"measure initiative", "policy measure"},
            new String[] {"initiative measure", "policy measure"},
            new String[] {"mesure initiative", "politique mesure"},
            new String[] {"initiative mesure", "politique mesure"},
            new String[] {"medida iniciativa", "politica medida"},
            new String[] {"iniciativa medida", "politica medida"});
    private static final int SHORTEST_CUT_LABEL = 8;

    private LabelRecognizer() {
    }

    static Optional<Label> label(String line) {
        String stripped = Labels.strip(line);
        if (stripped.isEmpty() || stripped.length() > Section.MAX_HEADING_LENGTH + 10) {
            return Optional.empty();
        }
        Optional<Label> plain = unlettered(stripped);
        if (plain.isPresent()) {
            return plain;
        }
        Matcher lettered = LETTERED.matcher(stripped);
        return lettered.find() ? unlettered(stripped.substring(lettered.end())) : Optional.empty();
    }

    private static Optional<Label> unlettered(String text) {
        Optional<Label> whole = whole(text, "");
        if (whole.isPresent()) {
            return whole;
        }
        int colon = text.indexOf(':');
        while (colon > 0 && colon <= Section.MAX_HEADING_LENGTH) {
            Optional<Label> headed = whole(text.substring(0, colon), Labels.strip(text.substring(colon + 1)));
            if (headed.isPresent()) {
                return headed;
            }
            colon = text.indexOf(':', colon + 1);
        }
        return Optional.empty();
    }

    private static Optional<Label> whole(String text, String inline) {
        String key = Labels.key(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Optional<Section> section = Section.byKey(key);
        if (section.isPresent()) {
            return Optional.of(new Label(section.get(), inline, false));
        }
        for (String[] wording : CIVIL_SOCIETY_WORDING) {
            if (key.contains(wording[0])) {
                Optional<Section> variant = Section.byKey(key.replace(wording[0], wording[1]));
                if (variant.isPresent()) {
                    return Optional.of(new Label(variant.get(), inline, true));
                }
            }
        }
        return indicators(key).map(s -> new Label(s, inline, false));
    }

    /** "Indicadores utilizados..." is often exported shortened: its first two words are enough. */
    private static Optional<Section> indicators(String key) {
        for (String heading : Section.INDICATORS.headings) {
            String headingKey = Labels.key(heading);
            String start = headingKey.substring(0, headingKey.indexOf(' ', headingKey.indexOf(' ') + 1));
            if (key.startsWith(start) && headingKey.startsWith(key)) {
                return Optional.of(Section.INDICATORS);
            }
        }
        return Optional.empty();
    }

    /** The label as written, without the letter of the 2016-2019 form. */
    static String withoutLetter(String line) {
        String stripped = Labels.strip(line);
        Matcher lettered = LETTERED.matcher(stripped);
        return lettered.find() && label(stripped.substring(lettered.end())).isPresent()
                ? stripped.substring(lettered.end()) : stripped;
    }

    /** A line that is the beginning of a label and nothing else: what is left when an export is cut off. */
    static boolean isCutOffLabel(String line) {
        String stripped = Labels.strip(line);
        Matcher lettered = LETTERED.matcher(stripped);
        return isLabelStart(Labels.key(stripped))
                || lettered.find() && lettered.end() > 1 && isLabelStart(Labels.key(stripped.substring(lettered.end())));
    }

    private static boolean isLabelStart(String key) {
        if (key.length() < SHORTEST_CUT_LABEL) {
            return false;
        }
        for (String heading : Section.headingKeys()) {
            if (heading.length() > key.length() && heading.startsWith(key)) {
                return true;
            }
        }
        return false;
    }
}
