package org.policymonitor.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One row of the statistical annex: an indicator, its value, the year it is for and where it comes from. The
 * value is text as reported ("12 %", "1 250"), like a measure's budget text.
 */
@Embeddable
public record StatisticRow(
        @Column(name = "indicator") String indicator,
        @Column(name = "stat_value") String value,
        @Column(name = "stat_year") Integer year,
        @Column(name = "source") String source) {

    public static final int TEXT_MAX = 500;

    public boolean isComplete() {
        return present(indicator) && present(value) && year != null;
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
