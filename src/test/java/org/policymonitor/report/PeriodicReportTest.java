package org.policymonitor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policymonitor.measure.MeasureStatus;

/** The aggregate's rules without the application: status moves, kept reasons, limits, completeness, reminders. */
class PeriodicReportTest {

    static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    @Test
    void onlyTheAllowedMovesAndEveryReturnReasonIsKept() {
        PeriodicReport report = new PeriodicReport(1L, 2L, null);
        assertThatThrownBy(() -> report.accept("admin", NOW)).isInstanceOf(ReportStatusException.class);
        assertThatThrownBy(() -> report.returnToCoordinator("admin", "why", NOW))
                .isInstanceOf(ReportStatusException.class);
        report.submit("npc", NOW);
        assertThatThrownBy(() -> report.submit("npc", NOW)).isInstanceOf(ReportStatusException.class);
        assertThatThrownBy(() -> report.edit(ReportContent.empty(), "npc", NOW))
                .isInstanceOf(ReportStatusException.class);
        assertThatThrownBy(() -> report.returnToCoordinator("admin", "  ", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        report.returnToCoordinator("admin", "First reason", NOW);
        report.edit(ReportContent.empty(), "npc", NOW);
        report.submit("npc", NOW);
        report.returnToCoordinator("admin", "Second reason", NOW);
        report.submit("npc", NOW);
        report.accept("admin", NOW);
        assertThatThrownBy(() -> report.include(5L, "npc", NOW)).isInstanceOf(ReportStatusException.class);
        assertThat(report.returns()).extracting(ReportEvent::getReason).containsExactly("First reason",
                "Second reason");
        assertThat(report.events()).extracting(ReportEvent::getStatus).containsExactly(ReportStatus.SUBMITTED,
                ReportStatus.RETURNED, ReportStatus.SUBMITTED, ReportStatus.RETURNED, ReportStatus.SUBMITTED,
                ReportStatus.ACCEPTED);
    }

    @Test
    void aSaveBeyondALimitOrWithAMalformedEmailIsRefused() {
        PeriodicReport report = new PeriodicReport(1L, 2L, null);
        ReportContent tooLong = new ReportContent(null, null, null, "npc@example.org", "x".repeat(20_001), null, null,
                null, null, List.of());
        assertThatThrownBy(() -> report.edit(tooLong, "npc", NOW)).isInstanceOfSatisfying(
                InvalidReportContentException.class,
                e -> assertThat(e.problems()).containsEntry("EXECUTIVE_SUMMARY", "report.validation.tooLong"));
        ReportContent badEmail = new ReportContent(null, null, null, "not an address", null, null, null, null, null,
                List.of(new StatisticRow("Indicator", "1", 1500, null)));
        assertThatThrownBy(() -> report.edit(badEmail, "npc", NOW)).isInstanceOfSatisfying(
                InvalidReportContentException.class, e -> assertThat(e.problems())
                        .containsEntry("CONTACT_EMAIL", "report.validation.email")
                        .containsEntry("STATISTICS:0", "report.validation.year"));
        assertThat(report.content()).isEqualTo(ReportContent.empty());
    }

    @Test
    void completenessNamesWhatEachSectionLacks() {
        ReportMeasure published = new ReportMeasure(1L, "Published one", MeasureStatus.PUBLISHED, true, false, true,
                null);
        ReportMeasure inReview = new ReportMeasure(2L, "In review one", MeasureStatus.IN_REVIEW, false, false, true,
                null);
        ReportMeasure contribution = new ReportMeasure(3L, "Union draft", MeasureStatus.SUBMITTED, false, true, true,
                null);
        ReportContent content = new ReportContent("NPC", "Address", "Phone", "npc@example.org", "Summary",
                "Consultation", "Issues", "Challenges", null, List.of(new StatisticRow("Indicator", null, 2022, null)));

        var missing = Completeness.of(content, List.of(published, inReview, contribution));

        assertThat(missing.get(ReportSection.GENERAL_INFORMATION)).isEmpty();
        assertThat(missing.get(ReportSection.MEASURES)).extracting(Missing::messageKey, Missing::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("report.missing.notPublished", "In review one"));
        assertThat(missing.get(ReportSection.CIVIL_SOCIETY)).extracting(Missing::subject).containsExactly("Union draft");
        assertThat(missing.get(ReportSection.STATISTICAL_ANNEX)).extracting(Missing::field)
                .containsExactly("STATISTICS:0");
        assertThat(Completeness.isComplete(missing)).isFalse();
        assertThat(Completeness.isComplete(Completeness.of(ReportFixtures.completeContent("S"), List.of(published))))
                .isTrue();
        // a report of civil-society contributions alone has no measure of the Party's own
        ReportMeasure publishedContribution = new ReportMeasure(4L, "Union", MeasureStatus.PUBLISHED, true, true, true,
                null);
        assertThat(Completeness.of(ReportFixtures.completeContent("S"), List.of(publishedContribution))
                .get(ReportSection.MEASURES)).extracting(Missing::messageKey).containsExactly("report.missing.noMeasure");
    }

    @Test
    void aReminderOncePerDeadlineWhileTheReportIsWithItsCoordinators() {
        LocalDate today = LocalDate.of(2026, 5, 1);
        PeriodicReport report = new PeriodicReport(1L, 2L, today.plusDays(40));
        assertThat(report.needsReminder(today, 30)).isFalse();
        report.changeDueDate(today.plusDays(30));
        assertThat(report.needsReminder(today, 30)).isTrue();
        report.reminded();
        assertThat(report.needsReminder(today, 30)).isFalse();
        report.changeDueDate(today.plusDays(20));
        assertThat(report.needsReminder(today, 30)).isTrue();
        report.submit("npc", NOW);
        assertThat(report.needsReminder(today, 30)).isFalse();
    }
}
