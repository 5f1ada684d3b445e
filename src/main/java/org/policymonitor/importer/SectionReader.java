package org.policymonitor.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.policymonitor.vocabulary.VocabularyKind;

/**
 * Splits the body of a record at its labels and reads each section into the draft: texts, the budget, the
 * partner table, the evaluation answer, vocabulary codes, the 2023+ layout's Where/When/Who and its goal
 * headings, the 2016-2019 indicators and the civil-society notice.
 */
final class SectionReader {

    private static final Map<String, Evaluated> ANSWERS = Map.of(
            "yes", Evaluated.YES, "oui", Evaluated.YES, "si", Evaluated.YES,
            "no", Evaluated.NO, "non", Evaluated.NO);
    private static final List<String> NOTICE_KEYS = List.of(
            "reported by civil society", "reported by a civil society", "submitted by civil society",
            "rapportee par la societe civile", "signalee par la societe civile", "rapportee par une organisation de la societe civile",
            "soumise par la societe civile", "reportada por la sociedad civil", "informada por la sociedad civil",
            "presentada por la sociedad civil", "reportada por una organizacion de la sociedad civil");
    private static final Pattern GOAL_NUMBER = Pattern.compile(
            "(?i)^(?:goal|objectif|objetivo|meta)\\s*\\d\\s*[:.\\-–]?\\s*|^\\d\\s*[.:\\-–]\\s*");
    private static final Pattern GOAL_NUMBER_ONLY = Pattern.compile("(?i)(?:goal|objectif|objetivo)\\s*(\\d)\\s*:?");
    private static final int NOTICE_MAX_LENGTH = 200;

    private final ImportVocabulary vocabulary;
    private final PartyRecognizer partyRecognizer;
    private final PartnerTableReader partnerTables;

    SectionReader(ImportVocabulary vocabulary, PartyRecognizer partyRecognizer) {
        this.vocabulary = vocabulary;
        this.partyRecognizer = partyRecognizer;
        this.partnerTables = new PartnerTableReader(vocabulary);
    }

    private record Block(Section section, Line heading, List<Line> lines) {
    }

    void read(List<Line> body, ParsedDraft draft, List<ImportIssue> issues) {
        Map<Section, Block> blocks = new EnumMap<>(Section.class);
        Block current = null;
        Block goalBlock = null;
        for (Line line : body) {
            Optional<LabelRecognizer.Label> label = line.isBlank() ? Optional.empty() : LabelRecognizer.label(line.text);
            if (label.isEmpty()) {
                if (line.isBlank()) {
                    if (current != null) {
                        current.lines().add(line);
                    }
                } else if (isCivilSocietyNotice(line)) {
                    draft.civilSocietyNotice = true;
                } else if (current != null && current.section() != Section.GOALS && goalHeading(line, draft)) {
                    if (goalBlock == null) {
                        goalBlock = new Block(Section.AREAS, line, new ArrayList<>());
                    }
                    current = goalBlock;
                } else if (current != null) {
                    current.lines().add(line);
                }
                continue;
            }
            Section section = label.get().section();
            draft.civilSocietyLabels |= label.get().civilSocietyVariant();
            line.mark(SourceLine.Role.LABEL, section.field);
            current = blocks.get(section);
            if (current == null) {
                current = new Block(section, line, new ArrayList<>());
                blocks.put(section, current);
                draft.order.add(section);
            } else {
                issues.add(ImportIssue.warning(section.field, MessageKeys.DUPLICATE_SECTION, line.stripped()));
                current.lines().add(blankLine());
            }
            if (!label.get().inlineContent().isEmpty()) {
                current.lines().add(inline(line, label.get().inlineContent()));
            }
        }
        if (goalBlock != null) {
            readGoalAreas(goalBlock, draft, issues);
        }
        for (Section section : draft.order) {
            if (blocks.containsKey(section)) {
                readSection(blocks.get(section), draft, issues);
            }
        }
    }

