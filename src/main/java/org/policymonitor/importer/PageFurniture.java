package org.policymonitor.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.policymonitor.vocabulary.VocabularyKind;

/**
 * Marks what a copied web page adds around a measure as removed, each kind reported once: navigation words and
 * link captions, a listing heading before the title, spam domain trailers, a label cut off at the end, lone
 * letters left by a cut, trailing characters without text and invisible control characters.
 */
final class PageFurniture {

    /** Comparison keys of whole lines that are navigation or link captions of the platform's pages. */
    private static final Set<String> NAVIGATION = Set.of(
            "secondary tabs", "primary tabs", "main navigation", "skip to main content", "breadcrumb", "menu",
            "read the full report", "read more", "see more", "download", "download the report", "back to top",
            "print", "share", "policies and measures", "policy monitoring platform",
            "lire le rapport complet", "en savoir plus", "telecharger", "politiques et mesures", "onglets secondaires",
            "leer el informe completo", "leer mas", "descargar", "politicas y medidas", "pestanas secundarias");
    private static final Pattern BARE_DOMAIN = Pattern.compile(
            "(?i)(?:[a-z0-9][a-z0-9-]*\\.)+(?:biz|com|net|info|xyz|top|club|online|site|ru|tr|pro|win|bet|io)");
    private static final Pattern LONE_LETTER = Pattern.compile("\\p{L}(?:\\.\\d{0,2})*\\.?");

    private PageFurniture() {
    }

    static void clean(List<Line> lines, ImportVocabulary vocabulary, List<ImportIssue> issues) {
        removeTrailingJunk(lines, issues);
        removeControlCharacters(lines, issues);
        List<String> navigation = new ArrayList<>();
        List<String> spam = new ArrayList<>();
        List<String> lone = new ArrayList<>();
        boolean inBody = false;
        for (Line line : lines) {
            if (line.isBlank() || line.removed()) {
                continue;
            }
            inBody |= LabelRecognizer.label(line.text).isPresent();
            String stripped = line.stripped();
            if (NAVIGATION.contains(Labels.key(stripped))) {
                navigation.add(stripped);
                line.remove();
            } else if (isSpam(stripped)) {
                spam.add(stripped);
                line.remove();
            } else if (inBody && LONE_LETTER.matcher(stripped).matches()) {
                lone.add(stripped);
                line.remove();
            } else {
                String trimmed = withoutSpamTrailer(line.text);
                if (!trimmed.equals(line.text)) {
                    spam.add(Labels.strip(line.text.substring(trimmed.length())));
                    line.text = trimmed;
                }
            }
        }
        removeCutOffLabel(lines, issues);
        removeListingHeading(lines, vocabulary, navigation);
        report(issues, MessageKeys.FURNITURE_REMOVED, navigation);
        report(issues, MessageKeys.SPAM_REMOVED, spam);
        report(issues, MessageKeys.LONE_LETTER_REMOVED, lone);
    }

    private static void report(List<ImportIssue> issues, String key, List<String> texts) {
        if (!texts.isEmpty()) {
            issues.add(ImportIssue.warning(null, key, String.join(" | ", texts)));
        }
    }

    private static boolean isSpam(String text) {
        String[] tokens = text.split("\\s+");
        if (tokens.length < 2) {
            return false;
        }
        for (String token : tokens) {
            if (!BARE_DOMAIN.matcher(token).matches()) {
                return false;
            }
        }
        return true;
    }

    /** The line without two or more bare spam domains glued after its text. */
    private static String withoutSpamTrailer(String text) {
        String[] tokens = text.split(" ");
        int keep = tokens.length;
        while (keep > 0 && BARE_DOMAIN.matcher(tokens[keep - 1].strip()).matches()) {
            keep--;
        }
        if (tokens.length - keep < 2 || keep == 0) {
            return text;
        }
        return Labels.stripTrailingSpace(String.join(" ", java.util.Arrays.copyOf(tokens, keep)));
    }

    private static void removeTrailingJunk(List<Line> lines, List<ImportIssue> issues) {
        List<String> junk = new ArrayList<>();
        for (int i = lines.size() - 1; i >= 0; i--) {
            Line line = lines.get(i);
            if (Labels.hasLetterOrDigit(line.text)) {
                break;
            }
            if (!line.isBlank()) {
                junk.addFirst(visible(line.text));
                line.remove();
            }
        }
        if (!junk.isEmpty()) {
            issues.add(ImportIssue.warning(null, MessageKeys.TRAILING_JUNK, String.join("\n", junk)));
        }
    }

    /** A label cut off at the end of the export (after any spam trailer, itself removed before). */
    private static void removeCutOffLabel(List<Line> lines, List<ImportIssue> issues) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            Line line = lines.get(i);
            if (line.isBlank() || line.removed()) {
                continue;
            }
            if (LabelRecognizer.label(line.text).isEmpty() && LabelRecognizer.isCutOffLabel(line.text)) {
                issues.add(ImportIssue.warning(null, MessageKeys.CUT_OFF_LABEL, line.stripped()));
                line.remove();
            }
            return;
        }
    }

    /** Lines before the title that only name cultural domains or goals: the heading of the listing it was copied from. */
    private static void removeListingHeading(List<Line> lines, ImportVocabulary vocabulary, List<String> removed) {
        for (Line line : lines) {
            if (line.isBlank() || line.removed()) {
                continue;
            }
            String stripped = line.stripped();
            if (LabelRecognizer.label(stripped).isPresent() || !namesOnlyVocabulary(stripped, vocabulary)) {
                return;
            }
            removed.add(stripped);
            line.remove();
        }
    }

    private static boolean namesOnlyVocabulary(String text, ImportVocabulary vocabulary) {
        if (vocabulary.codeOf(VocabularyKind.DOMAIN, text).isPresent()
                || vocabulary.codeOf(VocabularyKind.GOAL, text).isPresent()) {
            return true;
        }
        String[] parts = text.split("\\s*[,;|]\\s*");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (vocabulary.codeOf(VocabularyKind.DOMAIN, part).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static void removeControlCharacters(List<Line> lines, List<ImportIssue> issues) {
        Set<String> removed = new LinkedHashSet<>();
        for (Line line : lines) {
            if (line.removed() || line.text.chars().noneMatch(c -> isControlCharacter((char) c))) {
                continue;
            }
            StringBuilder kept = new StringBuilder(line.text.length());
            for (int k = 0; k < line.text.length(); k++) {
                char c = line.text.charAt(k);
                if (isControlCharacter(c)) {
                    removed.add(visible(String.valueOf(c)));
                } else {
                    kept.append(c);
                }
            }
            line.text = Labels.stripTrailingSpace(kept.toString());
            if (line.isBlank()) {
                line.mark(SourceLine.Role.BLANK, null);
            }
        }
        if (!removed.isEmpty()) {
            issues.add(ImportIssue.warning(null, MessageKeys.CONTROL_CHARACTERS_REMOVED, String.join(" ", removed)));
        }
    }

    private static boolean isControlCharacter(char c) {
        return c != '\t' && (Character.getType(c) == Character.CONTROL || c == '\uFEFF');
    }

    private static String visible(String text) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (isControlCharacter(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
