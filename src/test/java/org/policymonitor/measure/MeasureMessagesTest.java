package org.policymonitor.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policymonitor.i18n.TranslationProvider;

/** Keys the drafting views build at run time (field labels, answers, validation messages) exist in every language. */
class MeasureMessagesTest {

    private final TranslationProvider provider = new TranslationProvider();

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es"})
    void everyFieldEvaluationAndValidationMessageIsTranslated(String language) {
        Locale locale = Locale.of(language);
        for (MeasureField field : MeasureField.values()) {
            assertThat(provider.getTranslation(field.messageKey(), locale)).doesNotStartWith("!");
            // the short name the "missing" line beside the score uses (legacy fields are never missing)
            if (!field.isLegacy()) {
                assertThat(provider.getTranslation("measure.short." + field.name(), locale)).as(field.name())
                        .doesNotStartWith("!");
            }
        }
        for (YesNo answer : YesNo.values()) {
            assertThat(provider.getTranslation("measure.yesNo." + answer.name(), locale)).doesNotStartWith("!");
        }
        for (Evaluation evaluation : Evaluation.values()) {
            assertThat(provider.getTranslation("measure.evaluation." + evaluation.name(), locale)).doesNotStartWith("!");
        }
        MeasureContent wrong = MeasureContent.empty().with(MeasureField.EVALUATION, Evaluation.YES)
                .with(MeasureField.WEBSITE, "nope").with(MeasureField.BUDGET_USD, new java.math.BigDecimal("-5"))
                .withTitle("x".repeat(Completeness.TITLE_MAX + 1));
        for (Completeness.Problem problem : Completeness.of(wrong).blockingProblems()) {
            String message = provider.getTranslation(problem.messageKey(), locale, problem.argument());
            assertThat(message).doesNotStartWith("!").doesNotContain("{0}");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es"})
    void apostrophesSurviveMessagesWithArguments(String language) {
        String text = provider.getTranslation("measure.conflict.text", Locale.of(language), "bat", "today");
        assertThat(text).startsWith("bat").contains("today").doesNotContain("''").doesNotContain("{");
    }
}
