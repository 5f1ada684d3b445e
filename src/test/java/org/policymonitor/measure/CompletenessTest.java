package org.policymonitor.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class CompletenessTest {

    static MeasureContent complete() {
        return MeasureFixtures.complete("Film fund");
    }

    @Test
    void anEmptyMeasureMissesEveryRequiredField() {
        Completeness completeness = Completeness.of(MeasureContent.empty());

        assertThat(completeness.isComplete()).isFalse();
        assertThat(completeness.missingRequired()).containsExactly(MeasureField.TITLE, MeasureField.AGENCIES,
                MeasureField.DESCRIPTION, MeasureField.GOALS, MeasureField.AREAS, MeasureField.TARGETS_YOUTH,
                MeasureField.PREFERENTIAL_TREATMENT, MeasureField.GENDER_EQUALITY);
        assertThat(completeness.missingRecommended()).contains(MeasureField.WEBSITE, MeasureField.PARTNERS,
                MeasureField.EVALUATION);
        assertThat(completeness.score()).isZero();
    }

    @Test
    void aFullMeasureIsCompleteAndScoresOneHundred() {
        Completeness completeness = Completeness.of(complete());

        assertThat(completeness.isComplete()).isTrue();
        assertThat(completeness.missingRequired()).isEmpty();
        assertThat(completeness.missingRecommended()).isEmpty();
        assertThat(completeness.score()).isEqualTo(100);
    }

    @Test
    void requiredFieldsWeighMoreThanRecommendedOnes() {
        MeasureContent onlyTitle = MeasureContent.titled("A title");
        MeasureContent onlyWebsite = MeasureContent.empty().with(MeasureField.WEBSITE, "https://a.example.org");

        assertThat(Completeness.of(onlyTitle).score()).isGreaterThan(Completeness.of(onlyWebsite).score());
        assertThat(Completeness.of(onlyTitle).missingRequired()).doesNotContain(MeasureField.TITLE);
    }

    @Test
    void blankTextAndBlankAgenciesDoNotCount() {
        MeasureContent blank = complete().withTitle("   ").with(MeasureField.AGENCIES, List.of(" "));

        assertThat(Completeness.of(blank).missingRequired()).containsExactly(MeasureField.TITLE, MeasureField.AGENCIES);
    }

    @Test
    void conclusionsAreRequiredOnlyWhenTheMeasureWasEvaluated() {
        MeasureContent evaluated = complete().with(MeasureField.EVALUATION, Evaluation.YES);

        Completeness withoutConclusions = Completeness.of(evaluated);
        assertThat(withoutConclusions.missingRequired()).containsExactly(MeasureField.CONCLUSIONS);
        assertThat(withoutConclusions.blockingProblems()).singleElement()
                .satisfies(p -> assertThat(p.messageKey()).isEqualTo("measure.validation.conclusionsExpected"));
        assertThat(Completeness.of(evaluated.with(MeasureField.CONCLUSIONS, "It worked.")).isComplete()).isTrue();
        assertThat(Completeness.of(complete().with(MeasureField.EVALUATION, Evaluation.NO)).isComplete()).isTrue();
    }

    @Test
    void aBudgetAmountAloneCountsAsBudget() {
        MeasureContent amountOnly = complete().with(MeasureField.BUDGET_TEXT, null);

        assertThat(Completeness.of(amountOnly).missingRecommended()).doesNotContain(MeasureField.BUDGET_TEXT);
    }

    @Test
    void invalidValuesBlockSubmissionEvenWhenEverythingIsFilledIn() {
        MeasureContent wrong = complete().with(MeasureField.WEBSITE, "www.example.org")
                .with(MeasureField.BUDGET_USD, new BigDecimal("-1"))
                .withTitle("x".repeat(Completeness.TITLE_MAX + 1));

        Completeness completeness = Completeness.of(wrong);

        assertThat(completeness.isComplete()).isFalse();
        assertThat(completeness.missingRequired()).isEmpty();
        assertThat(completeness.invalid()).extracting(Completeness.Problem::field, Completeness.Problem::messageKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(MeasureField.TITLE, "measure.validation.tooLong"),
                        org.assertj.core.groups.Tuple.tuple(MeasureField.WEBSITE, "measure.validation.url"),
                        org.assertj.core.groups.Tuple.tuple(MeasureField.BUDGET_USD, "measure.validation.negativeAmount"));
    }

    @Test
    void webAddressesNeedHttpAndAHost() {
        assertThat(Completeness.isWebAddress("https://www.unesco.org/creativity")).isTrue();
        assertThat(Completeness.isWebAddress("http://culture.gov.mn")).isTrue();
        assertThat(Completeness.isWebAddress("www.unesco.org")).isFalse();
        assertThat(Completeness.isWebAddress("javascript:alert(1)")).isFalse();
        assertThat(Completeness.isWebAddress("https://localhost")).isFalse();
        assertThat(Completeness.isWebAddress("not a url")).isFalse();
    }

    @Test
    void diffListsEachChangedFieldAndIgnoresInvisibleDifferences() {
        MeasureContent before = complete();
        MeasureContent after = before.withTitle("Film fund 2").with(MeasureField.BUDGET_USD, new BigDecimal("65000.00"))
                .with(MeasureField.DESCRIPTION, "Grants for first films.  ");

        assertThat(FieldChange.between(before, after)).singleElement()
                .satisfies(c -> assertThat(c.field()).isEqualTo(MeasureField.TITLE))
                .satisfies(c -> assertThat(c.before()).isEqualTo("Film fund"))
                .satisfies(c -> assertThat(c.after()).isEqualTo("Film fund 2"));
    }

    @Test
    void mergeKeepsTheirChangesAndMineWhereIChanged() {
        MeasureContent base = complete();
        MeasureContent theirs = base.withTitle("Their title").with(MeasureField.RESULTS, "Their results");
        MeasureContent mine = base.with(MeasureField.RESULTS, "My results").with(MeasureField.WEBSITE, "https://mine.example.org");

        MeasureContent merged = MeasureContent.merge(base, mine, theirs);

        assertThat(merged.title()).isEqualTo("Their title");
        assertThat(merged.results()).isEqualTo("My results");
        assertThat(merged.website()).isEqualTo("https://mine.example.org");
        assertThat(merged.description()).isEqualTo(base.description());
    }
}
