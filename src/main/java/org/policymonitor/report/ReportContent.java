package org.policymonitor.report;

import java.util.List;

/**
 * What the coordinator writes in the report's own sections (the measures are chosen apart): the officially
 * designated contact, the long texts and the statistical annex.
 */
public record ReportContent(
        String contactTitle,
        String contactAddress,
        String contactPhone,
        String contactEmail,
        String executiveSummary,
        String consultation,
        String transversalIssues,
        String challengesAchievements,
        String annexesDescription,
        List<StatisticRow> statistics) {

    public ReportContent {
        statistics = statistics == null ? List.of() : List.copyOf(statistics);
    }

    public static ReportContent empty() {
        return new ReportContent(null, null, null, null, null, null, null, null, null, List.of());
    }
}
