package org.policymonitor.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.audit.AuditCategory;
import org.policymonitor.audit.AuditEntry;
import org.policymonitor.audit.AuditQuery;
import org.policymonitor.audit.AuditTrail;
import org.policymonitor.i18n.TranslationProvider;
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.MeasureStatus;
import org.policymonitor.party.Ministry;
import org.policymonitor.party.Party;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.Role;
import org.policymonitor.security.Scope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Four eyes, enforced by the workflow: whoever submitted a measure acts on none of its steps, the reviewer who
 * approved it does not sign it off, unless an administrator allowed it for the Party (audited).
 */
@WorkflowIntegrationTest
class FourEyesTest {

    /** Editor, reviewer and evaluator of Mongolia at once: a one-person team. */
    static final String SOLO = "solo.mn";
    /** Reviewer and evaluator of Mongolia. */
    static final String REVIEWER_EVALUATOR = "reviewer.evaluator.mn";

    @Autowired
    SubmissionWorkflow workflow;
    @Autowired
    FourEyesPolicy policy;
    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditTrail audit;
    @Autowired
    TranslationProvider translations;
    @Autowired
    SecurityContextHolderStrategy securityContextStrategy;

    WorkflowFixtures fixtures;
    Party mongolia;
    Ministry culture;

    @BeforeEach
    void setUp() {
        fixtures = new WorkflowFixtures(measures, referenceData, accounts, securityContextStrategy);
        mongolia = fixtures.mongolia();
        culture = referenceData.ministriesOf(mongolia.getId()).stream()
                .filter(m -> m.getName().equals("Ministry of Culture")).findFirst().orElseThrow();
        if (!accounts.exists(SOLO)) {
            accounts.createUser(SOLO, "Bold Solo (whole team, Mongolia)", "solo@example.org", "secret-solo",
                    Set.of(Role.EDITOR, Role.REVIEWER, Role.EVALUATOR), Scope.ministry(culture.getId(), mongolia.getId()));
        }
        if (!accounts.exists(REVIEWER_EVALUATOR)) {
            accounts.createUser(REVIEWER_EVALUATOR, "Reviewer and evaluator, Mongolia", "re@example.org", "secret-re",
                    Set.of(Role.REVIEWER, Role.EVALUATOR), Scope.party(mongolia.getId()));
        }
    }

    /** A complete measure drafted and submitted by the one-person team. */
    private Long submittedBySolo(String title) {
        Long cycle = referenceData.cycleByCode("2024-2027").orElseThrow().getId();
        Long id = fixtures.as(SOLO, () -> measures.createDraft(mongolia.getId(), culture.getId(), cycle,
                FormVersion.FORM_2020, WorkflowFixtures.completeContent(title, List.of()), SOLO).getId());
        fixtures.doAs(SOLO, () -> measures.submit(id, SOLO));
        return id;
    }

    private TaskView task(String username, Long measureId) {
        return fixtures.as(username, () -> workflow.inbox(InboxFilter.all())).stream()
                .filter(t -> t.measureId().equals(measureId)).findFirst().orElseThrow();
    }

    private MeasureStatus status(Long measureId) {
        return measures.find(measureId).orElseThrow().getStatus();
    }

    @Test
    void oneTeamOfOneCannotApproveOrSignOffTheirOwnMeasure() {
        Long id = submittedBySolo("Own measure (four eyes)");

        TaskView review = task(SOLO, id);
        assertThat(review.step()).isEqualTo(WorkflowStep.REVIEW);
        assertThat(review.refusal()).isEqualTo(TaskEntitlement.OWN_SUBMISSION);
        assertThat(review.canClaim()).isFalse();
        assertThat(review.canDecide()).isFalse();
        assertThatThrownBy(() -> fixtures.doAs(SOLO, () -> workflow.claim(review.id())))
                .isInstanceOfSatisfying(FourEyesException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(TaskEntitlement.OWN_SUBMISSION));
        assertThatThrownBy(() -> fixtures.doAs(SOLO, () -> workflow.complete(review.id(), Decision.APPROVE, null)))
                .isInstanceOfSatisfying(FourEyesException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(TaskEntitlement.OWN_SUBMISSION);
                    assertThat(translations.translate(Locale.ENGLISH, e.messageKey())).contains("You submitted this measure");
                    assertThat(translations.translate(Locale.FRENCH, e.messageKey())).contains("Vous avez soumis cette mesure");
                    assertThat(translations.translate(Locale.of("es"), e.messageKey())).contains("Usted presentó esta medida");
                });
        assertThat(status(id)).isEqualTo(MeasureStatus.IN_REVIEW);

