package org.policymonitor.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.policymonitor.vocabulary.VocabularyKind;

/**
 * The title line, without the cultural domains a listing page glues after it ("Fund for labelsMusicPerforming
 * arts"): only labels glued without a space are taken off, so a title that ends with the word "music" stays whole.
 */
final class TitleReader {

    record Title(String text, List<String> gluedDomainCodes) {
    }

    private final List<Map.Entry<String, String>> domainLabels;

    TitleReader(ImportVocabulary vocabulary) {
        List<Map.Entry<String, String>> labels = new ArrayList<>(vocabulary.labels(VocabularyKind.DOMAIN).entrySet());
        labels.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        this.domainLabels = labels;
    }

    Title read(String line) {
        String title = Labels.strip(line);
        List<String> codes = new ArrayList<>();
        String rest = title;
        boolean found = true;
        while (found) {
            found = false;
            for (Map.Entry<String, String> label : domainLabels) {
                String name = label.getKey();
                if (rest.length() > name.length() && rest.endsWith(name) && Character.isUpperCase(name.charAt(0))) {
                    char before = rest.charAt(rest.length() - name.length() - 1);
                    if (Character.isLetterOrDigit(before) || before == ')' || before == '.' || before == ',') {
                        codes.addFirst(label.getValue());
                        rest = rest.substring(0, rest.length() - name.length());
                        found = true;
                        break;
                    }
                }
            }
        }
        if (codes.isEmpty()) {
            return new Title(title, List.of());
        }
        return new Title(Labels.strip(rest.replaceAll("[\\s,;|·-]+$", "")), codes);
    }
}
