package org.policymonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.notification.NotificationKind;
import org.policymonitor.notification.NotificationService;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.testsupport.SignedIn;
import org.policymonitor.tracking.BoardFilter;
import org.policymonitor.tracking.StatusBoard;
import org.policymonitor.tracking.TrackedReport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Deadlines cover reports: the board shows each report's status and lateness; coordinators are reminded once. */
@ReportIntegrationTest
class ReportTrackingTest {

    @Autowired
    PeriodicReports reports;
    @Autowired
    ReportDeadlines deadlines;
    @Autowired
    ReportReminders reminders;
    @Autowired
    StatusBoard board;
    @Autowired
    NotificationService notifications;
    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;
    @Autowired
    SecurityContextHolderStrategy strategy;
    @Autowired
    Clock clock;

    ReportFixtures fixtures;

    @BeforeEach
    void setUp() {
        SecurityContextHolder.setContextHolderStrategy(strategy);
        fixtures = new ReportFixtures(measures, referenceData, accounts);
    }

    @Test
    void aDraftPastItsDeadlineIsLateOnTheBoard_aSubmittedOneIsNot() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        ReportFixtures.Cycle late = fixtures.freshCycle("late");
        ReportFixtures.Cycle submitted = fixtures.freshCycle("submitted");
        Long lateId = as("reviewer", () -> reports.forCycle(late.cycleId())).report().getId();
        Long submittedId = submit(submitted);
        as("admin", () -> deadlines.setDueDate(fixtures.mongolia().getId(), late.cycleId(), today.minusDays(1)));
        as("admin", () -> deadlines.setDueDate(fixtures.mongolia().getId(), submitted.cycleId(), today.minusDays(1)));

        TrackedReport lateRow = as("admin", () -> board.reports(BoardFilter.all().withCycle(late.cycleId())))
                .getFirst();
        assertThat(lateRow.reportId()).isEqualTo(lateId);
        assertThat(lateRow.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(lateRow.late()).isTrue();
        TrackedReport submittedRow = as("admin", () -> board.reports(BoardFilter.all().withCycle(submitted.cycleId())))
                .getFirst();
        assertThat(submittedRow.reportId()).isEqualTo(submittedId);
        assertThat(submittedRow.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(submittedRow.late()).isFalse();
        assertThat(as("admin", () -> board.reports(BoardFilter.all().overdue(true)))).extracting(TrackedReport::reportId)
                .contains(lateId).doesNotContain(submittedId);
    }

    @Test
    void theCoordinatorsAreRemindedOnceBeforeTheDeadline() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        ReportFixtures.Cycle soon = fixtures.freshCycle("soon");
        ReportFixtures.Cycle later = fixtures.freshCycle("later");
        as("reviewer", () -> reports.forCycle(soon.cycleId()));
        as("reviewer", () -> reports.forCycle(later.cycleId()));
        as("admin", () -> deadlines.setDueDate(fixtures.mongolia().getId(), soon.cycleId(), today.plusDays(10)));
        as("admin", () -> deadlines.setDueDate(fixtures.mongolia().getId(), later.cycleId(), today.plusDays(200)));
        SecurityContextHolder.clearContext();

        reminders.remindDue();
        reminders.remindDue();

        assertThat(as("reviewer", notifications::mine))
                .filteredOn(n -> n.kind() == NotificationKind.REPORT_REMINDER)
                .extracting(n -> n.measureTitle())
                .containsOnlyOnce("Mongolia " + soon.code())
                .doesNotContain("Mongolia " + later.code());
    }

    private Long submit(ReportFixtures.Cycle cycle) {
        ReportDetails loaded = as("reviewer", () -> reports.forCycle(cycle.cycleId()));
        Long id = loaded.report().getId();
        as("reviewer", () -> reports.save(id, loaded.report().getVersion(), ReportFixtures.completeContent("S")));
        ReportDetails chosen = as("reviewer", () -> reports.choose(id, cycle.publishedA(), true));
        as("reviewer", () -> reports.submit(id, chosen.report().getVersion()));
        return id;
    }

    private <T> T as(String username, Supplier<T> action) {
        return SignedIn.as(accounts, username, action);
    }
}
