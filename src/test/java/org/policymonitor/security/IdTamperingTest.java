package org.policymonitor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureEditing;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.PartnerRow;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.tracking.SubmissionFixtures;
import org.policymonitor.workflow.SubmissionWorkflow;
import org.policymonitor.workflow.Decision;
import org.policymonitor.workflow.InboxFilter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Reaching for another scope's object by its id through the services: each refused call throws the guard's
 * translated {@link ScopeAccessDeniedException} and leaves exactly one access-denied record naming the user,
 * the object and the service method called. The owners of the object get through and leave none. The routes
 * (a page address with the id) are in {@link IdTamperingViewsTest}.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "policymonitor.test.context=id-tampering")
class IdTamperingTest {

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
    @Autowired
    MockMvc mvc;

    OtherScopeUsers others;

    @BeforeEach
    void setUp() {
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

    /** Runs the call as the user, expects the guard's refusal, and returns the one record it wrote. */
    private SecurityEvent refusedOnce(String username, ThrowingCallable call) {
        return SecurityTestSupport.refusedOnce(accounts, audit, username, call);
    }

    @Test
    void anEditorOfAnotherMinistryIsRefusedEveryEditingCallOnAMeasureByIdAndEachIsLoggedOnce() {
        Long id = others.mongolianDraft("Tampering target", List.of());
        long version = measures.find(id).orElseThrow().getVersion();
        String object = "measure " + id + " of ministry " + others.mongolianCulture();
        Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put("openForEditing", () -> editing.openForEditing(id));
        calls.put("history", () -> editing.history(id));
        calls.put("saveMine", () -> editing.saveMine(id, version, MeasureContent.titled("Taken over")));
        calls.put("submitMine", () -> editing.submitMine(id));
        calls.put("withdrawMine", () -> editing.withdrawMine(id, "Not mine"));
        calls.put("saveContent", () -> measures.saveContent(id, version, MeasureContent.titled("Taken"), "editor.lt"));
        calls.put("submit", () -> measures.submit(id, "editor.lt"));
        calls.put("withdraw", () -> measures.withdraw(id, "editor.lt", "Not mine"));
        calls.put("createDraft", () -> measures.createDraft(others.mongolia().getId(), others.mongolianCulture(),
                referenceData.cycles().getFirst().getId(), FormVersion.FORM_2020,
                MeasureContent.titled("Planted"), "editor.lt"));
        calls.forEach((method, call) -> {
            SecurityEvent record = refusedOnce("editor.lt", call);
            assertThat(record.actor()).isEqualTo("editor.lt");
            assertThat(record.detail()).as(method)
                    .contains(method.equals("createDraft") ? "new measure of ministry " + others.mongolianCulture()
                            : object)
                    .endsWith("service " + (method.endsWith("Mine") || method.equals("openForEditing")
                            || method.equals("history") ? "MeasureEditing." : "MeasureService.") + method);
        });

        SecurityTestSupport.signIn(accounts, "editor");
        int before = denials("editor").size();
        assertThat(editing.openForEditing(id).id()).isEqualTo(id);
        editing.saveMine(id, version, SubmissionFixtures.content("Tampering target, edited", List.of()));
        assertThat(denials("editor")).as("the owner passes without a record").hasSize(before);
    }

    @Test
    void aReviewerOrEvaluatorOfAnotherPartyIsRefusedTheSubmissionAndEachCallIsLoggedOnce() {
        Long id = others.mongolianSubmission("Submission of Mongolia", List.of());
        for (String username : List.of(OtherScopeUsers.REVIEWER_LT, OtherScopeUsers.EVALUATOR_LT)) {
            Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
            calls.put("overview", () -> workflow.overview(id));
            calls.put("timeline", () -> workflow.timeline(id));
            calls.put("diagram", () -> workflow.diagram(id, key -> key, "title"));
            calls.forEach((method, call) -> assertThat(refusedOnce(username, call).detail()).as(method)
                    .isEqualTo("submission of measure " + id + " · service SubmissionWorkflow." + method));
        }
        for (String owner : List.of("reviewer", "evaluator", "editor", "admin")) {
            SecurityTestSupport.signIn(accounts, owner);
            int before = denials(owner).size();
            assertThat(workflow.overview(id).measureId()).isEqualTo(id);
            assertThat(denials(owner)).hasSize(before);
        }
    }

    @Test
    void aTaskIdTakenFromAnotherPartyIsRefusedAtEveryTaskCallAndEachIsLoggedOnce() {
        Long id = others.mongolianSubmission("Task of Mongolia", List.of());
        SecurityTestSupport.signIn(accounts, "reviewer");
        String taskId = workflow.inbox(InboxFilter.all()).stream().filter(t -> t.measureId().equals(id))
                .findFirst().orElseThrow().id();
        Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put("openTask", () -> workflow.openTask(taskId));
        calls.put("claim", () -> workflow.claim(taskId));
        calls.put("complete", () -> workflow.complete(taskId, Decision.APPROVE, "Taken over"));
        calls.forEach((method, call) -> assertThat(refusedOnce(OtherScopeUsers.REVIEWER_LT, call).detail())
                .as(method).startsWith("task " + taskId + " (review)")
                .endsWith("service SubmissionWorkflow." + method));

        SecurityTestSupport.signIn(accounts, "reviewer");
        workflow.claim(taskId);
        assertThat(refusedOnce(OtherScopeUsers.REVIEWER_LT, () -> workflow.unclaim(taskId)).detail())
                .startsWith("task " + taskId + " (review) held by reviewer")
                .endsWith("service SubmissionWorkflow.unclaim");

        SecurityTestSupport.signIn(accounts, "reviewer");
        int before = denials("reviewer").size();
        assertThat(workflow.openTask(taskId).task().measureId()).isEqualTo(id);
        workflow.unclaim(taskId);
        assertThat(denials("reviewer")).as("the entitled reviewer passes without a record").hasSize(before);
    }

    @Test
    void aPartnerOfAnotherOrganisationIsRefusedASubmissionListingOnlyTheArtsCouncil() {
        Long id = others.mongolianSubmission("With the Arts Council",
                List.of(new PartnerRow("Mongolian Arts Council", "CIVIL_SOCIETY")));
        assertThat(refusedOnce(OtherScopeUsers.OTHER_PARTNER, () -> workflow.overview(id)).detail())
                .isEqualTo("submission of measure " + id + " · service SubmissionWorkflow.overview");

        SecurityTestSupport.signIn(accounts, "partner");
        int before = denials("partner").size();
        assertThat(workflow.overview(id).measureId()).isEqualTo(id);
        assertThat(denials("partner")).hasSize(before);
    }

    @Test
    void theRefusalIsInTheUsersLanguage() {
        Long id = others.mongolianDraft("Refused in French", List.of());
        SecurityTestSupport.signIn(accounts, "editor.lt");
        accounts.rememberLanguage("editor.lt", "fr");
        try {
            SecurityTestSupport.signIn(accounts, "editor.lt");
            assertThatThrownBy(() -> editing.openForEditing(id))
                    .isInstanceOfSatisfying(ScopeAccessDeniedException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("security.denied.ministry");
                        assertThat(e).hasMessage("Ceci appartient à un autre ministère. La tentative a été enregistrée.");
                    });
        } finally {
            SecurityTestSupport.signIn(accounts, "editor.lt");
            accounts.rememberLanguage("editor.lt", "en");
        }
    }

    @Test
    void thePublicApiDoesNotShowADraftAndLogsNoOneForAskingForIt() throws Exception {
        Long id = others.mongolianDraft("Unpublished draft for the API", List.of());
        int before = denials("anonymous").size();
        MvcResult result = mvc.perform(get("/api/v1/measures/" + id)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(result.getResponse().getContentAsString()).doesNotContain("Unpublished draft for the API");
        assertThat(denials("anonymous")).hasSize(before);
    }

    @Test
    void aUserRecordByIdIsRefusedToNonAdministratorsAndLogged() {
        Long adminId = accounts.find("admin").orElseThrow().id();
        for (String username : List.of("editor", "reviewer", "partner", "evaluator")) {
            SecurityTestSupport.signIn(accounts, username);
            assertThatThrownBy(() -> accounts.user(adminId)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.updateUser(adminId, "x", null, Set.of(Role.ADMIN), Scope.none()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(denials(username)).extracting(SecurityEvent::detail)
                    .contains("service AccountService.user", "service AccountService.updateUser");
        }
        SecurityTestSupport.signIn(accounts, "admin");
        assertThat(accounts.user(adminId)).isPresent();
    }
}
