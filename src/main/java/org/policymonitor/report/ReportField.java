package org.policymonitor.report;

/** The fields of the report's own sections, with the section each belongs to and its length limit. */
public enum ReportField {
    CONTACT_TITLE(ReportSection.GENERAL_INFORMATION, 300, true),
    CONTACT_ADDRESS(ReportSection.GENERAL_INFORMATION, 1000, true),
    CONTACT_PHONE(ReportSection.GENERAL_INFORMATION, 100, true),
    CONTACT_EMAIL(ReportSection.GENERAL_INFORMATION, 300, true),
    EXECUTIVE_SUMMARY(ReportSection.EXECUTIVE_SUMMARY, 20_000, true),
    CONSULTATION(ReportSection.CONSULTATION, 20_000, true),
    TRANSVERSAL_ISSUES(ReportSection.TRANSVERSAL_ISSUES, 20_000, true),
    CHALLENGES_ACHIEVEMENTS(ReportSection.CHALLENGES_ACHIEVEMENTS, 20_000, true),
    ANNEXES_DESCRIPTION(ReportSection.ANNEXES, 5_000, false);

    private final ReportSection section;
    private final int limit;
    private final boolean required;

    ReportField(ReportSection section, int limit, boolean required) {
        this.section = section;
        this.limit = limit;
        this.required = required;
    }

    public ReportSection section() {
        return section;
    }

    public int limit() {
        return limit;
    }

    /** Required before the report can be submitted (a draft may be saved without it). */
    public boolean required() {
        return required;
    }

    public String valueIn(ReportContent content) {
        return switch (this) {
            case CONTACT_TITLE -> content.contactTitle();
            case CONTACT_ADDRESS -> content.contactAddress();
            case CONTACT_PHONE -> content.contactPhone();
            case CONTACT_EMAIL -> content.contactEmail();
            case EXECUTIVE_SUMMARY -> content.executiveSummary();
            case CONSULTATION -> content.consultation();
            case TRANSVERSAL_ISSUES -> content.transversalIssues();
            case CHALLENGES_ACHIEVEMENTS -> content.challengesAchievements();
            case ANNEXES_DESCRIPTION -> content.annexesDescription();
        };
    }

    public String messageKey() {
        return "report.field." + name();
    }
}
