package org.policymonitor.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.policymonitor.party.ReferenceData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the coordinators of a report still with them that its deadline is near ({@code
 * policymonitor.report.reminder-days} before, default 30), once per deadline. Runs every hour; the notification
 * module tells the Party's reviewers ({@link ReportReminderDue}).
 */
@Component
class ReportReminders {

    private final PeriodicReportRepository reports;
    private final ReferenceData referenceData;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int daysBefore;

    ReportReminders(PeriodicReportRepository reports, ReferenceData referenceData, ApplicationEventPublisher events,
            Clock clock, @Value("${policymonitor.report.reminder-days:30}") int daysBefore) {
        this.reports = reports;
        this.referenceData = referenceData;
        this.events = events;
        this.clock = clock;
        this.daysBefore = daysBefore;
    }

    @Scheduled(fixedDelayString = "${policymonitor.report.reminder-interval:PT1H}", initialDelayString = "PT5M")
    @Transactional
    public void remindDue() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (PeriodicReport report : reports.findByDueDateIsNotNull()) {
            if (report.needsReminder(today, daysBefore)) {
                report.reminded();
                String label = referenceData.party(report.getPartyId()).map(p -> p.getName()).orElse("")
                        + " " + referenceData.cycle(report.getCycleId()).map(c -> c.getCode()).orElse("");
                events.publishEvent(new ReportReminderDue(report.getId(), report.getPartyId(), label,
                        report.getDueDate()));
            }
        }
    }
}
