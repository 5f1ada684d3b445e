package org.policymonitor.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.i18n.TranslationProvider;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.PartnerRow;
import org.policymonitor.party.PartnerOrganisation;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Partners by identity: a row is routed to the registered organisation it names, however it is spelled; an
 * organisation without a contact account, or a row naming no registered organisation, is confirmed by the
 * Party's reviewers on its behalf; the submission says who must act.
 */
@WorkflowIntegrationTest
class PartnerRoutingTest {

    @Autowired
    SubmissionWorkflow workflow;
    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;
    @Autowired
    TranslationProvider translations;
    @Autowired
    SecurityContextHolderStrategy securityContextStrategy;

    WorkflowFixtures fixtures;
    PartnerOrganisation council;

    @BeforeEach
    void setUp() {
        fixtures = new WorkflowFixtures(measures, referenceData, accounts, securityContextStrategy);
        council = referenceData.partnerOrganisationByName(WorkflowFixtures.ARTS_COUNCIL).orElseThrow();
    }

    private List<TaskView> tasks(String username, Long measureId) {
        return fixtures.as(username, () -> workflow.inbox(InboxFilter.all())).stream()
                .filter(t -> t.measureId().equals(measureId)).toList();
    }

    private Long approvedWithPartners(String title, List<PartnerRow> partners) {
        Long id = fixtures.submitted(title, partners);
        String review = tasks("reviewer", id).getFirst().id();
        fixtures.doAs("reviewer", () -> workflow.complete(review, Decision.APPROVE, null));
        return id;
    }

    @Test
    void aNameSpelledOtherwiseReachesTheRegisteredOrganisationsPartner() {
        Long id = approvedWithPartners("Arts council spelled otherwise",
                List.of(new PartnerRow("  mongolian ARTS   cóuncil ", "CIVIL_SOCIETY")));

        assertThat(tasks("partner", id)).singleElement().satisfies(task -> {
            assertThat(task.step()).isEqualTo(WorkflowStep.PARTNER_CONFIRMATION);
            assertThat(task.partnerName()).isEqualTo(WorkflowFixtures.ARTS_COUNCIL);
            assertThat(task.onBehalf()).isFalse();
            assertThat(task.audience()).containsExactly(new TaskAudience(Role.PARTNER, null, council.getId()));
        });
        assertThat(tasks("reviewer", id)).isEmpty();
    }

    @Test
    void aRowReferringToTheOrganisationByIdReachesItsPartnerWhateverItsText() {
        Long id = approvedWithPartners("Arts council by id",
                List.of(new PartnerRow("MN Arts Council (national)", "CIVIL_SOCIETY", council.getId())));

        assertThat(tasks("partner", id)).singleElement().extracting(TaskView::partnerName)
                .isEqualTo(WorkflowFixtures.ARTS_COUNCIL);
    }

    @Test
    void anOrganisationWithoutAnAccountIsConfirmedByTheReviewerOnItsBehalf() {
        PartnerOrganisation noContact = referenceData.partnerOrganisation("Khovd Theatre Union", "CIVIL_SOCIETY");
        Long id = approvedWithPartners("Partners without accounts", List.of(
                new PartnerRow("Ulaanbaatar Craft Guild", "PRIVATE_SECTOR"),
                new PartnerRow("Khovd Theatre Union", "CIVIL_SOCIETY", noContact.getId())));

        List<TaskView> onBehalf = tasks("reviewer", id);
        assertThat(onBehalf).extracting(TaskView::partnerName)
                .containsExactlyInAnyOrder("Ulaanbaatar Craft Guild", "Khovd Theatre Union");
        assertThat(onBehalf).allSatisfy(task -> {
            assertThat(task.onBehalf()).isTrue();
            assertThat(task.canDecide()).isTrue();
            assertThat(task.audience()).containsExactly(new TaskAudience(Role.REVIEWER, fixtures.mongolia().getId(), null));
        });
        assertThat(tasks("partner", id)).isEmpty();
        assertThat(translations.translate(Locale.ENGLISH, "workflow.task.onBehalf", "Ulaanbaatar Craft Guild"))
                .isEqualTo("Confirm on behalf of Ulaanbaatar Craft Guild (no account)");
        assertThat(translations.translate(Locale.FRENCH, "workflow.task.onBehalf", "Ulaanbaatar Craft Guild"))
                .isEqualTo("Confirmer au nom de Ulaanbaatar Craft Guild (sans compte)");
        assertThat(translations.translate(Locale.of("es"), "workflow.task.onBehalf", "Ulaanbaatar Craft Guild"))
                .isEqualTo("Confirmar en nombre de Ulaanbaatar Craft Guild (sin cuenta)");
    }

    @Test
    void theSubmissionSaysWhoMustActForEachOpenStep() {
        Long id = approvedWithPartners("Who must act", List.of(
                new PartnerRow(WorkflowFixtures.ARTS_COUNCIL, "CIVIL_SOCIETY"),
                new PartnerRow("Ulaanbaatar Craft Guild", "PRIVATE_SECTOR")));

        SubmissionOverview overview = fixtures.as("editor", () -> workflow.overview(id));
        assertThat(overview.openTasks()).extracting(TaskView::partnerName, TaskView::audience).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(WorkflowFixtures.ARTS_COUNCIL,
                        List.of(new TaskAudience(Role.PARTNER, null, council.getId()))),
                org.assertj.core.groups.Tuple.tuple("Ulaanbaatar Craft Guild",
                        List.of(new TaskAudience(Role.REVIEWER, fixtures.mongolia().getId(), null))));
    }
}
