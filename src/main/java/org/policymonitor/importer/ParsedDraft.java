package org.policymonitor.importer;

import org.policymonitor.measure.FormVersion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the parser has read so far of one record. */
final class ParsedDraft {

    final String sourceName;
    FormVersion formVersion = FormVersion.FORM_2020;
    String title;
    String partyIso;
    boolean civilSocietyNotice;
    boolean civilSocietyLabels;
    final List<String> agencies = new ArrayList<>();
    final List<String> gluedDomains = new ArrayList<>();
    final Map<Section, String> texts = new EnumMap<>(Section.class);
    final Map<Section, Set<String>> codes = new EnumMap<>(Section.class);
    final List<Section> order = new ArrayList<>();
    String budgetText;
    BigDecimal budgetUsd;
    final List<ParsedPartner> partners = new ArrayList<>();
    Evaluated evaluated = Evaluated.NOT_ANSWERED;

    ParsedDraft(String sourceName) {
        this.sourceName = sourceName;
    }

    Set<String> codes(Section section) {
        return codes.computeIfAbsent(section, s -> new LinkedHashSet<>());
    }

    /** The checks that need the whole record. */
    void finish(List<ImportIssue> issues) {
        formVersion = formVersion(issues);
        if (!gluedDomains.isEmpty()) {
            if (codes(Section.DOMAINS).isEmpty()) {
                codes(Section.DOMAINS).addAll(gluedDomains);
            } else if (!codes(Section.DOMAINS).containsAll(gluedDomains)) {
                issues.add(ImportIssue.warning("domainCodes", MessageKeys.UNPLACED_TEXT, String.join(", ", gluedDomains)));
            }
        }
        if (texts.containsKey(Section.CONCLUSIONS) && evaluated != Evaluated.YES) {
            issues.add(ImportIssue.warning("conclusions", MessageKeys.CONCLUSIONS_WITHOUT_YES, evaluated.name()));
        }
        if (civilSocietyLabels && !civilSocietyNotice) {
            issues.add(ImportIssue.warning("reportedByCivilSociety", MessageKeys.CIVIL_SOCIETY_LABELS_ONLY, null));
        }
    }

    private FormVersion formVersion(List<ImportIssue> issues) {
        int form2020 = 0;
        int form2012 = 0;
        for (Section section : order) {
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

    ParsedMeasure toMeasure() {
        return new ParsedMeasure(sourceName, formVersion, title, agencies,
                texts.get(Section.DESCRIPTION), texts.get(Section.WEBSITE), texts.get(Section.RESULTS),
                budgetText, budgetUsd, partners, evaluated, texts.get(Section.CONCLUSIONS),
                codes(Section.GOALS), codes(Section.AREAS), codes(Section.DOMAINS),
                texts.get(Section.KEY_OBJECTIVES), texts.get(Section.CONTEXT),
                codes(Section.SCOPE), codes(Section.NATURE),
                texts.get(Section.MAIN_FEATURE), texts.get(Section.RESULTS_EXPECTED),
                texts.get(Section.FINANCIAL_RESOURCES), partyIso, civilSocietyNotice || civilSocietyLabels);
    }

    Set<String> filledFields() {
        ParsedMeasure measure = toMeasure();
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
}
