package org.policymonitor.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.policymonitor.vocabulary.VocabularyKind;

/**
 * Reads the partner table under its label: name and type of entity on alternate lines (the platform's text
 * export), or as rows of a table drawn with pipes or box-drawing characters; the header may be glued, split over
 * two lines or lack the type column. A row without a name, without a type or with a sentence for a name is kept
 * and reported.
 */
final class PartnerTableReader {

    private static final Set<String> HEADER_KEYS = Set.of(
            Labels.compactKey("Name of partner"), Labels.compactKey("Type of entity"),
            Labels.compactKey("Nom du partenaire"), Labels.compactKey("Type d'entité"),
            Labels.compactKey("Nombre del socio"), Labels.compactKey("Tipo de entidad"),
            Labels.compactKey("Name of partnerType of entity"),
            Labels.compactKey("Nom du partenaireType d'entité"),
            Labels.compactKey("Nombre del socioTipo de entidad"),
            Labels.compactKey("Name"), Labels.compactKey("Type"), Labels.compactKey("Nom"), Labels.compactKey("Nombre"),
            Labels.compactKey("Tipo"));
    private static final Pattern CELL_SEPARATOR = Pattern.compile("\\s*[|│┃║]\\s*|\\t+|\\s{3,}");
    private static final Pattern RULE = Pattern.compile("[\\s|│┃║─━═┄┈+\\-=:┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╭╮╯╰]*");
    private static final int SENTENCE_WORDS = 14;

    private final ImportVocabulary vocabulary;

    PartnerTableReader(ImportVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<ParsedPartner> read(List<Line> lines, List<ImportIssue> issues) {
        List<ParsedPartner> partners = new ArrayList<>();
        String pendingName = null;
        for (Line line : lines) {
            if (line.isBlank() || line.removed()) {
                continue;
            }
            String text = line.stripped();
            if (RULE.matcher(text).matches()) {
                line.remove();
                continue;
            }
            List<String> cells = cells(text);
            if (cells.stream().allMatch(cell -> cell.isEmpty() || HEADER_KEYS.contains(Labels.compactKey(cell)))) {
                line.mark(SourceLine.Role.LABEL, "partners");
                continue;
            }
            line.mark(SourceLine.Role.CONTENT, "partners");
            if (cells.size() >= 2) {
                if (pendingName != null) {
                    partners.add(withoutType(pendingName, issues));
                    pendingName = null;
                }
                partners.add(row(cells.get(0), String.join(" ", cells.subList(1, cells.size())), issues));
                continue;
            }
            String cell = cells.getFirst();
            Optional<String> type = vocabulary.codeOf(VocabularyKind.ENTITY_TYPE, cell);
            if (type.isPresent()) {
                if (pendingName == null) {
                    issues.add(ImportIssue.warning("partners", MessageKeys.PARTNER_WITHOUT_NAME, cell));
                }
                partners.add(new ParsedPartner(pendingName, type.get()));
                pendingName = null;
            } else {
                if (pendingName != null) {
                    partners.add(withoutType(pendingName, issues));
                }
                pendingName = named(cell, issues);
            }
        }
        if (pendingName != null) {
            partners.add(withoutType(pendingName, issues));
        }
        return partners;
    }

    private ParsedPartner row(String name, String typeText, List<ImportIssue> issues) {
        Optional<String> type = typeText.isEmpty() ? Optional.empty()
                : vocabulary.codeOf(VocabularyKind.ENTITY_TYPE, typeText);
        if (name.isEmpty()) {
            issues.add(ImportIssue.warning("partners", MessageKeys.PARTNER_WITHOUT_NAME, typeText));
            return new ParsedPartner(null, type.orElse(null));
        }
        String checked = named(name, issues);
        if (type.isEmpty()) {
            if (!typeText.isEmpty()) {
                issues.add(ImportIssue.warning("partners", MessageKeys.UNKNOWN_VOCABULARY, typeText));
            }
            return withoutType(checked, issues);
        }
        return new ParsedPartner(checked, type.get());
    }

    private static String named(String name, List<ImportIssue> issues) {
        boolean sentence = name.split("\\s+").length >= SENTENCE_WORDS
                || (name.endsWith(".") && name.split("\\s+").length > 5 && !name.endsWith(" Inc.")
                        && !name.endsWith(" Ltd."));
        if (sentence) {
            issues.add(ImportIssue.warning("partners", MessageKeys.PARTNER_NAME_IS_SENTENCE, name));
        }
        return name;
    }

    private static ParsedPartner withoutType(String name, List<ImportIssue> issues) {
        issues.add(ImportIssue.warning("partners", MessageKeys.PARTNER_WITHOUT_TYPE, name));
        return new ParsedPartner(name, null);
    }

    private static List<String> cells(String text) {
        String inner = text;
        if (!inner.isEmpty() && "|│┃║".indexOf(inner.charAt(0)) >= 0) {
            inner = inner.substring(1);
        }
        if (!inner.isEmpty() && "|│┃║".indexOf(inner.charAt(inner.length() - 1)) >= 0) {
            inner = inner.substring(0, inner.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        for (String cell : CELL_SEPARATOR.split(inner, -1)) {
            cells.add(Labels.strip(cell));
        }
        if (cells.size() > 1 && cells.getLast().isEmpty() && !text.matches(".*[|│┃║]\\s*[|│┃║]\\s*$")) {
            cells.removeLast();
        }
        return cells;
    }
}
