package org.policymonitor.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.policymonitor.measure.MeasureStatus.*;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MeasureStatusTransitionTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    /** The documented status diagram (docs/measure-status.md), written out pair by pair. */
    private static final Set<String> ALLOWED = Set.of(
            "DRAFT->SUBMITTED", "DRAFT->WITHDRAWN",
            "SUBMITTED->IN_REVIEW", "SUBMITTED->DRAFT", "SUBMITTED->WITHDRAWN",
            "IN_REVIEW->AWAITING_PARTNERS", "IN_REVIEW->AWAITING_SIGN_OFF", "IN_REVIEW->RETURNED",
            "IN_REVIEW->DRAFT", "IN_REVIEW->WITHDRAWN",
            "AWAITING_PARTNERS->AWAITING_SIGN_OFF", "AWAITING_PARTNERS->RETURNED", "AWAITING_PARTNERS->DRAFT",
            "AWAITING_PARTNERS->WITHDRAWN",
            "AWAITING_SIGN_OFF->PUBLISHED", "AWAITING_SIGN_OFF->RETURNED", "AWAITING_SIGN_OFF->DRAFT",
            "AWAITING_SIGN_OFF->WITHDRAWN",
            "RETURNED->SUBMITTED", "RETURNED->WITHDRAWN",
            "PUBLISHED->DRAFT");

    /** Every status-changing method of the measure. */
    private static final Map<String, BiConsumer<Measure, String>> ACTIONS = Map.of(
            "submit", (m, a) -> m.submit(a, NOW),
            "startReview", (m, a) -> m.startReview(a, NOW),
            "approveReview", (m, a) -> m.approveReview(a, NOW),
            "confirmPartners", (m, a) -> m.confirmPartners(a, NOW),
            "returnToEditor", (m, a) -> m.returnToEditor(a, "Please add the budget", NOW),
            "publish", (m, a) -> m.publish(a, NOW),
            "startRevision", (m, a) -> m.startRevision(a, NOW),
            "cancelSubmission", (m, a) -> m.cancelSubmission(a, "Submitted by mistake", NOW),
            "withdraw", (m, a) -> m.withdraw(a, "Duplicate of another measure", NOW));

    @Test
    void theTransitionTableIsExactlyTheDocumentedDiagram() {
        Set<String> actual = new HashSet<>();
        for (MeasureStatus from : MeasureStatus.values()) {
            for (MeasureStatus to : from.allowedNext()) {
                actual.add(from + "->" + to);
            }
        }
        assertThat(actual).isEqualTo(ALLOWED);
    }

    @ParameterizedTest
    @EnumSource(MeasureStatus.class)
    void everyActionFromEveryStatusEitherFollowsTheTableOrIsRefused(MeasureStatus start) {
        for (boolean withPartners : List.of(false, true)) {
            for (var action : ACTIONS.entrySet()) {
                Measure measure = measureIn(start, withPartners);
                MeasureStatus before = measure.getStatus();
                try {
                    action.getValue().accept(measure, "tester");
                    String move = before + "->" + measure.getStatus();
                    assertThat(ALLOWED).as(action.getKey() + " from " + before).contains(move);
                } catch (IllegalStatusTransitionException refused) {
                    assertThat(measure.getStatus()).as("status unchanged after refused " + action.getKey())
                            .isEqualTo(before);
                    assertThat(refused.from()).isEqualTo(before);
                }
            }
        }
    }

    @Test
    void everyIllegalPairIsRefusedByTheMethodThatWouldMakeIt() {
        int refusals = 0;
        for (MeasureStatus start : MeasureStatus.values()) {
            for (var action : ACTIONS.entrySet()) {
                Measure measure = measureIn(start, false);
                try {
                    action.getValue().accept(measure, "tester");
                } catch (IllegalStatusTransitionException refused) {
                    boolean cancelOutsideProcess = action.getKey().equals("cancelSubmission") && !start.isInProcess();
                    // DRAFT is reachable from SUBMITTED (a cancel), but only a published measure is revised
                    boolean revisionOfUnpublished = action.getKey().equals("startRevision") && start != PUBLISHED;
                    if (!cancelOutsideProcess && !revisionOfUnpublished) {
                        assertThat(ALLOWED).doesNotContain(refused.from() + "->" + refused.to());
                    }
                    refusals++;
                }
            }
        }
        // 8 statuses x 9 actions; only the documented moves succeed
        assertThat(refusals).isGreaterThan(40);
    }

    @Test
    void approvalGoesToPartnersOnlyWhenThereArePartners() {
        Measure without = measureIn(IN_REVIEW, false);
        without.approveReview("reviewer", NOW);
        assertThat(without.getStatus()).isEqualTo(AWAITING_SIGN_OFF);

        Measure with = measureIn(IN_REVIEW, true);
        with.approveReview("reviewer", NOW);
        assertThat(with.getStatus()).isEqualTo(AWAITING_PARTNERS);
    }

    @Test
    void aReturnNeedsAReason() {
        Measure measure = measureIn(IN_REVIEW, false);
        assertThatThrownBy(() -> measure.returnToEditor("reviewer", "  ", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(measure.getStatus()).isEqualTo(IN_REVIEW);
    }

    @Test
    void contentChangesOnlyWhileWithTheEditors() {
        for (MeasureStatus status : MeasureStatus.values()) {
            Measure measure = measureIn(status, false);
            if (EnumSet.of(DRAFT, RETURNED).contains(status)) {
                measure.edit(MeasureContent.titled("Changed"), "editor", NOW);
                assertThat(measure.getTitle()).isEqualTo("Changed");
            } else {
                assertThatThrownBy(() -> measure.edit(MeasureContent.titled("Changed"), "editor", NOW))
                        .isInstanceOf(MeasureNotEditableException.class);
            }
        }
    }

    @Test
    void statusChangesRecordAnEvent() {
        Measure measure = measureIn(DRAFT, false);
        measure.submit("editor", NOW);
        assertThat(measure.recordedEvents())
                .containsExactly(new MeasureStatusChanged(null, DRAFT, SUBMITTED, "editor", null, NOW));
    }

    static Measure measureIn(MeasureStatus status, boolean withPartners) {
        MeasureContent content = MeasureContent.titled("Culture Internationalisation Policy");
        if (withPartners) {
            content = new MeasureContent(content.title(), List.of("Ministry of Culture"), null, null, null, null,
                    null, List.of(new PartnerRow("Mongolian Arts Council", "CIVIL_SOCIETY")), null, null, null, null,
                    null, null, null, null, null, null, null, null);
        }
        Measure m = Measure.draft(1L, 1L, 1L, FormVersion.FORM_2020, content, "editor", NOW);
        switch (status) {
            case DRAFT -> { }
            case SUBMITTED -> m.submit("editor", NOW);
            case IN_REVIEW -> { m.submit("editor", NOW); m.startReview("system", NOW); }
            case RETURNED -> { m.submit("editor", NOW); m.startReview("system", NOW); m.returnToEditor("r", "why", NOW); }
            case AWAITING_PARTNERS -> {
                m.submit("editor", NOW); m.startReview("system", NOW);
                if (!withPartners) {
                    return measureIn(status, true);
                }
                m.approveReview("r", NOW);
            }
            case AWAITING_SIGN_OFF -> {
                m.submit("editor", NOW); m.startReview("system", NOW); m.approveReview("r", NOW);
                if (withPartners) {
                    m.confirmPartners("p", NOW);
                }
            }
            case PUBLISHED -> {
                m.submit("editor", NOW); m.startReview("system", NOW); m.approveReview("r", NOW);
                if (withPartners) {
                    m.confirmPartners("p", NOW);
                }
                m.publish("e", NOW);
            }
            case WITHDRAWN -> m.withdraw("editor", "no longer relevant", NOW);
        }
        assertThat(m.getStatus()).isEqualTo(status);
        return m;
    }
}
