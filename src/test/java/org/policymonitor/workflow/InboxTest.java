package org.policymonitor.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.flowable.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.MeasureStatus;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.Role;
import org.policymonitor.security.Scope;
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

    /**
     * The inbox is one query for "assigned to me or offered to my groups": a task a colleague of the same group
     * claimed leaves the group's view, the one I claimed stays in mine, and another Party's reviewer sees neither.
     */
    @Test
    void mineOrOfferedToMyGroupsButNotWhatAColleagueClaimed() {
        if (!accounts.exists("inbox.colleague")) {
            accounts.createUser("inbox.colleague", "Colleague reviewer, Mongolia", "inbox.colleague@example.org",
                    "secret-colleague", Set.of(Role.REVIEWER), Scope.party(fixtures.mongolia().getId()));
        }
        if (!accounts.exists("inbox.lithuania")) {
            accounts.createUser("inbox.lithuania", "Reviewer, Lithuania", "inbox.lt@example.org", "secret-lt",
                    Set.of(Role.REVIEWER), Scope.party(referenceData.partyByIso("LT").orElseThrow().getId()));
        }
        Long mine = fixtures.submitted("Inbox claims: mine", List.of());
        Long theirs = fixtures.submitted("Inbox claims: the colleague's", List.of());
        Long open = fixtures.submitted("Inbox claims: open to the group", List.of());
        fixtures.doAs("reviewer", () -> workflow.claim(taskOf("reviewer", mine)));
        fixtures.doAs("inbox.colleague", () -> workflow.claim(taskOf("inbox.colleague", theirs)));
        InboxFilter claims = new InboxFilter(InboxFilter.Show.ALL, null, false, "inbox claims", null);

        assertThat(titles("reviewer", claims)).containsExactlyInAnyOrder("Inbox claims: mine",
                "Inbox claims: open to the group");
        assertThat(titles("inbox.colleague", claims)).containsExactlyInAnyOrder("Inbox claims: the colleague's",
                "Inbox claims: open to the group");
        assertThat(titles("reviewer", new InboxFilter(InboxFilter.Show.MINE, null, false, "inbox claims", null)))
                .containsExactly("Inbox claims: mine");
        assertThat(titles("reviewer", new InboxFilter(InboxFilter.Show.GROUP, null, false, "inbox claims", null)))
                .containsExactly("Inbox claims: open to the group");
        assertThat(titles("inbox.lithuania", claims)).isEmpty();
        assertThat(titles("admin", claims)).hasSize(3);
        TaskView held = fixtures.as("reviewer", () -> workflow.inbox(claims)).stream()
                .filter(t -> t.measureId().equals(mine)).findFirst().orElseThrow();
        assertThat(held.assignee()).isEqualTo("reviewer");
        assertThat(held.canUnclaim()).isTrue();
        assertThat(held.canDecide()).isTrue();
        assertThat(held.canClaim()).isFalse();
        assertThat(held.measureTitle()).isEqualTo("Inbox claims: mine");
    }

    /** The title search is a plain substring search: a typed % or _ is a character, not a wildcard. */
    @Test
    void searchTextIsLiteral() {
        fixtures.submitted("Inbox search: 100% of grants", List.of());
        fixtures.submitted("Inbox search: 100 new grants", List.of());
        fixtures.submitted("Inbox search: snake_case", List.of());
        fixtures.submitted("Inbox search: snakeXcase", List.of());

        assertThat(titles("reviewer", new InboxFilter(InboxFilter.Show.ALL, null, false, "100% ", null)))
                .containsExactly("Inbox search: 100% of grants");
        assertThat(titles("reviewer", new InboxFilter(InboxFilter.Show.ALL, null, false, "search: 100%", null)))
                .containsExactly("Inbox search: 100% of grants");
        assertThat(titles("reviewer", new InboxFilter(InboxFilter.Show.ALL, null, false, "SNAKE_", null)))
                .containsExactly("Inbox search: snake_case");
    }

    private String taskOf(String username, Long measureId) {
        return fixtures.as(username, () -> workflow.inbox(InboxFilter.all())).stream()
                .filter(t -> t.measureId().equals(measureId)).findFirst().orElseThrow().id();
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