    /** A line of its own that says the measure was reported by civil society. */
    boolean isCivilSocietyNotice(Line line) {
        if (line.stripped().length() > NOTICE_MAX_LENGTH) {
            return false;
        }
        String key = Labels.key(line.text);
        if (NOTICE_KEYS.stream().anyMatch(key::contains)) {
            line.mark(SourceLine.Role.LABEL, "reportedByCivilSociety");
            return true;
        }
        return false;
    }

    /** A line that names a Party and nothing else: the Party line between title and agencies. */
    boolean readPartyLine(Line line, ParsedDraft draft, List<ImportIssue> issues) {
        Optional<String> iso = partyRecognizer.isoOf(line.text);
        if (iso.isEmpty()) {
            return false;
        }
        line.mark(SourceLine.Role.PARTY, "party");
        setParty(iso.get(), line.stripped(), draft, issues);
        return true;
    }

    private static void setParty(String iso, String text, ParsedDraft draft, List<ImportIssue> issues) {
        if (draft.partyIso != null && !draft.partyIso.equals(iso)) {
            issues.add(ImportIssue.warning("party", MessageKeys.SEVERAL_PARTIES, draft.partyIso + ", " + iso + ": " + text));
            return;
        }
        draft.partyIso = iso;
    }

    /** A 2023+ goal heading ("Goal 1 Support sustainable systems of governance for culture"): its goal is set. */
    private boolean goalHeading(Line line, ParsedDraft draft) {
        String text = GOAL_NUMBER.matcher(line.stripped()).replaceFirst("");
        Optional<String> goal = vocabulary.codeOf(VocabularyKind.GOAL, text);
        java.util.regex.Matcher numberOnly = GOAL_NUMBER_ONLY.matcher(line.stripped());
        if (goal.isEmpty() && numberOnly.matches()) {
            goal = vocabulary.goalNumbered(Integer.parseInt(numberOnly.group(1)));
        }
        if (goal.isEmpty()) {
            return false;
        }
        line.mark(SourceLine.Role.LABEL, "goalCodes");
        draft.codes(Section.GOALS).add(goal.get());
        if (!draft.order.contains(Section.GOALS)) {
            draft.order.add(Section.GOALS);
        }
        return true;
    }

    /** Under the goal headings: the areas of monitoring; anything else there is reported. */
    private void readGoalAreas(Block block, ParsedDraft draft, List<ImportIssue> issues) {
        for (Line line : block.lines()) {
            if (line.isBlank()) {
                continue;
            }
            Optional<String> area = vocabulary.codeOf(VocabularyKind.AREA, line.text);
            if (area.isPresent()) {
                line.mark(SourceLine.Role.CONTENT, "areaCodes");
                draft.codes(Section.AREAS).add(area.get());
            } else {
                issues.add(ImportIssue.warning("goalCodes", MessageKeys.UNPLACED_TEXT, line.stripped()));
            }
        }
    }

    private void readSection(Block block, ParsedDraft draft, List<ImportIssue> issues) {
        Section section = block.section();
        List<Line> lines = block.lines();
        if (section == Section.GOALS && draft.codes.containsKey(Section.GOALS) && lines.stream().allMatch(Line::isBlank)) {
            return;
        }
        if (lines.stream().allMatch(Line::isBlank)) {
            issues.add(ImportIssue.warning(section.field, MessageKeys.EMPTY_SECTION, block.heading().stripped()));
            return;
        }
        List<Line> filled = lines.stream().filter(line -> !line.isBlank()).toList();
        switch (section.content) {
            case TEXT -> {
                mark(lines, section.field);
                draft.texts.merge(section, text(lines), (a, b) -> a + "\n\n" + b);
            }
            case INDICATORS -> {
                mark(lines, section.field);
                String indicators = LabelRecognizer.withoutLetter(block.heading().text) + "\n" + text(lines);
                draft.texts.merge(Section.CONCLUSIONS, indicators, (a, b) -> a + "\n\n" + b);
                issues.add(ImportIssue.warning("conclusions", MessageKeys.INDICATORS_KEPT_IN_CONCLUSIONS, null));
            }
            case BUDGET -> {
                mark(lines, section.field);
                draft.budgetText = text(lines);
                BudgetReader.Budget budget = BudgetReader.read(draft.budgetText);
                draft.budgetUsd = budget.usd();
                issues.addAll(budget.issues());
            }
            case PARTNERS -> draft.partners.addAll(partnerTables.read(lines, issues));
            case ANSWER -> readAnswer(section, filled, draft, issues);
            case CODES -> readCodes(section, filled, draft.codes(section), issues);
            case PARTY -> readParty(filled, draft, issues);
            case YEAR -> mark(lines, null);
            case AGENCIES -> draft.agencies.addAll(AgencyReader.read(filled, issues));
        }
    }

