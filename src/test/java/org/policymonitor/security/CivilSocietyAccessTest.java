package org.policymonitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureDetails;
import org.policymonitor.measure.MeasureEditing;
import org.policymonitor.measure.MeasureFilter;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.MeasureStatus;
import org.policymonitor.measure.MeasureSummary;
import org.policymonitor.party.PartnerOrganisation;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.tracking.SubmissionFixtures;
import org.policymonitor.workflow.SubmissionWorkflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;

/**
 * The civil-society contact's scope (docs/civil-society.md): their own organisation's contributions for their
 * Party, and nothing else. Every refused call throws the guard's {@link ScopeAccessDeniedException} and leaves one
 * access-denied record; the owner passes without one. Real accounts and measures of the right and the wrong scope:
 * the contact of another civil-society organisation of the same Party, the contact of a civil-society
 * organisation of another Party, a ministry editor of the same Party, and the contact against a ministry's measure.
 */
@IntegrationTest
@TestPropertySource(properties = "policymonitor.test.context=id-tampering")
class CivilSocietyAccessTest {

    @Autowired
    MeasureService measures;
    @Autowired
    MeasureEditing editing;
    @Autowired
    SubmissionWorkflow workflow;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditRecordRepository audit;

    CivilSocietyScopes civil;
    OtherScopeUsers others;

