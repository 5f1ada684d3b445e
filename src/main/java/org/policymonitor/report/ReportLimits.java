package org.policymonitor.report;

import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a report's content may hold, checked on every save (a draft may be incomplete, but never too long or
 * malformed): the limits of each field, the e-mail's form, and the statistical annex's rows.
 */
public final class ReportLimits {

    public static final int REASON_MAX = 4000;
    public static final int STATISTIC_ROWS_MAX = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ReportLimits() {
    }

    /** The message key of each refused field ("STATISTICS:3" for the fourth statistics row); empty when all is well. */
    public static Map<String, String> problems(ReportContent content) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (ReportField field : ReportField.values()) {
            String value = field.valueIn(content);
            if (value != null && value.length() > field.limit()) {
                problems.put(field.name(), "report.validation.tooLong");
            }
        }
        String email = content.contactEmail();
        if (email != null && !email.isBlank() && !EMAIL.matcher(email.strip()).matches()) {
            problems.putIfAbsent(ReportField.CONTACT_EMAIL.name(), "report.validation.email");
        }
        if (content.statistics().size() > STATISTIC_ROWS_MAX) {
            problems.put("STATISTICS", "report.validation.tooManyRows");
        }
        for (int i = 0; i < content.statistics().size(); i++) {
            StatisticRow row = content.statistics().get(i);
            if (tooLong(row.indicator()) || tooLong(row.value()) || tooLong(row.source())) {
                problems.put("STATISTICS:" + i, "report.validation.tooLong");
            } else if (row.year() != null && (row.year() < 1900 || row.year() > Year.now().getValue() + 10)) {
                problems.put("STATISTICS:" + i, "report.validation.year");
            }
        }
        return problems;
    }

    static void check(ReportContent content) {
        Map<String, String> problems = problems(content);
        if (!problems.isEmpty()) {
            throw new InvalidReportContentException(problems);
        }
    }

    private static boolean tooLong(String text) {
        return text != null && text.length() > StatisticRow.TEXT_MAX;
    }
}
