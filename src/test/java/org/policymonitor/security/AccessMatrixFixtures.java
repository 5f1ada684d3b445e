package org.policymonitor.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.PartnerRow;
import org.policymonitor.party.Ministry;
import org.policymonitor.party.PartnerOrganisation;
import org.policymonitor.party.Party;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.party.ReportingCycle;
import org.policymonitor.testsupport.SignedIn;
import org.policymonitor.tracking.SubmissionFixtures;
import org.policymonitor.workflow.Decision;
import org.policymonitor.workflow.InboxFilter;
import org.policymonitor.workflow.SubmissionWorkflow;
import org.policymonitor.workflow.TaskView;
import org.policymonitor.workflow.WorkflowStep;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The real objects the access matrix calls with, in the sample scope (Mongolia, its Ministry of Culture, the
 * Mongolian Arts Council) and in another scope (Lithuania, its Ministry of Culture, another partner organisation):
 * one stored account per matrix column, and for each scope a draft, a draft of an earlier cycle, and one open
 * task of each step (review, partner confirmation, sign-off), each reached by driving a real submission through
 * the workflow service.
 */
final class AccessMatrixFixtures {

    static final String PASSWORD = "Matrix-passw0rd-2026";
    static final String OTHER_ORGANISATION = "Another Partner Organisation";

    /** The objects of one scope. */
    record ScopeObjects(Party party, Ministry ministry, PartnerOrganisation organisation,
            PartnerOrganisation civilSociety, Long draft, Long earlierDraft, Long inReview, Long awaitingPartner,
            Long awaitingSignOff, Map<WorkflowStep, String> tasks) {

        String task(WorkflowStep step) {
            return tasks.get(step);
        }
    }

    /** The stored account of each matrix column but "anonymous". */
    final Map<String, String> usernames = new LinkedHashMap<>();
    final ScopeObjects sample;
    final ScopeObjects other;
    final ReportingCycle currentCycle;
    final ReportingCycle earlierCycle;

    private final AccountService accounts;
    private final MeasureService measures;
    private final SubmissionWorkflow workflow;

    AccessMatrixFixtures(AccountService accounts, ReferenceData referenceData, MeasureService measures,
            SubmissionWorkflow workflow) {
        this.accounts = accounts;
        this.measures = measures;
        this.workflow = workflow;
        SecurityContextHolder.clearContext();
        currentCycle = referenceData.cycles().getFirst();
        earlierCycle = referenceData.cycles().get(1);
        Party mongolia = referenceData.partyByIso("MN").orElseThrow();
        Party lithuania = referenceData.partyByIso("LT").orElseThrow();
        Ministry mongolianCulture = referenceData.ministryOf(mongolia, "Ministry of Culture");
        Ministry lithuanianCulture = referenceData.ministryOf(lithuania, "The Ministry of Culture");
        PartnerOrganisation artsCouncil = referenceData.partnerOrganisationByName("Mongolian Arts Council")
                .orElseThrow();
        PartnerOrganisation otherOrganisation = referenceData.partnerOrganisation(OTHER_ORGANISATION, "CIVIL_SOCIETY");
        PartnerOrganisation mongolianCso = referenceData.partnerOrganisation("Matrix CSO of Mongolia",
                AccountService.CIVIL_SOCIETY_TYPE, mongolia.getId());
        PartnerOrganisation lithuanianCso = referenceData.partnerOrganisation("Matrix CSO of Lithuania",
                AccountService.CIVIL_SOCIETY_TYPE, lithuania.getId());

        account("editor", "m.editor", Role.EDITOR, Scope.ministry(mongolianCulture.getId(), mongolia.getId()));
        account("editor-other", "o.editor", Role.EDITOR, Scope.ministry(lithuanianCulture.getId(), lithuania.getId()));
        account("reviewer", "m.reviewer", Role.REVIEWER, Scope.party(mongolia.getId()));
        account("reviewer-other", "o.reviewer", Role.REVIEWER, Scope.party(lithuania.getId()));
        account("partner", "m.partner", Role.PARTNER, Scope.partner(artsCouncil.getId()));
        account("partner-other", "o.partner", Role.PARTNER, Scope.partner(otherOrganisation.getId()));
        account("evaluator", "m.evaluator", Role.EVALUATOR, Scope.party(mongolia.getId()));
        account("evaluator-other", "o.evaluator", Role.EVALUATOR, Scope.party(lithuania.getId()));
        account("civil", "m.civil", Role.CIVIL_SOCIETY, Scope.civilSociety(mongolianCso.getId(), mongolia.getId()));
        account("civil-other", "o.civil", Role.CIVIL_SOCIETY,
                Scope.civilSociety(lithuanianCso.getId(), lithuania.getId()));
        account("admin", "m.admin", Role.ADMIN, Scope.none());

        sample = objects(mongolia, mongolianCulture, artsCouncil, mongolianCso, "m.reviewer");
        other = objects(lithuania, lithuanianCulture, otherOrganisation, lithuanianCso, "o.reviewer");
    }