    @BeforeEach
    void setUp() {
        civil = new CivilSocietyScopes(accounts, referenceData, measures);
        civil.ensureExist();
        others = new OtherScopeUsers(accounts, referenceData, measures);
        others.ensureExist();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private List<SecurityEvent> denials(String username) {
        return SecurityTestSupport.audit(audit, username, AuditEventType.ACCESS_DENIED);
    }

    private SecurityEvent refusedOnce(String username, ThrowingCallable call) {
        return SecurityTestSupport.refusedOnce(accounts, audit, username, call);
    }

    private List<Long> mine(String username) {
        SecurityTestSupport.signIn(accounts, username);
        return editing.mine(MeasureFilter.any(), 0, 500, Sort.unsorted()).stream().map(MeasureSummary::id).toList();
    }

    @Test
    void theContactDraftsEditsSubmitsAndWithdrawsTheirOrganisationsContributionWithoutAnyRecord() {
        SecurityTestSupport.signIn(accounts, CivilSocietyScopes.OWN);
        int before = denials(CivilSocietyScopes.OWN).size();
        MeasureDetails draft = editing.createMyDraft(SubmissionFixtures.content("Street festivals of NGOs", List.of()));
        assertThat(draft.ministryId()).as("a contribution has no ministry").isNull();
        assertThat(draft.partyId()).isEqualTo(civil.mongolia().getId());
        assertThat(draft.contributingOrganisationId()).isEqualTo(civil.ownOrganisation().getId());
        assertThat(draft.contributingOrganisationName()).isEqualTo(CivilSocietyScopes.OWN_ORGANISATION_NAME);
        assertThat(measures.find(draft.id()).orElseThrow().isReportedByCivilSociety()).isTrue();

        assertThat(mine(CivilSocietyScopes.OWN)).contains(draft.id())
                .doesNotContain(others.mongolianDraft("A ministry's draft, not in the contact's list", List.of()));
        SecurityTestSupport.signIn(accounts, CivilSocietyScopes.OWN);
        assertThat(editing.countMine(MeasureFilter.any())).isEqualTo(mine(CivilSocietyScopes.OWN).size());
        MeasureDetails saved = editing.saveMine(draft.id(), draft.version(),
                SubmissionFixtures.content("Street festivals of NGOs, all provinces", List.of()));
        assertThat(saved.content().title()).isEqualTo("Street festivals of NGOs, all provinces");
        assertThat(editing.submitMine(draft.id()).status()).isEqualTo(MeasureStatus.SUBMITTED);
        assertThat(editing.withdrawMine(draft.id(), "Sent too early").status()).isEqualTo(MeasureStatus.WITHDRAWN);
        assertThat(editing.history(draft.id())).isNotEmpty();
        assertThat(denials(CivilSocietyScopes.OWN)).as("the owner passes without a record").hasSize(before);
    }

    @Test
    void theContactOfAnotherOrganisationOrOfAnotherPartyIsRefusedEveryCallOnAContributionAndEachIsLoggedOnce() {
        Long id = civil.contribution("Contribution others reach for");
        long version = measures.find(id).orElseThrow().getVersion();
        PartnerOrganisation organisation = civil.ownOrganisation();
        String object = "measure " + id + " of organisation " + organisation.getId() + " of party "
                + civil.mongolia().getId();
        for (String intruder : List.of(CivilSocietyScopes.OTHER_ORGANISATION, CivilSocietyScopes.OTHER_PARTY)) {
            Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
            calls.put("openForEditing", () -> editing.openForEditing(id));
            calls.put("history", () -> editing.history(id));
            calls.put("saveMine", () -> editing.saveMine(id, version, MeasureContent.titled("Taken over")));
            calls.put("submitMine", () -> editing.submitMine(id));
            calls.put("withdrawMine", () -> editing.withdrawMine(id, "Not mine"));
            calls.put("saveContent", () -> measures.saveContent(id, version, MeasureContent.titled("Taken"), intruder));
            calls.put("submit", () -> measures.submit(id, intruder));
            calls.put("withdraw", () -> measures.withdraw(id, intruder, "Not mine"));
            calls.put("overview", () -> workflow.overview(id));
            calls.put("createContribution", () -> measures.createContribution(civil.mongolia().getId(),
                    organisation.getId(), organisation.getName(), referenceData.cycles().getFirst().getId(),
                    FormVersion.FORM_2020, MeasureContent.titled("Planted"), intruder));
            calls.forEach((method, call) -> assertThat(refusedOnce(intruder, call).detail()).as(intruder + " " + method)
                    .contains(switch (method) {
                        case "createContribution" -> "new contribution of organisation " + organisation.getId();
                        case "overview" -> "submission of measure " + id;
                        default -> object;
                    })
                    .endsWith("." + method));
            assertThat(mine(intruder)).doesNotContain(id);
        }
        assertThat(measures.find(id).orElseThrow().getTitle()).isEqualTo("Contribution others reach for");
        assertThat(measures.find(id).orElseThrow().getStatus()).isEqualTo(MeasureStatus.DRAFT);
    }

    @Test
    void aMinistryEditorOfTheSamePartyIsRefusedTheContributionAndCannotCreateOne() {
        Long id = civil.contribution("Contribution an editor reaches for");
        long version = measures.find(id).orElseThrow().getVersion();
        PartnerOrganisation organisation = civil.ownOrganisation();
        Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put("openForEditing", () -> editing.openForEditing(id));
        calls.put("saveMine", () -> editing.saveMine(id, version, MeasureContent.titled("Taken over")));
        calls.put("submitMine", () -> editing.submitMine(id));
        calls.put("withdrawMine", () -> editing.withdrawMine(id, "Not mine"));
        calls.put("createContribution", () -> measures.createContribution(civil.mongolia().getId(),
                organisation.getId(), organisation.getName(), referenceData.cycles().getFirst().getId(),
                FormVersion.FORM_2020, MeasureContent.titled("An editor's contribution"), "editor"));
        calls.forEach((method, call) -> assertThat(refusedOnce("editor", call).detail()).as(method)
                .endsWith("." + method));
        assertThat(mine("editor")).doesNotContain(id);
        // the editor's own drafts stay ministry measures
        SecurityTestSupport.signIn(accounts, "editor");
        MeasureDetails own = editing.createMyDraft(MeasureContent.titled("The editor's own draft"));
        assertThat(own.contributingOrganisationId()).isNull();
        assertThat(own.ministryId()).isEqualTo(others.mongolianCulture());
    }

    @Test
    void theContactIsRefusedAMinistrysMeasureByIdAndCannotDraftForAMinistry() {
        Long id = others.mongolianDraft("A ministry's measure the contact reaches for", List.of());
        long version = measures.find(id).orElseThrow().getVersion();
        String object = "measure " + id + " of ministry " + others.mongolianCulture();
        Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put("openForEditing", () -> editing.openForEditing(id));
        calls.put("history", () -> editing.history(id));
        calls.put("saveMine", () -> editing.saveMine(id, version, MeasureContent.titled("Taken over")));
        calls.put("submitMine", () -> editing.submitMine(id));
        calls.put("withdrawMine", () -> editing.withdrawMine(id, "Not mine"));
        calls.put("overview", () -> workflow.overview(id));
        calls.put("createDraft", () -> measures.createDraft(others.mongolia().getId(), others.mongolianCulture(),
                referenceData.cycles().getFirst().getId(), FormVersion.FORM_2020, MeasureContent.titled("Planted"),
                CivilSocietyScopes.OWN));
        calls.forEach((method, call) -> assertThat(refusedOnce(CivilSocietyScopes.OWN, call).detail()).as(method)
                .contains(switch (method) {
                    case "createDraft" -> "new measure of ministry " + others.mongolianCulture();
                    case "overview" -> "submission of measure " + id;
                    default -> object;
                })
                .endsWith("." + method));
        assertThat(measures.find(id).orElseThrow().getTitle()).isEqualTo("A ministry's measure the contact reaches for");
    }

    @Test
    void theReviewerOfThePartyFollowsAContributionButDoesNotWriteIt() {
        Long id = civil.contribution("Contribution the reviewer follows");
        measures.submit(id, CivilSocietyScopes.OWN);
        SecurityTestSupport.signIn(accounts, "reviewer");
        assertThat(workflow.overview(id).measureId()).isEqualTo(id);
        assertThat(refusedOnce("reviewer", () -> measures.withdraw(id, "reviewer", "Not theirs")).detail())
                .endsWith("MeasureService.withdraw");
        assertThat(refusedOnce(OtherScopeUsers.REVIEWER_LT, () -> workflow.overview(id)).detail())
                .startsWith("submission of measure " + id);
    }

    @Test
    void aContributionStaysReportedByCivilSociety() {
        Long id = civil.contribution("Contribution that keeps its flag");
        var measure = measures.find(id).orElseThrow();
        assertThatThrownBy(() -> measure.markReportedByCivilSociety(false, "admin", java.time.Instant.now()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(measure.isReportedByCivilSociety()).isTrue();
    }

    @Test
    void aCivilSocietyAccountNeedsACivilSocietyOrganisationOfAPartyAndHoldsNoOtherRole() {
        SecurityTestSupport.signIn(accounts, "admin");
        PartnerOrganisation ownOrganisation = civil.ownOrganisation();
        PartnerOrganisation noParty = referenceData.partnerOrganisationByName("Mongolian Arts Council").orElseThrow();
        PartnerOrganisation privateSector = referenceData.partnerOrganisation("Ulaanbaatar Printing House",
                "PRIVATE_SECTOR", civil.mongolia().getId());
        assertThatThrownBy(() -> accounts.invite(new NewUser("cso.none", "No organisation", null,
                Set.of(Role.CIVIL_SOCIETY), Scope.none())))
                .isInstanceOfSatisfying(AccountValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("partner"));
        for (PartnerOrganisation wrong : List.of(noParty, privateSector)) {
            assertThatThrownBy(() -> accounts.invite(new NewUser("cso.wrong", "Wrong organisation", null,
                    Set.of(Role.CIVIL_SOCIETY), Scope.partner(wrong.getId()))))
                    .as(wrong.getName()).isInstanceOf(AccountValidationException.class);
        }
        assertThatThrownBy(() -> accounts.invite(new NewUser("cso.editor", "Also an editor", null,
                Set.of(Role.CIVIL_SOCIETY, Role.EDITOR),
                Scope.ministry(others.mongolianCulture(), civil.mongolia().getId()))))
                .isInstanceOfSatisfying(AccountValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("roles"));

        // the Party follows from the organisation, whatever Party the form sent
        Long lithuania = referenceData.partyByIso("LT").orElseThrow().getId();
        IssuedPassword invited = accounts.invite(new NewUser("cso.invited", "Invited contact", null,
                Set.of(Role.CIVIL_SOCIETY), new Scope(null, lithuania, ownOrganisation.getId())));
        assertThat(invited.user().scope()).isEqualTo(Scope.civilSociety(ownOrganisation.getId(),
                civil.mongolia().getId()));
    }
}
