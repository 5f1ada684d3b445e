package org.policymonitor.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.audit.AuditEntry;
import org.policymonitor.audit.AuditQuery;
import org.policymonitor.audit.AuditTrail;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.security.AccountService;
import org.policymonitor.testsupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * The current form's cross-cutting questions on the measure: stored, versioned, diffed and audited like the other
 * fields, required on the current form only, and "not answered" (never "no") where nobody answered them.
 */
@IntegrationTest
class CrossCuttingFieldsTest {

    private static final Set<String> TWO_GOALS = Set.of("SDG_04_QUALITY_EDUCATION", "SDG_05_GENDER_EQUALITY");

    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditTrail audit;
    @Autowired
    JsonMapper json;

    private Long draft(FormVersion form, String cycle, MeasureContent content) {
        Long party = referenceData.partyByIso("MN").orElseThrow().getId();
        Long cycleId = referenceData.cycleByCode(cycle).orElseThrow().getId();
        return measures.createDraft(party, null, cycleId, form, content, "editor").getId();
    }

    private MeasureContent stored(Long id) {
        return transaction.execute(status -> measures.find(id).orElseThrow().content());
    }

    private static MeasureContent unanswered(String title) {
        return MeasureFixtures.complete(title).withCrossCutting(null, null, null, null);
    }

    @Test
    void theAnswersAreStoredAndComeBackAsSaved() {
        MeasureContent content = MeasureFixtures.complete("Youth music").withCrossCutting(YesNo.YES, YesNo.NO,
                YesNo.YES, TWO_GOALS);
        Long id = draft(FormVersion.FORM_2020, "2024-2027", content);

        // normalised: the amount comes back with the column's two decimals
        assertThat(stored(id).normalised()).isEqualTo(content.normalised());
        assertThat(stored(id).sdgs()).containsExactlyInAnyOrderElementsOf(TWO_GOALS);

        long version = transaction.execute(status -> measures.find(id).orElseThrow().getVersion());
        MeasureContent changed = content.withCrossCutting(YesNo.NO, YesNo.NO, YesNo.YES,
                Set.of("SDG_05_GENDER_EQUALITY"));
        measures.saveContent(id, version, changed, "editor");
        assertThat(stored(id).normalised()).isEqualTo(changed.normalised());
        // each saved version (the history's JSON snapshot) holds them too
        assertThat(measures.revisionsOf(id)).extracting(r -> r.content().normalised())
                .containsExactly(changed.normalised(), content.normalised());
    }

    @Test
    void aNewMeasureAndOneWithoutTheQuestionsAreNotAnsweredNeverNo() {
        MeasureContent before = MeasureFixtures.complete("Legacy-shaped content");
        MeasureContent old = new MeasureContent(before.title(), before.agencies(), before.description(),
                before.website(), before.results(), before.budgetText(), before.budgetUsd(), before.partners(),
                before.evaluation(), before.conclusions(), before.goals(), before.areas(), before.domains(), null, null,
                null, null, null, null, null);
        assertThat(List.of(old.targetsYouth(), old.preferentialTreatment(), old.genderEquality()))
                .containsOnly(YesNo.NOT_ANSWERED);
        assertThat(MeasureContent.empty().targetsYouth()).isEqualTo(YesNo.NOT_ANSWERED);
        assertThat(stored(draft(FormVersion.FORM_2020, "2024-2027", old)).genderEquality()).isEqualTo(YesNo.NOT_ANSWERED);

        // a revision or publication snapshot written before the questions existed reads them as not answered
        String snapshot = json.writeValueAsString(old).replaceAll(",\"(targetsYouth|preferentialTreatment|genderEquality)\""
                + ":\"NOT_ANSWERED\"", "").replace(",\"sdgs\":[]", "");
        assertThat(snapshot).doesNotContain("targetsYouth").doesNotContain("sdgs");
        assertThat(json.readValue(snapshot, MeasureContent.class)).isEqualTo(old);
    }

