package org.policymonitor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;

import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.audit.AuditCategory;
import org.policymonitor.audit.AuditEntry;
import org.policymonitor.audit.AuditQuery;
import org.policymonitor.audit.AuditTrail;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.notification.Notification;
import org.policymonitor.notification.NotificationKind;
import org.policymonitor.notification.NotificationService;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.testsupport.SignedIn;
import org.policymonitor.workflow.ReasonRequiredException;
import org.policymonitor.workflow.ReportReview;
import org.policymonitor.workflow.ReportSubmissions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The periodic report's process on Flowable with the aggregate: submit, return with a reason, resubmit, accept;
 * refusals for an incomplete report, a measure not yet published, a reviewer of another Party, an evaluator of
 * the Party and a non-administrator deciding.
 */
@ReportIntegrationTest
class ReportProcessTest {

    @Autowired
    PeriodicReports reports;
    @Autowired
    ReportSubmissions submissions;
    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditTrail audit;
    @Autowired
    NotificationService notifications;
    @Autowired
    RuntimeService runtime;
    @Autowired
    SecurityContextHolderStrategy strategy;

    ReportFixtures fixtures;

    @BeforeEach
    void setUp() {
        SecurityContextHolder.setContextHolderStrategy(strategy);
        fixtures = new ReportFixtures(measures, referenceData, accounts);
        fixtures.ensureOtherReviewer();
    }

