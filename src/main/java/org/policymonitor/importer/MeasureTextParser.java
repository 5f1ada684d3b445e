package org.policymonitor.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one plain-text measure export (2020+ form, its 2023+ platform layout, the 2012-2019 forms, the
 * civil-society variant; labels in English, French or Spanish) into a {@link ParsedMeasure}, reporting in an
 * {@link ImportReport} everything it removed, repaired, guessed or could not place, and which line went where.
 * The steps live in their own classes: {@link PageFurniture}, {@link LabelRecognizer}, {@link TitleReader},
 * {@link PartyRecognizer}, {@link AgencyReader}, {@link SectionReader}. Thread-safe.
 */
public final class MeasureTextParser {

    private final ImportVocabulary vocabulary;
    private final PartyRecognizer partyRecognizer;
    private final TitleReader titles;
    private final SectionReader sections;

    public MeasureTextParser() {
        this(ImportVocabulary.load());
    }

    public MeasureTextParser(ImportVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.partyRecognizer = PartyRecognizer.load();
        this.titles = new TitleReader(vocabulary);
        this.sections = new SectionReader(vocabulary, partyRecognizer);
    }

    public ParseResult parse(String sourceName, byte[] content) {
        TextDecoder.Decoded decoded = TextDecoder.decode(content);
        List<ImportIssue> issues = new ArrayList<>(decoded.issues());
        if (decoded.text() == null) {
            return new ParseResult(Optional.empty(), new ImportReport(sourceName, null, Set.of(), issues), List.of());
        }
        List<Line> lines = Line.split(decoded.text());
        PageFurniture.clean(lines, vocabulary, issues);
        ParsedDraft draft = new ParsedDraft(sourceName);
        readStructure(lines.stream().filter(line -> !line.removed()).toList(), draft, issues);
        ParsedMeasure measure = draft.toMeasure();
        return new ParseResult(Optional.of(measure),
                new ImportReport(sourceName, decoded.encoding(), draft.filledFields(), issues),
                lines.stream().map(Line::toSourceLine).toList());
    }

    private void readStructure(List<Line> lines, ParsedDraft draft, List<ImportIssue> issues) {
        int index = skipBlank(lines, 0);
        if (index < lines.size() && LabelRecognizer.label(lines.get(index).text).isEmpty()) {
            Line titleLine = lines.get(index++);
            TitleReader.Title title = titles.read(titleLine.text);
            titleLine.mark(SourceLine.Role.TITLE, "title");
            draft.title = title.text();
            if (!title.gluedDomainCodes().isEmpty()) {
                draft.gluedDomains.addAll(title.gluedDomainCodes());
                issues.add(ImportIssue.warning("title", MessageKeys.DOMAINS_GLUED_TO_TITLE, titleLine.stripped()));
            }
        }
        List<Line> head = new ArrayList<>();
        while (index < lines.size() && LabelRecognizer.label(lines.get(index).text).isEmpty()) {
            if (!lines.get(index).isBlank()) {
                head.add(lines.get(index));
            }
            index++;
        }
        List<Line> agencyLines = new ArrayList<>();
        for (Line line : head) {
            if (sections.isCivilSocietyNotice(line)) {
                draft.civilSocietyNotice = true;
            } else if (!sections.readPartyLine(line, draft, issues)) {
                agencyLines.add(line);
            }
        }
        List<Line> body = lines.subList(index, lines.size());
        if (body.isEmpty()) {
            issues.add(ImportIssue.warning(null, MessageKeys.NO_SECTIONS, null));
            if (!agencyLines.isEmpty()) {
                agencyLines.forEach(line -> line.mark(SourceLine.Role.CONTENT, "description"));
                draft.texts.put(Section.DESCRIPTION, SectionReader.text(agencyLines));
                issues.add(ImportIssue.warning("description", MessageKeys.BODY_AS_DESCRIPTION, null));
            }
        } else {
            draft.agencies.addAll(AgencyReader.read(agencyLines, issues));
        }
        if (draft.title == null) {
            issues.add(ImportIssue.warning("title", MessageKeys.MISSING_TITLE, null));
        }
        sections.read(body, draft, issues);
        if (draft.agencies.isEmpty()) {
            issues.add(ImportIssue.warning("agencies", MessageKeys.MISSING_AGENCY, null));
        }
        draft.finish(issues);
    }

    private static int skipBlank(List<Line> lines, int from) {
        int index = from;
        while (index < lines.size() && lines.get(index).isBlank()) {
            index++;
        }
        return index;
    }
}
