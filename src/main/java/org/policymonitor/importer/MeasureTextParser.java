package org.policymonitor.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.policymonitor.vocabulary.VocabularyKind;

/**
 * Reads one plain-text measure export (2020+ or 2012-2019 form, headings in English, French or Spanish) into a
 * {@link ParsedMeasure}, reporting in an {@link ImportReport} everything it repaired, guessed or could not place.
 * Thread-safe.
 */
public final class MeasureTextParser {

    private static final List<String> PARTNER_TABLE_HEADERS = List.of(
            Labels.compactKey("Name of partner" + "Type of entity"),
            Labels.compactKey("Nom du partenaire" + "Type d'entité"),
            Labels.compactKey("Nombre del socio" + "Tipo de entidad"));
    private static final Map<String, Evaluated> ANSWERS = Map.of(
            "yes", Evaluated.YES, "oui", Evaluated.YES, "si", Evaluated.YES,
            "no", Evaluated.NO, "non", Evaluated.NO);

    private final ImportVocabulary vocabulary;

    public MeasureTextParser() {
        this(ImportVocabulary.load());
    }

    public MeasureTextParser(ImportVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public ParseResult parse(String sourceName, byte[] content) {
        TextDecoder.Decoded decoded = TextDecoder.decode(content);
        List<ImportIssue> issues = new ArrayList<>(decoded.issues());
        if (decoded.text() == null) {
            return new ParseResult(Optional.empty(), new ImportReport(sourceName, null, Set.of(), issues));
        }
        List<String> lines = cleanLines(decoded.text(), issues);
        Draft draft = new Draft(sourceName);
        readStructure(lines, draft, issues);
        ParsedMeasure measure = draft.toMeasure();
        return new ParseResult(Optional.of(measure),
                new ImportReport(sourceName, decoded.encoding(), filledFields(measure), issues));
    }

    private static List<String> cleanLines(String text, List<ImportIssue> issues) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lines.add(Labels.stripTrailingSpace(text.substring(start, end)));
            start = end + 1;
        }
        removeTrailingJunk(lines, issues);
        removeControlCharacters(lines, issues);
        return lines;
    }

    private static void removeTrailingJunk(List<String> lines, List<ImportIssue> issues) {
        List<String> junk = new ArrayList<>();
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (Labels.hasLetterOrDigit(line)) {
                break;
            }
            if (!Labels.isBlank(line)) {
                junk.addFirst(visible(line));
            }
            lines.remove(i);
        }
        if (!junk.isEmpty()) {
            issues.add(ImportIssue.warning(null, MessageKeys.TRAILING_JUNK, String.join("\n", junk)));
        }
    }

    private static void removeControlCharacters(List<String> lines, List<ImportIssue> issues) {
        Set<String> removed = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!hasControlCharacter(line)) {
                continue;
            }
            StringBuilder kept = new StringBuilder(line.length());
            for (int k = 0; k < line.length(); k++) {
                char c = line.charAt(k);
                if (isControlCharacter(c)) {
                    removed.add(visible(String.valueOf(c)));
                } else {
                    kept.append(c);
                }
            }
            lines.set(i, Labels.stripTrailingSpace(kept.toString()));
        }
        if (!removed.isEmpty()) {
            issues.add(ImportIssue.warning(null, MessageKeys.CONTROL_CHARACTERS_REMOVED, String.join(" ", removed)));
        }
    }

    private static boolean hasControlCharacter(String line) {
        for (int k = 0; k < line.length(); k++) {
            if (isControlCharacter(line.charAt(k))) {
                return true;
            }
        }
        return false;
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

    private record Heading(Section section, String inlineContent) {
    }

    private record Block(Section section, String heading, List<String> lines) {
    }

    private static Optional<Heading> heading(String line) {
        String stripped = Labels.strip(line);
        Optional<Section> whole = Section.headed(stripped);
        if (whole.isPresent()) {
            return Optional.of(new Heading(whole.get(), ""));
        }
        int colon = stripped.indexOf(':');
        if (colon > 0 && colon <= Section.MAX_HEADING_LENGTH) {
            return Section.headed(stripped.substring(0, colon))
                    .map(section -> new Heading(section, Labels.strip(stripped.substring(colon + 1))));
        }
        return Optional.empty();
    }

    private void readStructure(List<String> lines, Draft draft, List<ImportIssue> issues) {
        int index = 0;
        while (index < lines.size() && Labels.isBlank(lines.get(index))) {
            index++;
        }
        if (index < lines.size() && heading(lines.get(index)).isEmpty()) {
            draft.title = Labels.strip(lines.get(index));
            index++;
        }
        List<String> beforeFirstHeading = new ArrayList<>();
        while (index < lines.size() && heading(lines.get(index)).isEmpty()) {
            if (!Labels.isBlank(lines.get(index))) {
                beforeFirstHeading.add(Labels.strip(lines.get(index)));
            }
            index++;
        }
        Map<Section, Block> blocks = new EnumMap<>(Section.class);
        List<Section> order = new ArrayList<>();
        Block current = null;
        for (; index < lines.size(); index++) {
            String line = lines.get(index);
            Optional<Heading> heading = heading(line);
            if (heading.isEmpty()) {
                current.lines().add(line);
                continue;
            }
            Section section = heading.get().section();
            current = blocks.get(section);
            if (current == null) {
                current = new Block(section, Labels.strip(line), new ArrayList<>());
                blocks.put(section, current);
                order.add(section);
            } else {
                issues.add(ImportIssue.warning(section.field, MessageKeys.DUPLICATE_SECTION, Labels.strip(line)));
                current.lines().add("");
            }
            if (!heading.get().inlineContent().isEmpty()) {
                current.lines().add(heading.get().inlineContent());
            }
        }
        if (order.isEmpty()) {
            issues.add(ImportIssue.warning(null, MessageKeys.NO_SECTIONS, null));
            if (!beforeFirstHeading.isEmpty()) {
                issues.add(ImportIssue.warning(null, MessageKeys.UNPLACED_TEXT, String.join("\n", beforeFirstHeading)));
            }
        } else {
            draft.agencies.addAll(beforeFirstHeading);
        }
        if (draft.title == null) {
            issues.add(ImportIssue.warning("title", MessageKeys.MISSING_TITLE, null));
        }
        if (draft.agencies.isEmpty()) {
            issues.add(ImportIssue.warning("agencies", MessageKeys.MISSING_AGENCY, null));
        }
        for (Section section : order) {
            readSection(blocks.get(section), draft, issues);
        }
        draft.formVersion = formVersion(order, issues);
        if (draft.texts.containsKey(Section.CONCLUSIONS) && draft.evaluated != Evaluated.YES) {
            issues.add(ImportIssue.warning("conclusions", MessageKeys.CONCLUSIONS_WITHOUT_YES, draft.evaluated.name()));
        }
    }

    private static FormVersion formVersion(List<Section> sections, List<ImportIssue> issues) {
        int form2020 = 0;
        int form2012 = 0;
        for (Section section : sections) {
            if (section.marksForm == FormVersion.FORM_2020) {
                form2020++;
            } else if (section.marksForm == FormVersion.FORM_2012) {
                form2012++;
            }
        }
        if (form2020 > 0 && form2012 > 0) {
            issues.add(ImportIssue.warning("formVersion", MessageKeys.MIXED_FORM_VERSIONS,
                    FormVersion.FORM_2020 + ": " + form2020 + ", " + FormVersion.FORM_2012 + ": " + form2012));
        }
        return form2012 > form2020 ? FormVersion.FORM_2012 : FormVersion.FORM_2020;
    }

    private void readSection(Block block, Draft draft, List<ImportIssue> issues) {
        Section section = block.section();
        List<String> lines = block.lines();
        if (lines.stream().allMatch(Labels::isBlank)) {
            issues.add(ImportIssue.warning(section.field, MessageKeys.EMPTY_SECTION, block.heading()));
            return;
        }
        switch (section.content) {
            case TEXT -> draft.texts.put(section, text(lines));
            case BUDGET -> readBudget(text(lines), draft, issues);
            case PARTNERS -> readPartners(lines, draft, issues);
            case ANSWER -> readAnswer(section, lines, draft, issues);
            case CODES -> readCodes(section, lines, draft.codes(section), issues);
        }
    }

    /** The lines as one text: no leading or trailing blank lines, inner blank lines kept. */
    private static String text(List<String> lines) {
        int first = 0;
        int last = lines.size() - 1;
        while (Labels.isBlank(lines.get(first))) {
            first++;
        }
        while (Labels.isBlank(lines.get(last))) {
            last--;
        }
        StringBuilder text = new StringBuilder();
        for (int i = first; i <= last; i++) {
            if (i > first) {
                text.append('\n');
            }
            text.append(Labels.isBlank(lines.get(i)) ? "" : lines.get(i));
        }
        return text.toString();
    }

    private static void readBudget(String text, Draft draft, List<ImportIssue> issues) {
        draft.budgetText = text;
        switch (BudgetAmount.read(text)) {
            case BudgetAmount.Usd usd -> draft.budgetUsd = usd.amount();
            case BudgetAmount.OtherCurrency other ->
                    issues.add(ImportIssue.warning("budgetUsd", MessageKeys.BUDGET_NOT_IN_USD, text));
            case BudgetAmount.Ambiguous ambiguous ->
                    issues.add(ImportIssue.warning("budgetUsd", MessageKeys.AMBIGUOUS_AMOUNT, text));
            case BudgetAmount.NotAnAmount notAnAmount -> {
            }
        }
    }

    private void readPartners(List<String> lines, Draft draft, List<ImportIssue> issues) {
        String pendingName = null;
        for (String line : lines) {
            if (Labels.isBlank(line)) {
                continue;
            }
            String cell = Labels.strip(line);
            if (PARTNER_TABLE_HEADERS.contains(Labels.compactKey(cell))) {
                continue;
            }
            Optional<String> type = vocabulary.codeOf(VocabularyKind.ENTITY_TYPE, cell);
            if (type.isPresent()) {
                if (pendingName == null) {
                    issues.add(ImportIssue.warning("partners", MessageKeys.PARTNER_WITHOUT_NAME, cell));
                }
                draft.partners.add(new ParsedPartner(pendingName, type.get()));
                pendingName = null;
            } else {
                if (pendingName != null) {
                    addPartnerWithoutType(pendingName, draft, issues);
                }
                pendingName = cell;
            }
        }
        if (pendingName != null) {
            addPartnerWithoutType(pendingName, draft, issues);
        }
    }

    private static void addPartnerWithoutType(String name, Draft draft, List<ImportIssue> issues) {
        issues.add(ImportIssue.warning("partners", MessageKeys.PARTNER_WITHOUT_TYPE, name));
        draft.partners.add(new ParsedPartner(name, null));
    }

    private static void readAnswer(Section section, List<String> lines, Draft draft, List<ImportIssue> issues) {
        List<String> filled = lines.stream().filter(line -> !Labels.isBlank(line)).map(Labels::strip).toList();
        Evaluated answer = ANSWERS.get(Labels.key(filled.getFirst()));
        if (answer == null) {
            issues.add(ImportIssue.warning(section.field, MessageKeys.UNRECOGNISED_ANSWER, filled.getFirst()));
            issues.add(ImportIssue.warning(section.field, MessageKeys.UNPLACED_TEXT, text(lines)));
            return;
        }
        draft.evaluated = answer;
        if (filled.size() > 1) {
            issues.add(ImportIssue.warning(section.field, MessageKeys.UNPLACED_TEXT,
                    String.join("\n", filled.subList(1, filled.size()))));
        }
    }

    private void readCodes(Section section, List<String> lines, Set<String> codes, List<ImportIssue> issues) {
        for (String line : lines) {
            if (Labels.isBlank(line)) {
                continue;
            }
            Optional<String> whole = vocabulary.codeOf(section.vocabulary, line);
            if (whole.isPresent()) {
                codes.add(whole.get());
                continue;
            }
            for (String part : line.split("[,;]")) {
                if (Labels.isBlank(part)) {
                    continue;
                }
                vocabulary.codeOf(section.vocabulary, part).ifPresentOrElse(codes::add,
                        () -> issues.add(ImportIssue.warning(section.field, MessageKeys.UNKNOWN_VOCABULARY,
                                Labels.strip(part))));
            }
        }
    }

    private static Set<String> filledFields(ParsedMeasure measure) {
        Set<String> filled = new LinkedHashSet<>();
        addIf(filled, "title", measure.title() != null);
        addIf(filled, "agencies", !measure.agencies().isEmpty());
        addIf(filled, "description", measure.description() != null);
        addIf(filled, "website", measure.website() != null);
        addIf(filled, "results", measure.results() != null);
        addIf(filled, "budgetText", measure.budgetText() != null);
        addIf(filled, "budgetUsd", measure.budgetUsd() != null);
        addIf(filled, "partners", !measure.partners().isEmpty());
        addIf(filled, "evaluated", measure.evaluated() != Evaluated.NOT_ANSWERED);
        addIf(filled, "conclusions", measure.conclusions() != null);
        addIf(filled, "goalCodes", !measure.goalCodes().isEmpty());
        addIf(filled, "areaCodes", !measure.areaCodes().isEmpty());
        addIf(filled, "domainCodes", !measure.domainCodes().isEmpty());
        addIf(filled, "keyObjectives", measure.keyObjectives() != null);
        addIf(filled, "context", measure.context() != null);
        addIf(filled, "scopeCodes", !measure.scopeCodes().isEmpty());
        addIf(filled, "natureCodes", !measure.natureCodes().isEmpty());
        addIf(filled, "mainFeature", measure.mainFeature() != null);
        addIf(filled, "resultsExpected", measure.resultsExpected() != null);
        addIf(filled, "financialResources", measure.financialResources() != null);
        return filled;
    }

    private static void addIf(Set<String> fields, String field, boolean filled) {
        if (filled) {
            fields.add(field);
        }
    }

    private static final class Draft {
        final String sourceName;
        FormVersion formVersion = FormVersion.FORM_2020;
        String title;
        final List<String> agencies = new ArrayList<>();
        final Map<Section, String> texts = new EnumMap<>(Section.class);
        final Map<Section, Set<String>> codes = new EnumMap<>(Section.class);
        String budgetText;
        BigDecimal budgetUsd;
        final List<ParsedPartner> partners = new ArrayList<>();
        Evaluated evaluated = Evaluated.NOT_ANSWERED;

        Draft(String sourceName) {
            this.sourceName = sourceName;
        }

        Set<String> codes(Section section) {
            return codes.computeIfAbsent(section, s -> new LinkedHashSet<>());
        }

        ParsedMeasure toMeasure() {
            return new ParsedMeasure(sourceName, formVersion, title, agencies,
                    texts.get(Section.DESCRIPTION), texts.get(Section.WEBSITE), texts.get(Section.RESULTS),
                    budgetText, budgetUsd, partners, evaluated, texts.get(Section.CONCLUSIONS),
                    codes(Section.GOALS), codes(Section.AREAS), codes(Section.DOMAINS),
                    texts.get(Section.KEY_OBJECTIVES), texts.get(Section.CONTEXT),
                    codes(Section.SCOPE), codes(Section.NATURE),
                    texts.get(Section.MAIN_FEATURE), texts.get(Section.RESULTS_EXPECTED),
                    texts.get(Section.FINANCIAL_RESOURCES));
        }
    }
}
