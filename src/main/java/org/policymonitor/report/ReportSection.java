package org.policymonitor.report;

/** The sections of the report, in the order of the form; each has its own completeness (see {@link Completeness}). */
public enum ReportSection {
    GENERAL_INFORMATION, EXECUTIVE_SUMMARY, CONSULTATION, MEASURES, CIVIL_SOCIETY, TRANSVERSAL_ISSUES,
    CHALLENGES_ACHIEVEMENTS, ANNEXES, STATISTICAL_ANNEX;

    public String messageKey() {
        return "report.section." + name();
    }
}
