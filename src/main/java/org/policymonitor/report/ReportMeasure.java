package org.policymonitor.report;

import org.policymonitor.measure.MeasureStatus;

/**
 * One of the Party's measures of the report's cycle as the report sees it.
 *
 * @param published whether the public sees a version of it (a report may contain only published measures)
 * @param civilSociety reported by civil society: listed in the civil-society section, taken in by the coordinator
 * @param decision the coordinator's latest decision on a civil-society contribution, or null
 */
public record ReportMeasure(Long id, String title, MeasureStatus status, boolean published, boolean civilSociety,
        boolean included, ContributionDecision decision) {
}
