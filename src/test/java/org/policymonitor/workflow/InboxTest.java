package org.policymonitor.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

import org.flowable.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.MeasureStatus;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The inbox's filters and order, and where a measure that was never submitted stands. */
@WorkflowIntegrationTest
class InboxTest {

    @Autowired
    SubmissionWorkflow workflow;
    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;
    @Autowired
    SecurityContextHolderStrategy securityContextStrategy;
    @Autowired
    ProcessEngineConfiguration engine;

    WorkflowFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new WorkflowFixtures(measures, referenceData, accounts, securityContextStrategy);
    }

    @AfterEach
    void resetEngineClock() {
        engine.getClock().reset();
    }

    private List<String> titles(String username, InboxFilter filter) {
        return fixtures.as(username, () -> workflow.inbox(filter)).stream().map(TaskView::measureTitle).toList();
    }

    @Test
    void filtersAndOrderByDueDate() {
        // a review waiting since three weeks (due a week ago), and a fresh one
        engine.getClock().setCurrentTime(Date.from(Instant.now().minus(Duration.ofDays(21))));
        fixtures.submitted("Inbox sorting: old festival grants", List.of());
        engine.getClock().reset();
        fixtures.submitted("Inbox sorting: new film grants", List.of());
        Function<InboxFilter.Order, InboxFilter> sorted = order -> new InboxFilter(InboxFilter.Show.ALL, null, false,
                "inbox SORTING", order);

        assertThat(titles("reviewer", sorted.apply(InboxFilter.Order.DUE_FIRST)))
                .containsExactly("Inbox sorting: old festival grants", "Inbox sorting: new film grants");
        assertThat(titles("reviewer", sorted.apply(InboxFilter.Order.DUE_LAST)))
                .containsExactly("Inbox sorting: new film grants", "Inbox sorting: old festival grants");
        assertThat(titles("reviewer", sorted.apply(InboxFilter.Order.NEWEST_FIRST)))
                .containsExactly("Inbox sorting: new film grants", "Inbox sorting: old festival grants");
        assertThat(titles("reviewer", new InboxFilter(InboxFilter.Show.ALL, null, true, "inbox sorting", null)))
                .containsExactly("Inbox sorting: old festival grants");
        assertThat(titles("reviewer", new InboxFilter(InboxFilter.Show.ALL, WorkflowStep.SIGN_OFF, false,
                "inbox sorting", null))).isEmpty();
        assertThat(titles("reviewer", new InboxFilter(InboxFilter.Show.MINE, null, false, "inbox sorting", null)))
                .isEmpty();
        assertThat(titles("reviewer", new InboxFilter(InboxFilter.Show.GROUP, WorkflowStep.REVIEW, false,
                "inbox sorting", null))).hasSize(2);
        // administrators see every open task, the evaluator none of these
        assertThat(titles("admin", sorted.apply(null))).hasSize(2);
        assertThat(titles("evaluator", sorted.apply(null))).isEmpty();

        TaskView old = fixtures.as("reviewer", () -> workflow.inbox(sorted.apply(null))).getFirst();
        assertThat(old.overdue(Instant.now())).isTrue();
        assertThat(old.age(Instant.now())).isGreaterThan(Duration.ofDays(20));
    }

    @Test
    void aDraftHasNoSubmissionYetButItsPeopleSeeTheProcess() {
        Long id = fixtures.draft("Never submitted", List.of());

        SubmissionOverview overview = fixtures.as("editor", () -> workflow.overview(id));
        assertThat(overview.status()).isEqualTo(MeasureStatus.DRAFT);
        assertThat(overview.running()).isFalse();
        assertThat(overview.timeline()).isEmpty();
        assertThat(overview.openTasks()).isEmpty();
        assertThat(fixtures.as("editor", () -> workflow.diagram(id, element -> element, "Process")))
                .contains("<g data-element=\"review\" data-state=\"idle\">").doesNotContain("data-state=\"active\"");
    }
}