    @Test
    void submitReturnResubmitAccept() {
        ReportFixtures.Cycle cycle = fixtures.freshCycle("walk");
        ReportDetails empty = as("reviewer", () -> reports.forCycle(cycle.cycleId()));
        Long id = empty.report().getId();
        assertThat(empty.report().getStatus()).isEqualTo(ReportStatus.DRAFT);
        assertThat(empty.missing().get(ReportSection.GENERAL_INFORMATION)).extracting(Missing::field)
                .contains("CONTACT_TITLE", "CONTACT_EMAIL");
        assertThat(empty.missing().get(ReportSection.MEASURES)).extracting(Missing::messageKey)
                .containsExactly("report.missing.noMeasure");

        // an empty report cannot be submitted; what is missing is listed per section
        assertThatThrownBy(() -> as("reviewer", () -> reports.submit(id, empty.report().getVersion())))
                .isInstanceOfSatisfying(IncompleteReportException.class, e -> assertThat(e.missing()
                        .get(ReportSection.EXECUTIVE_SUMMARY)).extracting(Missing::field)
                        .containsExactly("EXECUTIVE_SUMMARY"));

        // the coordinator fills the sections, picks two published measures and the contribution ...
        ReportDetails filled = as("reviewer", () -> reports.save(id, empty.report().getVersion(),
                ReportFixtures.completeContent("Mongolia's culture in four years.")));
        as("reviewer", () -> reports.choose(id, cycle.publishedA(), true));
        as("reviewer", () -> reports.choose(id, cycle.publishedB(), true));
        as("reviewer", () -> reports.acceptContribution(id, cycle.contribution()));
        // ... and a draft, which blocks the submit as "not yet published"
        ReportDetails withDraft = as("reviewer", () -> reports.choose(id, cycle.draft(), true));
        assertThat(withDraft.missing().get(ReportSection.MEASURES)).extracting(Missing::messageKey, Missing::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("report.missing.notPublished",
                        "Music schools draft walk"));
        assertThatThrownBy(() -> as("reviewer", () -> reports.submit(id, withDraft.report().getVersion())))
                .isInstanceOf(IncompleteReportException.class);
        ReportDetails ready = as("reviewer", () -> reports.choose(id, cycle.draft(), false));
        assertThat(ready.isComplete()).isTrue();
        assertThat(filled.report().getVersion()).isLessThan(ready.report().getVersion());

        // submit: the Secretariat has a review task
        ReportDetails submitted = as("reviewer", () -> reports.submit(id, ready.report().getVersion()));
        assertThat(submitted.report().getStatus()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(as("admin", submissions::openReviews)).extracting(ReportReview::reportId).contains(id);
        assertThat(running(id)).isEqualTo(1);
        // a submitted report is no longer the coordinator's to change
        assertThatThrownBy(() -> as("reviewer", () -> reports.save(id, submitted.report().getVersion(),
                ReportFixtures.completeContent("changed")))).isInstanceOf(ReportStatusException.class);

        // return: the reason is kept and the coordinator is told
        String reason = "Please describe who took part in the consultation.";
        assertThatThrownBy(() -> asVoid("admin", () -> submissions.returnReport(id, " ")))
                .isInstanceOf(ReasonRequiredException.class);
        asVoid("admin", () -> submissions.returnReport(id, reason));
        ReportDetails returned = as("reviewer", () -> reports.details(id));
        assertThat(returned.report().getStatus()).isEqualTo(ReportStatus.RETURNED);
        assertThat(returned.report().returns()).extracting(ReportEvent::getReason).containsExactly(reason);
        assertThat(running(id)).isZero();
        assertThat(as("admin", submissions::openReviews)).extracting(ReportReview::reportId).doesNotContain(id);
        assertThat(as("reviewer", notifications::mine)).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.REPORT_RETURNED);
            assertThat(n.detail()).isEqualTo(reason);
        });

        // the coordinator fixes and resubmits; the Secretariat accepts
        ReportDetails fixed = as("reviewer", () -> reports.save(id, returned.report().getVersion(),
                ReportFixtures.completeContent("Mongolia's culture in four years, with the consultation.")));
        as("reviewer", () -> reports.submit(id, fixed.report().getVersion()));
        assertThat(running(id)).isEqualTo(1);
        asVoid("admin", () -> submissions.accept(id));

        ReportDetails accepted = as("admin", () -> reports.details(id));
        assertThat(accepted.report().getStatus()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(accepted.report().events()).extracting(ReportEvent::getStatus).containsExactly(
                ReportStatus.SUBMITTED, ReportStatus.RETURNED, ReportStatus.SUBMITTED, ReportStatus.ACCEPTED);
        assertThat(accepted.report().returns()).extracting(ReportEvent::getReason).containsExactly(reason);
        assertThat(accepted.included()).extracting(ReportMeasure::id)
                .containsExactlyInAnyOrder(cycle.publishedA(), cycle.publishedB(), cycle.contribution());
        assertThat(reports.acceptedReport(id)).isPresent();
        assertThat(running(id)).isZero();
        assertThat(as("reviewer", notifications::mine)).extracting(Notification::kind)
                .contains(NotificationKind.REPORT_ACCEPTED);
        List<AuditEntry> trail = as("admin", () -> audit.search(new AuditQuery("periodic report " + id + " ", null,
                AuditCategory.REPORT_STEP, null, null, 50)));
        assertThat(trail).extracting(AuditEntry::action).contains("REPORT_SUBMITTED", "REPORT_RETURNED",
                "REPORT_ACCEPTED", "REPORT_CONTRIBUTION_ACCEPTED");
        // an accepted report is final
        assertThatThrownBy(() -> as("reviewer", () -> reports.submit(id, accepted.report().getVersion())))
                .isInstanceOf(ReportStatusException.class);
    }

    @Test
    void aReviewerOfAnotherPartyAndAnEvaluatorOfTheParty_areRefused() {
        ReportFixtures.Cycle cycle = fixtures.freshCycle("scope");
        ReportDetails report = as("reviewer", () -> reports.forCycle(cycle.cycleId()));
        Long id = report.report().getId();
        long version = report.report().getVersion();

        assertThatThrownBy(() -> as(ReportFixtures.REVIEWER_LT, () -> reports.details(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(ReportFixtures.REVIEWER_LT, () -> reports.save(id, version,
                ReportFixtures.completeContent("Not mine")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(ReportFixtures.REVIEWER_LT, () -> reports.choose(id, cycle.publishedA(), true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(ReportFixtures.REVIEWER_LT, () -> reports.submit(id, version)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("evaluator", () -> reports.save(id, version,
                ReportFixtures.completeContent("Not the coordinator")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("editor", () -> reports.details(id))).isInstanceOf(AccessDeniedException.class);

        ReportDetails after = as("reviewer", () -> reports.details(id));
        assertThat(after.report().getVersion()).isEqualTo(version);
        assertThat(after.report().content().executiveSummary()).isNull();
        assertThat(after.included()).isEmpty();

        // a measure of another Party or cycle is not the report's to contain
        Long otherCycleMeasure = fixtures.freshCycle("elsewhere").publishedA();
        assertThatThrownBy(() -> as("reviewer", () -> reports.choose(id, otherCycleMeasure, true)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyTheSecretariatDecides() {
        ReportFixtures.Cycle cycle = fixtures.freshCycle("decide");
        Long id = submittedReport(cycle);

        assertThatThrownBy(() -> asVoid("reviewer", () -> submissions.accept(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asVoid("reviewer", () -> submissions.returnReport(id, "My own report")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("reviewer", submissions::openReviews)).isInstanceOf(AccessDeniedException.class);
        assertThat(as("reviewer", () -> reports.details(id)).report().getStatus()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(running(id)).isEqualTo(1);

        asVoid("admin", () -> submissions.accept(id));
        assertThat(as("reviewer", () -> reports.details(id)).report().getStatus()).isEqualTo(ReportStatus.ACCEPTED);
    }

    @Test
    void aSaveOverSomeoneElsesSave_isRefusedAndWritesNothing() {
        ReportFixtures.Cycle cycle = fixtures.freshCycle("stale");
        ReportDetails loaded = as("reviewer", () -> reports.forCycle(cycle.cycleId()));
        Long id = loaded.report().getId();
        as("reviewer", () -> reports.save(id, loaded.report().getVersion(), ReportFixtures.completeContent("First")));

        assertThatThrownBy(() -> as("reviewer", () -> reports.save(id, loaded.report().getVersion(),
                ReportFixtures.completeContent("Second")))).isInstanceOfSatisfying(StaleReportException.class,
                        e -> assertThat(e.savedBy()).isEqualTo("reviewer"));
        assertThat(as("reviewer", () -> reports.details(id)).report().content().executiveSummary()).isEqualTo("First");
    }

    @Test
    void theReturnOfAContribution_keepsItsReason() {
        ReportFixtures.Cycle cycle = fixtures.freshCycle("contribution");
        Long id = as("reviewer", () -> reports.forCycle(cycle.cycleId())).report().getId();
        assertThatThrownBy(() -> as("reviewer", () -> reports.acceptContribution(id, cycle.publishedA())))
                .isInstanceOf(IllegalArgumentException.class);
        as("reviewer", () -> reports.returnContribution(id, cycle.contribution(), "Please add the budget."));
        ReportDetails accepted = as("reviewer", () -> reports.acceptContribution(id, cycle.contribution()));
        assertThat(accepted.report().contributionDecisions()).extracting(ContributionDecision::isAccepted,
                ContributionDecision::getReason).containsExactly(org.assertj.core.groups.Tuple.tuple(false,
                        "Please add the budget."), org.assertj.core.groups.Tuple.tuple(true, null));
        assertThat(accepted.contributions()).singleElement().satisfies(c -> assertThat(c.included()).isTrue());
    }

    private Long submittedReport(ReportFixtures.Cycle cycle) {
        ReportDetails loaded = as("reviewer", () -> reports.forCycle(cycle.cycleId()));
        Long id = loaded.report().getId();
        as("reviewer", () -> reports.save(id, loaded.report().getVersion(), ReportFixtures.completeContent("S")));
        ReportDetails chosen = as("reviewer", () -> reports.choose(id, cycle.publishedA(), true));
        as("reviewer", () -> reports.submit(id, chosen.report().getVersion()));
        return id;
    }

    private long running(Long reportId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("reportSubmission")
                .processInstanceBusinessKey(reportId.toString()).count();
    }

    private <T> T as(String username, Supplier<T> action) {
        return SignedIn.as(accounts, username, action);
    }

    private void asVoid(String username, Runnable action) {
        SignedIn.as(accounts, username, () -> {
            action.run();
            return null;
        });
    }
}
