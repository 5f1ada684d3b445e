package org.policymonitor.workflow.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.policymonitor.workflow.TaskView;

import com.vaadin.flow.component.Component;

/** Dates, ages and step names as the workflow views show them (dates in UTC, the app's reference time). */
final class Formats {

    private Formats() {
    }

    static String date(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .format(instant.atZone(ZoneOffset.UTC));
    }

    static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).format(instant.atZone(ZoneOffset.UTC)) + " UTC";
    }

    static String age(Component view, Duration age) {
        long days = Math.max(0, age.toDays());
        return view.getTranslation("workflow.inbox.ageDays", days);
    }

    static String step(Component view, TaskView task) {
        if (task.onBehalf() && task.partnerName() != null) {
            return view.getTranslation("workflow.task.onBehalf", task.partnerName());
        }
        String step = view.getTranslation(task.step().messageKey());
        return task.partnerName() == null ? step : step + ": " + task.partnerName();
    }
}
