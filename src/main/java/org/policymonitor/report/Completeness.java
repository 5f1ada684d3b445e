package org.policymonitor.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What each section still lacks before submission: the one place where "complete" is decided. */
public final class Completeness {

    private Completeness() {
    }

    /** Every section, in the form's order, with what it lacks (an empty list: complete). */
    public static Map<ReportSection, List<Missing>> of(ReportContent content, List<ReportMeasure> measures) {
        Map<ReportSection, List<Missing>> missing = new EnumMap<>(ReportSection.class);
        for (ReportSection section : ReportSection.values()) {
            missing.put(section, new ArrayList<>());
        }
        for (ReportField field : ReportField.values()) {
            String value = field.valueIn(content);
            if (field.required() && (value == null || value.isBlank())) {
                missing.get(field.section()).add(new Missing(field.section(), field.name(), "report.missing.required",
                        null));
            }
        }
        List<ReportMeasure> included = measures.stream().filter(ReportMeasure::included).toList();
        if (included.stream().noneMatch(m -> !m.civilSociety())) {
            missing.get(ReportSection.MEASURES).add(new Missing(ReportSection.MEASURES, null,
                    "report.missing.noMeasure", null));
        }
        for (ReportMeasure measure : included) {
            if (!measure.published()) {
                ReportSection section = measure.civilSociety() ? ReportSection.CIVIL_SOCIETY : ReportSection.MEASURES;
                missing.get(section).add(new Missing(section, null, "report.missing.notPublished", measure.title()));
            }
        }
        List<StatisticRow> rows = content.statistics();
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isComplete()) {
                missing.get(ReportSection.STATISTICAL_ANNEX).add(new Missing(ReportSection.STATISTICAL_ANNEX,
                        "STATISTICS:" + i, "report.missing.statisticRow", Integer.toString(i + 1)));
            }
        }
        missing.replaceAll((section, list) -> List.copyOf(list));
        return missing;
    }

    public static boolean isComplete(Map<ReportSection, List<Missing>> missing) {
        return missing.values().stream().allMatch(List::isEmpty);
    }
}