    private void account(String column, String username, Role role, Scope scope) {
        accounts.createUser(username, username, username + "@example.org", PASSWORD, Set.of(role), scope);
        usernames.put(column, username);
    }

    private ScopeObjects objects(Party party, Ministry ministry, PartnerOrganisation organisation,
            PartnerOrganisation civilSociety, String reviewer) {
        Long draft = draft(party, ministry, currentCycle, "Matrix draft " + party.getIsoCode(), List.of());
        Long earlier = draft(party, ministry, earlierCycle, "Matrix earlier draft " + party.getIsoCode(), List.of());
        Long inReview = submitted(party, ministry, "Matrix review " + party.getIsoCode(), List.of());
        Long awaitingPartner = submitted(party, ministry, "Matrix partner " + party.getIsoCode(),
                List.of(new PartnerRow(organisation.getName(), "CIVIL_SOCIETY")));
        Long awaitingSignOff = submitted(party, ministry, "Matrix sign-off " + party.getIsoCode(), List.of());
        decide(reviewer, awaitingPartner, Decision.APPROVE);
        decide(reviewer, awaitingSignOff, Decision.APPROVE);
        Map<WorkflowStep, String> tasks = new LinkedHashMap<>();
        tasks.put(WorkflowStep.REVIEW, openTask(inReview, WorkflowStep.REVIEW));
        tasks.put(WorkflowStep.PARTNER_CONFIRMATION, openTask(awaitingPartner, WorkflowStep.PARTNER_CONFIRMATION));
        tasks.put(WorkflowStep.SIGN_OFF, openTask(awaitingSignOff, WorkflowStep.SIGN_OFF));
        return new ScopeObjects(party, ministry, organisation, civilSociety, draft, earlier, inReview, awaitingPartner,
                awaitingSignOff, tasks);
    }

    private Long draft(Party party, Ministry ministry, ReportingCycle cycle, String title, List<PartnerRow> partners) {
        return measures.createDraft(party.getId(), ministry.getId(), cycle.getId(), FormVersion.FORM_2020,
                SubmissionFixtures.content(title, partners), "matrix").getId();
    }

    private Long submitted(Party party, Ministry ministry, String title, List<PartnerRow> partners) {
        Long id = draft(party, ministry, currentCycle, title, partners);
        measures.submit(id, "matrix");
        return id;
    }

    private void decide(String username, Long measureId, Decision decision) {
        String task = openTask(measureId, WorkflowStep.REVIEW);
        SignedIn.as(accounts, username, () -> {
            workflow.complete(task, decision, null);
            return null;
        });
    }

    /** The one open task of the measure at the step, as the administrator sees it. */
    private String openTask(Long measureId, WorkflowStep step) {
        List<TaskView> open = SignedIn.as(accounts, "m.admin", () -> workflow.inbox(InboxFilter.all())).stream()
                .filter(t -> t.measureId().equals(measureId) && t.step() == step).toList();
        if (open.size() != 1) {
            throw new IllegalStateException(open.size() + " open " + step + " tasks of measure " + measureId);
        }
        return open.getFirst().id();
    }
}