    @Test
    void theyAreRequiredOnTheCurrentFormOnly() {
        Completeness current = Completeness.of(unanswered("Current"), FormVersion.FORM_2020);
        assertThat(current.isComplete()).isFalse();
        assertThat(current.missingRequired()).containsExactly(MeasureField.TARGETS_YOUTH,
                MeasureField.PREFERENTIAL_TREATMENT, MeasureField.GENDER_EQUALITY);
        assertThat(current.missingRecommended()).containsExactly(MeasureField.SDGS);
        assertThat(current.blockingProblems()).extracting(Completeness.Problem::messageKey)
                .containsOnly("measure.validation.required");

        // "no" is an answer; the goals are only recommended
        Completeness answeredNo = Completeness.of(unanswered("No").withCrossCutting(YesNo.NO, YesNo.NO, YesNo.NO,
                null), FormVersion.FORM_2020);
        assertThat(answeredNo.isComplete()).isTrue();
        assertThat(answeredNo.missingRecommended()).containsExactly(MeasureField.SDGS);

        for (FormVersion legacy : List.of(FormVersion.FORM_2012, FormVersion.FORM_2016)) {
            Completeness old = Completeness.of(unanswered("Legacy"), legacy);
            assertThat(old.isComplete()).as(legacy.name()).isTrue();
            assertThat(old.score()).as(legacy.name()).isEqualTo(100);
            assertThat(old.counted()).as(legacy.name()).doesNotContain(MeasureField.TARGETS_YOUTH, MeasureField.SDGS);
        }
    }

    @Test
    void submittingRefusesACurrentFormMeasureWithoutTheAnswersButNotALegacyOne() {
        Long current = draft(FormVersion.FORM_2020, "2024-2027", unanswered("Unanswered current"));
        assertThatThrownBy(() -> measures.submit(current, "editor"))
                .isInstanceOfSatisfying(IncompleteMeasureException.class, e -> assertThat(e.completeness()
                        .missingRequired()).containsExactly(MeasureField.TARGETS_YOUTH,
                                MeasureField.PREFERENTIAL_TREATMENT, MeasureField.GENDER_EQUALITY));

        Long legacy = draft(FormVersion.FORM_2016, "2016-2019", unanswered("Unanswered legacy"));
        assertThat(measures.submit(legacy, "editor").getStatus()).isIn(MeasureStatus.SUBMITTED, MeasureStatus.IN_REVIEW);
        assertThat(transaction.execute(status -> MeasureSummary.of(measures.find(legacy).orElseThrow(), false))
                .missingRequired()).isEmpty();
    }

    @Test
    void theDiffAndTheAuditTrailShowEachAnswerField() {
        MeasureContent before = unanswered("Audited answers");
        Long id = draft(FormVersion.FORM_2020, "2024-2027", before);
        MeasureContent after = before.withCrossCutting(YesNo.YES, YesNo.NO, YesNo.NOT_ANSWERED,
                Set.of("SDG_05_GENDER_EQUALITY"));

        assertThat(FieldChange.between(before, after)).extracting(FieldChange::field, FieldChange::before,
                FieldChange::after).containsExactly(
                        tuple(MeasureField.TARGETS_YOUTH, YesNo.NOT_ANSWERED, YesNo.YES),
                        tuple(MeasureField.PREFERENTIAL_TREATMENT, YesNo.NOT_ANSWERED, YesNo.NO),
                        tuple(MeasureField.SDGS, Set.of(), Set.of("SDG_05_GENDER_EQUALITY")));
        // the three-way merge after a conflict carries them (MeasureContent.with goes by the field's position)
        assertThat(MeasureContent.merge(before, after, before.withTitle("Theirs")))
                .isEqualTo(after.withTitle("Theirs"));

        long version = transaction.execute(status -> measures.find(id).orElseThrow().getVersion());
        measures.saveContent(id, version, after, "editor");
        List<AuditEntry> trail = SignedIn.as(accounts, "admin", () -> audit.search(AuditQuery.ofMeasure(id)));
        List<AuditEntry> changes = trail.stream().filter(e -> "FIELD_CHANGED".equals(e.action())).toList();
        assertThat(changes).extracting(AuditEntry::field, AuditEntry::oldValue, AuditEntry::newValue)
                .contains(tuple("targetsYouth", null, "YES"), tuple("preferentialTreatment", null, "NO"),
                        tuple("sdgs", null, "SDG_05_GENDER_EQUALITY"));
        // not answered before and after: no change to record
        assertThat(changes).extracting(AuditEntry::field).doesNotContain("genderEquality");
    }
}
