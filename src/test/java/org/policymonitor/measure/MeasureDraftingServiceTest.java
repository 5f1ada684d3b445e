package org.policymonitor.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class MeasureDraftingServiceTest {

    @Autowired
    MeasureService measures;
    @Autowired
    MeasureEditing editing;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;
    @Autowired
    ApplicationEvents events;

    private CurrentUser user(String username) {
        return accounts.find(username).orElseThrow();
    }

    /** A measure of the given editor's ministry, created by the system (no one signed in). */
    private Measure measureOf(String editor, String cycleCode, MeasureContent content) {
        CurrentUser owner = user(editor);
        Long cycle = referenceData.cycleByCode(cycleCode).orElseThrow().getId();
        SecurityContext signedIn = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            return measures.createDraft(owner.scope().partyId(), owner.scope().ministryId(), cycle,
                    FormVersion.FORM_2020, content, "system");
        } finally {
            SecurityContextHolder.setContext(signedIn);
        }
    }

    @Test
    @WithUserDetails("editor")
    void anEditorListsAndOpensOnlyTheirOwnMinistrysMeasures() {
        Measure mine = measureOf("editor", "2024-2027", MeasureContent.titled("Mongolian draft"));
        Measure theirs = measureOf("editor.lt", "2024-2027", MeasureContent.titled("Lithuanian draft"));

        List<MeasureSummary> listed = editing.mine(MeasureFilter.any(), 0, 500, Sort.by("title"));

        assertThat(listed).extracting(MeasureSummary::id).contains(mine.getId()).doesNotContain(theirs.getId());
        assertThat(editing.countMine(MeasureFilter.any())).isEqualTo(listed.size());
        assertThat(editing.openForEditing(mine.getId()).content().title()).isEqualTo("Mongolian draft");
        assertThatThrownBy(() -> editing.openForEditing(theirs.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editing.saveMine(theirs.getId(), theirs.getVersion(), MeasureContent.titled("Taken")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> measures.saveContent(theirs.getId(), theirs.getVersion(), MeasureContent.titled("Taken"),
                "editor")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editing.withdrawMine(theirs.getId(), "not mine")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editing.carryForward(theirs.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editing.history(theirs.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(measures.find(theirs.getId()).orElseThrow().getTitle()).isEqualTo("Lithuanian draft");
    }

    @Test
    @WithUserDetails("editor.lt")
    void theLithuanianEditorDoesNotSeeMongolianMeasures() {
        Measure mongolian = measureOf("editor", "2024-2027", MeasureContent.titled("Only for Mongolia"));

        assertThat(editing.mine(MeasureFilter.any(), 0, 500, Sort.unsorted()))
                .extracting(MeasureSummary::id).doesNotContain(mongolian.getId());
        assertThatThrownBy(() -> editing.openForEditing(mongolian.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitorsCannotChangeMeasuresWhileTheSystemCan() {
        Measure draft = measureOf("editor", "2024-2027", MeasureContent.titled("Created by the system"));

        assertThatThrownBy(() -> measures.saveContent(draft.getId(), draft.getVersion(), MeasureContent.titled("x"),
                "anonymous")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> measures.withdraw(draft.getId(), "anonymous", "no")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> measures.createDraft(draft.getPartyId(), draft.getMinistryId(), draft.getCycleId(),
                FormVersion.FORM_2020, MeasureContent.titled("x"), "anonymous")).isInstanceOf(AccessDeniedException.class);
        assertThat(measures.find(draft.getId()).orElseThrow().getTitle()).isEqualTo("Created by the system");
    }

    @Test
    @WithUserDetails("reviewer")
    void otherRolesCannotUseTheEditorMethods() {
        Measure draft = measureOf("editor", "2024-2027", MeasureContent.titled("Reviewer may not edit"));
        assertThatThrownBy(() -> measures.saveContent(draft.getId(), draft.getVersion(), MeasureContent.titled("x"),
                "reviewer")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editing.mine(MeasureFilter.any(), 0, 10, Sort.unsorted()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> editing.createMyDraft(MeasureContent.titled("x")))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithUserDetails("editor")
    void filtersByStatusAndCycle() {
        Measure older = measureOf("editor", "2020-2023", MeasureContent.titled("Older cycle draft"));
        Long cycle2020 = older.getCycleId();

        List<MeasureSummary> inCycle = editing.mine(new MeasureFilter(MeasureStatus.DRAFT, cycle2020), 0, 500,
                Sort.unsorted());

        assertThat(inCycle).extracting(MeasureSummary::id).contains(older.getId());
        assertThat(inCycle).allSatisfy(s -> {
            assertThat(s.status()).isEqualTo(MeasureStatus.DRAFT);
            assertThat(s.cycleId()).isEqualTo(cycle2020);
        });
        assertThat(editing.mine(new MeasureFilter(MeasureStatus.WITHDRAWN, cycle2020), 0, 500, Sort.unsorted()))
                .extracting(MeasureSummary::id).doesNotContain(older.getId());
    }

    @Test
    @WithUserDetails("editor")
    void newDraftsGoToTheCurrentCycleOfTheEditorsMinistryAndEverySaveIsARevision() {
        MeasureDetails draft = editing.createMyDraft(MeasureContent.titled("Version A"));
        MeasureDetails second = editing.saveMine(draft.id(), draft.version(), MeasureContent.titled("Version B"));

        assertThat(draft.ministryId()).isEqualTo(user("editor").scope().ministryId());
        assertThat(draft.cycleId()).isEqualTo(referenceData.cycleByCode("2024-2027").orElseThrow().getId());
        assertThat(editing.history(draft.id())).extracting(r -> r.content().title(), MeasureRevision::savedBy,
                MeasureRevision::version).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Version B", "editor", second.version()),
                        org.assertj.core.groups.Tuple.tuple("Version A", "editor", draft.version()));
    }

    @Test
    @WithUserDetails("editor")
    void submitRefusesAnIncompleteMeasureAndNamesTheMissingFields() {
        MeasureDetails draft = editing.createMyDraft(MeasureContent.titled("Incomplete"));

        assertThatThrownBy(() -> editing.submitMine(draft.id()))
                .isInstanceOfSatisfying(IncompleteMeasureException.class, e -> assertThat(e.missingFields())
                        .containsExactly(MeasureField.AGENCIES, MeasureField.DESCRIPTION, MeasureField.GOALS,
                                MeasureField.AREAS, MeasureField.TARGETS_YOUTH, MeasureField.PREFERENTIAL_TREATMENT,
                                MeasureField.GENDER_EQUALITY))
                .hasMessageContaining("AGENCIES").hasMessageContaining("DESCRIPTION");
        assertThat(measures.find(draft.id()).orElseThrow().getStatus()).isEqualTo(MeasureStatus.DRAFT);
    }

    @Test
    @WithUserDetails("editor")
    void aCompleteMeasureIsSubmittedAndAnnouncedAndAReturnedOneCanBeResubmitted() {
        MeasureDetails draft = editing.createMyDraft(CompletenessTest.complete());
        events.clear();

        MeasureDetails submitted = editing.submitMine(draft.id());

        assertThat(submitted.status()).isEqualTo(MeasureStatus.SUBMITTED);
        // the first announcement is the editor's submission; the workflow then starts the review (IN_REVIEW)
        assertThat(events.stream(MeasureStatusChanged.class)).first().satisfies(e -> {
            assertThat(e.measureId()).isEqualTo(draft.id());
            assertThat(e.to()).isEqualTo(MeasureStatus.SUBMITTED);
            assertThat(e.actor()).isEqualTo("editor");
        });

        MeasureDetails withdrawn = editing.withdrawMine(draft.id(), "Merged into another measure");
        assertThat(withdrawn.status()).isEqualTo(MeasureStatus.WITHDRAWN);
    }

    @Test
    @WithUserDetails("editor")
    void carryForwardCopiesEveryFieldIntoACurrentCycleDraftLinkedToItsSource() {
        Measure earlier = measureOf("editor", "2020-2023", CompletenessTest.complete());

        MeasureDetails copy = editing.carryForward(earlier.getId());

        assertThat(copy.id()).isNotEqualTo(earlier.getId());
        assertThat(copy.status()).isEqualTo(MeasureStatus.DRAFT);
        assertThat(copy.cycleId()).isEqualTo(editing.currentCycle().getId());
        assertThat(copy.carriedForwardFromId()).isEqualTo(earlier.getId());
        assertThat(copy.content().normalised()).isEqualTo(CompletenessTest.complete().normalised());
        assertThat(editing.history(copy.id())).hasSize(1);
        assertThatThrownBy(() -> editing.carryForward(copy.id())).isInstanceOf(IllegalStateException.class);
    }
}
