package org.policymonitor.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.policymonitor.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.party.Ministry;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.Role;
import org.policymonitor.workflow.Decision;
import org.policymonitor.workflow.SubmissionWorkflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TrackingIntegrationTest
class StatusBoardTest {

    @Autowired
    StatusBoard board;
    @Autowired
    CycleDeadlines deadlines;
    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;
    @Autowired
    SubmissionWorkflow workflow;
    @Autowired
    MutableClock clock;

    SubmissionFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new SubmissionFixtures(measures, referenceData, accounts, workflow);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Board boardOf(BoardFilter filter) {
        return fixtures.as("admin", () -> board.board(filter));
    }

    @Test
    void countsPerStageMatchTheMeasuresOfAMinistry() {
        Ministry ministry = fixtures.ministry("Ministry of Counting");
        fixtures.draft(ministry, "Draft one", List.of());
        fixtures.draft(ministry, "Draft two", List.of());
        Long inReview = fixtures.submitted(ministry, "In review", List.of());
        Long returned = fixtures.submitted(ministry, "Returned", List.of());
        fixtures.decide("reviewer", returned, Decision.RETURN, "Budget missing");
        Long signOff = fixtures.submitted(ministry, "Awaiting sign-off", List.of());
        fixtures.decide("reviewer", signOff, Decision.APPROVE, null);
        Long withdrawn = fixtures.draft(ministry, "Withdrawn", List.of());
        fixtures.doAs("admin", () -> measures.withdraw(withdrawn, "editor", "Duplicate"));

        Board result = boardOf(BoardFilter.all().withMinistry(ministry.getId()));

        assertThat(result.byMinistry()).singleElement().satisfies(row -> {
            assertThat(row.counts()).containsExactlyInAnyOrderEntriesOf(Map.of(Stage.DRAFT, 2L, Stage.IN_REVIEW, 1L,
                    Stage.AWAITING_PARTNERS, 0L, Stage.AWAITING_SIGN_OFF, 1L, Stage.RETURNED, 1L, Stage.PUBLISHED, 0L));
            assertThat(row.total()).isEqualTo(5);
        });
        assertThat(fixtures.as("admin", () -> board.measures(BoardFilter.all().withMinistry(ministry.getId())
                .withStage(Stage.IN_REVIEW)))).extracting(TrackedMeasure::measureId).containsExactly(inReview);

        // Every Party row adds up to its ministries' rows, and every cycle row to the Parties'.
        Board whole = boardOf(BoardFilter.all());
        for (StageCounts party : whole.byParty()) {
            List<TrackedMeasure> ofParty = fixtures.as("admin", () -> board.measures(BoardFilter.all()
                    .withParty(party.id())));
            for (Stage stage : Stage.values()) {
                assertThat(party.count(stage)).as("%s %s", party.label(), stage)
                        .isEqualTo(ofParty.stream().filter(m -> m.stage() == stage).count());
            }
        }
        assertThat(whole.byCycle().stream().mapToLong(StageCounts::total).sum())
                .isEqualTo(whole.byParty().stream().mapToLong(StageCounts::total).sum());
    }

    @Test
    void aMeasureIsOverdueOnlyAfterTheStageLimitHasPassed() {
        Instant start = Instant.parse("2025-03-01T09:00:00Z");
        clock.set(start);
        Ministry ministry = fixtures.ministry("Ministry of Waiting");
        Long id = fixtures.submitted(ministry, "Waiting for review", List.of());
        BoardFilter filter = BoardFilter.all().withMinistry(ministry.getId());

        clock.set(start.plus(Duration.ofDays(30)));
        assertThat(boardOf(filter).overdue()).isEmpty();

        clock.set(start.plus(Duration.ofDays(30)).plusSeconds(1));
        assertThat(boardOf(filter).overdue()).singleElement().satisfies(m -> {
            assertThat(m.measureId()).isEqualTo(id);
            assertThat(m.overStageLimit()).isTrue();
            assertThat(m.pastDeadline()).isFalse();
        });

        // A new stage starts a new count.
        fixtures.decide("reviewer", id, Decision.APPROVE, null);
        assertThat(boardOf(filter).overdue()).isEmpty();
        assertThat(boardOf(filter).pendingTasks()).anySatisfy(p -> {
            assertThat(p.username()).isEqualTo("evaluator");
            assertThat(p.role()).isEqualTo(Role.EVALUATOR);
            assertThat(p.open()).isPositive();
        });
    }

    @Test
    void aMeasureIsOverdueTheDayAfterItsCycleDeadline() {
        Instant start = Instant.parse("2026-01-10T09:00:00Z");
        clock.set(start);
        Ministry ministry = fixtures.ministry("Ministry of Deadlines");
        Long id = fixtures.draft(ministry, "Due soon", List.of());
        Long mongolia = fixtures.mongolia().getId();
        fixtures.doAs("admin", () -> deadlines.setDueDate(mongolia, fixtures.cycle2024(), LocalDate.of(2026, 1, 20)));
        BoardFilter filter = BoardFilter.all().withMinistry(ministry.getId());
        try {
            clock.set(LocalDate.of(2026, 1, 20).atTime(23, 59).toInstant(ZoneOffset.UTC));
            assertThat(boardOf(filter).overdue()).isEmpty();

            clock.set(LocalDate.of(2026, 1, 21).atStartOfDay().toInstant(ZoneOffset.UTC));
            assertThat(boardOf(filter).overdue()).singleElement().satisfies(m -> {
                assertThat(m.measureId()).isEqualTo(id);
                assertThat(m.pastDeadline()).isTrue();
                assertThat(m.overStageLimit()).isFalse();
            });
            assertThat(fixtures.as("admin", () -> deadlines.ofCycle(fixtures.cycle2024())))
                    .filteredOn(d -> d.partyId().equals(mongolia)).singleElement()
                    .extracting(CycleDeadline::dueDate).isEqualTo(LocalDate.of(2026, 1, 20));
        } finally {
            fixtures.doAs("admin", () -> deadlines.setDueDate(mongolia, fixtures.cycle2024(), LocalDate.of(2028, 4, 30)));
        }
    }

    @Test
    @WithUserDetails("reviewer")
    void onlyAdministratorsReadTheBoard() {
        assertThatThrownBy(() -> board.board(BoardFilter.all())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> deadlines.setDueDate(1L, 1L, LocalDate.now())).isInstanceOf(AccessDeniedException.class);
    }
}