    private void readParty(List<Line> lines, ParsedDraft draft, List<ImportIssue> issues) {
        for (Line line : lines) {
            if (!readPartyLine(line, draft, issues)) {
                issues.add(ImportIssue.warning("party", MessageKeys.UNKNOWN_PARTY, line.stripped()));
            }
        }
    }

    private static void readAnswer(Section section, List<Line> filled, ParsedDraft draft, List<ImportIssue> issues) {
        Evaluated answer = ANSWERS.get(Labels.key(filled.getFirst().text));
        if (answer == null) {
            issues.add(ImportIssue.warning(section.field, MessageKeys.UNRECOGNISED_ANSWER, filled.getFirst().stripped()));
            issues.add(ImportIssue.warning(section.field, MessageKeys.UNPLACED_TEXT, text(filled)));
            return;
        }
        filled.getFirst().mark(SourceLine.Role.CONTENT, section.field);
        draft.evaluated = answer;
        if (filled.size() > 1) {
            issues.add(ImportIssue.warning(section.field, MessageKeys.UNPLACED_TEXT,
                    text(filled.subList(1, filled.size()))));
        }
    }

    private void readCodes(Section section, List<Line> lines, Set<String> codes, List<ImportIssue> issues) {
        for (Line line : lines) {
            Optional<String> whole = vocabulary.codeOf(section.vocabulary, line.text);
            if (whole.isPresent()) {
                codes.add(whole.get());
                line.mark(SourceLine.Role.CONTENT, section.field);
                continue;
            }
            boolean any = false;
            for (String part : line.text.split("[,;]")) {
                if (Labels.isBlank(part)) {
                    continue;
                }
                Optional<String> code = vocabulary.codeOf(section.vocabulary, part);
                if (code.isPresent()) {
                    codes.add(code.get());
                    any = true;
                } else {
                    issues.add(ImportIssue.warning(section.field, MessageKeys.UNKNOWN_VOCABULARY, Labels.strip(part)));
                }
            }
            if (any) {
                line.mark(SourceLine.Role.CONTENT, section.field);
            }
        }
    }

    private static void mark(List<Line> lines, String field) {
        for (Line line : lines) {
            if (!line.isBlank()) {
                line.mark(SourceLine.Role.CONTENT, field);
            }
        }
    }

    /** The lines as one text: no leading or trailing blank lines, inner blank lines kept. */
    static String text(List<Line> lines) {
        int first = 0;
        int last = lines.size() - 1;
        while (first < last && lines.get(first).isBlank()) {
            first++;
        }
        while (last > first && lines.get(last).isBlank()) {
            last--;
        }
        StringBuilder text = new StringBuilder();
        for (int i = first; i <= last; i++) {
            if (i > first) {
                text.append('\n');
            }
            text.append(lines.get(i).isBlank() ? "" : lines.get(i).text);
        }
        return text.toString();
    }

    private static Line inline(Line labelLine, String content) {
        return Line.detached(labelLine.number, content);
    }

    private static Line blankLine() {
        return Line.detached(0, "");
    }
}