        fixtures.doAs("reviewer", () -> workflow.complete(review.id(), Decision.APPROVE, null));
        TaskView signOff = task(SOLO, id);
        assertThat(signOff.step()).isEqualTo(WorkflowStep.SIGN_OFF);
        assertThat(signOff.canDecide()).isFalse();
        assertThatThrownBy(() -> fixtures.doAs(SOLO, () -> workflow.complete(signOff.id(), Decision.SIGN_OFF, null)))
                .isInstanceOfSatisfying(FourEyesException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(TaskEntitlement.OWN_SUBMISSION));
        assertThat(status(id)).isEqualTo(MeasureStatus.AWAITING_SIGN_OFF);
        // an administrator cannot hand it to them either
        assertThatThrownBy(() -> fixtures.doAs("admin", () -> workflow.reassign(signOff.id(), SOLO)))
                .isInstanceOf(IllegalArgumentException.class);

        fixtures.doAs("evaluator", () -> workflow.complete(signOff.id(), Decision.SIGN_OFF, null));
        assertThat(status(id)).isEqualTo(MeasureStatus.PUBLISHED);
    }

    @Test
    void theReviewerWhoApprovedCannotSignOffTheSameSubmission() {
        Long id = fixtures.submitted("Approved then signed off by another (four eyes)", List.of());
        fixtures.doAs(REVIEWER_EVALUATOR, () -> workflow.complete(task(REVIEWER_EVALUATOR, id).id(), Decision.APPROVE,
                null));

        TaskView signOff = task(REVIEWER_EVALUATOR, id);
        assertThat(signOff.step()).isEqualTo(WorkflowStep.SIGN_OFF);
        assertThat(signOff.refusal()).isEqualTo(TaskEntitlement.OWN_APPROVAL);
        assertThat(signOff.canDecide()).isFalse();
        assertThatThrownBy(() -> fixtures.doAs(REVIEWER_EVALUATOR,
                () -> workflow.complete(signOff.id(), Decision.SIGN_OFF, null)))
                .isInstanceOfSatisfying(FourEyesException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(TaskEntitlement.OWN_APPROVAL);
                    assertThat(translations.translate(Locale.ENGLISH, e.messageKey())).contains("approved the review");
                });
        assertThat(status(id)).isEqualTo(MeasureStatus.AWAITING_SIGN_OFF);

        // another evaluator of the Party may
        assertThat(task("evaluator", id).canDecide()).isTrue();
        fixtures.doAs("evaluator", () -> workflow.complete(signOff.id(), Decision.SIGN_OFF, null));
        assertThat(status(id)).isEqualTo(MeasureStatus.PUBLISHED);
    }

    @Test
    void anAdministratorCanAllowOnePersonToDoEveryStepForAPartyAndThatChoiceIsAudited() {
        assertThatThrownBy(() -> fixtures.doAs("reviewer", () -> policy.allowSamePersonSteps(mongolia.getId(), true)))
                .isInstanceOf(AuthorizationDeniedException.class);
        fixtures.doAs("admin", () -> policy.allowSamePersonSteps(mongolia.getId(), true));
        try {
            assertThat(fixtures.as("admin", () -> policy.settings())).filteredOn(s -> s.partyId().equals(mongolia.getId()))
                    .singleElement().satisfies(s -> {
                        assertThat(s.samePersonStepsAllowed()).isTrue();
                        assertThat(s.changedBy()).isEqualTo("admin");
                    });
            List<AuditEntry> entries = fixtures.as("admin", () -> audit.search(
                    new AuditQuery(FourEyesPolicy.ALLOWED_ACTION, null, AuditCategory.ADMIN_ACTION, null, null, 10)));
            assertThat(entries).first().satisfies(e -> {
                assertThat(e.actor()).isEqualTo("admin");
                assertThat(e.action()).isEqualTo(FourEyesPolicy.ALLOWED_ACTION);
                assertThat(e.detail()).contains("party=MN");
            });

            Long id = submittedBySolo("Small team (four eyes waived)");
            TaskView review = task(SOLO, id);
            assertThat(review.refusal()).isNull();
            assertThat(review.canDecide()).isTrue();
            fixtures.doAs(SOLO, () -> workflow.complete(review.id(), Decision.APPROVE, null));
            fixtures.doAs(SOLO, () -> workflow.complete(task(SOLO, id).id(), Decision.SIGN_OFF, null));
            assertThat(status(id)).isEqualTo(MeasureStatus.PUBLISHED);
        } finally {
            fixtures.doAs("admin", () -> policy.allowSamePersonSteps(mongolia.getId(), false));
        }
        assertThat(fixtures.as("admin", () -> audit.search(
                new AuditQuery(FourEyesPolicy.REQUIRED_ACTION, null, AuditCategory.ADMIN_ACTION, null, null, 10))))
                .first().extracting(AuditEntry::actor).isEqualTo("admin");

        // Lithuania was never changed: still four eyes there
        Long lithuania = referenceData.partyByIso("LT").orElseThrow().getId();
        assertThat(fixtures.as("admin", () -> policy.settings())).filteredOn(s -> s.partyId().equals(lithuania))
                .singleElement().extracting(FourEyesPolicy.PartySetting::samePersonStepsAllowed).isEqualTo(false);
        Long id = submittedBySolo("Small team again (four eyes back)");
        assertThat(task(SOLO, id).refusal()).isEqualTo(TaskEntitlement.OWN_SUBMISSION);
    }
}
