package org.policymonitor.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.measure.Completeness;
import org.policymonitor.measure.Evaluation;
import org.policymonitor.measure.IncompleteMeasureException;
import org.policymonitor.measure.InvalidMeasureContentException;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.YesNo;
import org.policymonitor.measure.MeasureDetails;
import org.policymonitor.measure.MeasureField;
import org.policymonitor.measure.MeasureEditing;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.PartnerRow;
import org.policymonitor.measure.StrictAmount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Hostile text, amounts and web addresses through the editor's service ({@code createMyDraft} / {@code saveMine}
 * as the demo editor) and the validation the editor shows ({@link Completeness}). Each input is either stored
 * and read back exactly, or refused with a message key of the measure bundle while the stored version stays
 * as it was.
 */
@IntegrationTest
@WithUserDetails("editor")
class HostileFormsTest {

    /**
     * The editor's text fields and the longest value the editor's save accepts: the column size, or the form's
     * 50,000 characters for the long texts (refused beyond it, where it used to be cut in the browser and the
     * service took up to the 900,000 of the snapshot).
     */
    private static final List<MeasureField> TEXT_FIELDS = List.of(MeasureField.TITLE, MeasureField.DESCRIPTION,
            MeasureField.RESULTS, MeasureField.WEBSITE, MeasureField.AGENCIES, MeasureField.PARTNERS,
            MeasureField.BUDGET_TEXT, MeasureField.CONCLUSIONS);

    @Autowired
    MeasureService measures;
    @Autowired
    MeasureEditing editing;

    private final Properties messages = HostileCorpus.bundle("measure");

    static MeasureContent baseline(String title) {
        return new MeasureContent(title, List.of("Ministry of Culture"), "Grants for first films.",
                "https://film.example.org", "40 films", "65 000", new BigDecimal("65000.00"),
                List.of(new PartnerRow("Film Guild", "CIVIL_SOCIETY")), Evaluation.NO, null,
                Set.of("GOVERNANCE"), Set.of("CULTURAL_CREATIVE_SECTORS"), Set.of("CINEMA_AUDIOVISUAL"),
                null, null, null, null, null, null, null, YesNo.NO, YesNo.NO, YesNo.YES, Set.of("SDG_08_DECENT_WORK"));
    }

    private static int limit(MeasureField field) {
        return switch (field) {
            case TITLE, AGENCIES, PARTNERS -> 500;
            case WEBSITE -> 2000;
            default -> 50_000; // Completeness.LONG_TEXT_MAX; imports are bounded by the snapshot only
        };
    }

    private static MeasureContent withText(MeasureContent content, MeasureField field, String value) {
        return switch (field) {
            case AGENCIES -> content.with(field, List.of(value));
            case PARTNERS -> content.with(field, List.of(new PartnerRow(value, "CIVIL_SOCIETY")));
            default -> content.with(field, value);
        };
    }

    @Test
    void everyHostileStringInEveryTextFieldIsStoredExactlyOrRefusedWithoutWritingAnything() {
        List<String> inputs = HostileCorpus.strings();
        MeasureDetails current = editing.createMyDraft(baseline("Hostile forms baseline"));
        int stored = 0;
        int refused = 0;
        for (MeasureField field : TEXT_FIELDS) {
            for (String input : inputs) {
                MeasureContent wanted = withText(baseline("Hostile forms baseline"), field, input);
                boolean expectRefused = HostileCorpus.unstorable(input) || input.length() > limit(field);
                String what = field + " <- " + HostileCorpus.shortForm(input);
                checkValidationMessages(wanted, what);
                try {
                    MeasureDetails saved = editing.saveMine(current.id(), current.version(), wanted);
                    MeasureDetails reloaded = editing.openForEditing(current.id());
                    assertThat(expectRefused).as("stored but expected refused: " + what).isFalse();
                    assertThat(reloaded.version()).as(what).isEqualTo(saved.version()).isGreaterThan(current.version());
                    assertThat(field.valueIn(reloaded.content())).as(what).isEqualTo(field.valueIn(wanted));
                    assertThat(reloaded.content()).as(what).isEqualTo(wanted);
                    current = reloaded;
                    stored++;
                } catch (InvalidMeasureContentException e) {
                    assertThat(expectRefused).as("refused but expected stored: " + what + " " + e.getMessage()).isTrue();
                    assertThat(e.problems()).as(what).isNotEmpty().allSatisfy(p -> {
                        assertThat(messages).as(what).containsKey(p.messageKey());
                        assertThat(p.field()).as(what).isIn(field, null);
                    });
                    MeasureDetails reloaded = editing.openForEditing(current.id());
                    assertThat(reloaded.version()).as("version after refusal: " + what).isEqualTo(current.version());
                    assertThat(reloaded.content()).as("content after refusal: " + what).isEqualTo(current.content());
                    refused++;
                }
            }
        }
        // a new draft with a refused value is not created at all
        long before = editing.countMine(null);
        assertThatThrownBy(() -> editing.createMyDraft(baseline("NUL\u0000title")))
                .isInstanceOf(InvalidMeasureContentException.class);
        assertThatThrownBy(() -> editing.createMyDraft(baseline("t".repeat(501))))
                .isInstanceOf(InvalidMeasureContentException.class);
        assertThat(editing.countMine(null)).isEqualTo(before);
        System.out.printf("HOSTILE forms channel: %d strings x %d text fields = %d saves (%d stored exactly, %d refused)%n",
                inputs.size(), TEXT_FIELDS.size(), stored + refused, stored, refused);
        assertThat(stored + refused).isEqualTo(inputs.size() * TEXT_FIELDS.size());
    }

    /** What the editor shows beside the fields: every message key exists; unstorable input is flagged. */
    private void checkValidationMessages(MeasureContent content, String what) {
        Completeness completeness = Completeness.of(content);
        assertThat(completeness.blockingProblems()).as(what)
                .allSatisfy(p -> assertThat(messages).as(what).containsKey(p.messageKey()));
        assertThat(Completeness.storageProblems(content)).as(what)
                .allSatisfy(p -> assertThat(completeness.invalid()).as(what).extracting(Completeness.Problem::field)
                        .contains(p.field()));
    }

    @Test
    void amountsAreStoredExactlyOrRefusedBeforeTheDatabaseSeesThem() {
        List<String> inputs = new ArrayList<>(HostileCorpus.lines("amounts.txt"));
        inputs.addAll(List.of("1E+100000", "-1E-100000", String.valueOf(Double.MAX_VALUE), String.valueOf(Long.MAX_VALUE),
                "-0", "0E-10", "12345678901234567.89", "123456789012345678.9"));
        MeasureDetails current = editing.createMyDraft(baseline("Hostile amounts"));
        int notNumbers = 0;
        int stored = 0;
        int refused = 0;
        for (String input : inputs) {
            BigDecimal amount;
            try {
                amount = new BigDecimal(input.strip());
            } catch (NumberFormatException e) {
                notNumbers++; // the number field refuses it before any service sees it
                continue;
            }
            BigDecimal plain = amount.stripTrailingZeros();
            boolean expectRefused = plain.precision() - plain.scale() > 17 || plain.scale() > 2;
            MeasureContent wanted = baseline("Hostile amounts").with(MeasureField.BUDGET_USD, amount);
            try {
                editing.saveMine(current.id(), current.version(), wanted);
                MeasureDetails reloaded = editing.openForEditing(current.id());
                assertThat(expectRefused).as("stored: " + input).isFalse();
                assertThat(reloaded.content().budgetUsd()).as(input).isEqualByComparingTo(amount);
                boolean negative = amount.signum() < 0;
                assertThat(Completeness.of(reloaded.content()).invalid()).as(input)
                        .extracting(Completeness.Problem::messageKey)
                        .matches(keys -> keys.contains("measure.validation.negativeAmount") == negative);
                current = reloaded;
                stored++;
            } catch (InvalidMeasureContentException e) {
                assertThat(expectRefused).as("refused: " + input).isTrue();
                assertThat(e.problems()).extracting(Completeness.Problem::messageKey)
                        .containsAnyOf("measure.validation.amountTooLarge", "measure.validation.amountPrecision")
                        .allMatch(messages::containsKey);
                assertThat(editing.openForEditing(current.id()).version()).as(input).isEqualTo(current.version());
                refused++;
            }
        }
        System.out.printf("HOSTILE forms channel: %d amounts (%d not numbers, %d stored, %d refused)%n", inputs.size(),
                notNumbers, stored, refused);
        assertThat(notNumbers + stored + refused).isEqualTo(inputs.size());
        assertThat(refused).isPositive();
    }

    /**
     * The editor reads its amount field with {@link StrictAmount}: an input is one exact amount the column
     * holds (then the service stores it exactly), or refused with a message of the measure bundle. No
     * exponent, sign, currency or stray character is dropped to make a number of it (1e309 is not 1309).
     */
    @Test
    void theEditorsAmountFieldReadsEachHostileAmountExactlyOrRefusesIt() {
        List<String> inputs = new ArrayList<>(HostileCorpus.lines("amounts.txt"));
        inputs.addAll(List.of("1e309", "12abc", "1,2,3", "Infinity", "NaN", "-5", "1E+100000", "9".repeat(100_000)));
        MeasureDetails current = editing.createMyDraft(baseline("Hostile strict amounts"));
        int read = 0;
        int refused = 0;
        for (String input : inputs) {
            switch (StrictAmount.read(input, java.util.Locale.ENGLISH)) {
                case StrictAmount.Amount amount -> {
                    assertThat(amount.value().toPlainString().replace(".", "").replaceFirst("^0+(?=\\d)", ""))
                            .as("only separators were dropped from " + input)
                            .isEqualTo(input.replaceAll("[ ,.]", "").replaceFirst("^0+(?=\\d)", ""));
                    current = editing.saveMine(current.id(), current.version(),
                            baseline("Hostile strict amounts").with(MeasureField.BUDGET_USD, amount.value()));
                    assertThat(editing.openForEditing(current.id()).content().budgetUsd()).as(input)
                            .isEqualByComparingTo(amount.value());
                    read++;
                }
                case StrictAmount.Refused no -> {
                    assertThat(messages).as(input).containsKey(no.messageKey());
                    refused++;
                }
                case StrictAmount.Empty empty -> assertThat(input).isBlank();
            }
        }
        System.out.printf("HOSTILE forms channel: %d typed amounts (%d read exactly, %d refused beside the field)%n",
                inputs.size(), read, refused);
        assertThat(refused).isGreaterThanOrEqualTo(8);
    }

    @Test
    void webAddressesAreJudgedByTheEditorsRuleAndAScriptAddressBlocksSubmission() {
        List<String> lines = HostileCorpus.lines("urls.txt");
        MeasureDetails current = editing.createMyDraft(baseline("Hostile web addresses"));
        for (String line : lines) {
            boolean valid = line.startsWith("valid|");
            String url = line.substring(line.indexOf('|') + 1);
            assertThat(Completeness.isWebAddress(url.strip())).as(url).isEqualTo(valid);
            MeasureContent wanted = baseline("Hostile web addresses").with(MeasureField.WEBSITE, url);
            List<String> problems = Completeness.of(wanted).invalid().stream().map(Completeness.Problem::messageKey)
                    .toList();
            if (!url.isBlank() && !HostileCorpus.unstorable(url)) {
                assertThat(problems.contains("measure.validation.url")).as(url).isEqualTo(!valid);
            }
            try {
                editing.saveMine(current.id(), current.version(), wanted);
                current = editing.openForEditing(current.id());
                assertThat(current.content().website()).as(url).isEqualTo(url);
            } catch (InvalidMeasureContentException e) {
                assertThat(HostileCorpus.unstorable(url)).as(url).isTrue();
            }
        }
        MeasureDetails script = editing.saveMine(current.id(), current.version(),
                baseline("Hostile web addresses").with(MeasureField.WEBSITE, "javascript:alert(1)"));
        assertThatThrownBy(() -> editing.submitMine(script.id())).isInstanceOf(IncompleteMeasureException.class);
        assertThat(editing.openForEditing(script.id()).version()).isEqualTo(script.version());
        System.out.printf("HOSTILE forms channel: %d web addresses%n", lines.size());
    }

    @Test
    void aFieldThatIsNotUnderTheEditorsControlIsCheckedToo() {
        MeasureDetails current = editing.createMyDraft(baseline("Hostile codes"));
        for (MeasureContent bad : List.of(
                baseline("Hostile codes").with(MeasureField.GOALS, Set.of("G".repeat(61))),
                baseline("Hostile codes").with(MeasureField.PARTNERS, List.of(new PartnerRow("ok", "T".repeat(61)))),
                baseline("Hostile codes").with(MeasureField.KEY_OBJECTIVES, "legacy\u0000"),
                baseline("Hostile codes").with(MeasureField.CONTEXT, "c".repeat(600_000))
                        .with(MeasureField.MAIN_FEATURE, "m".repeat(600_000)))) {
            assertThatThrownBy(() -> editing.saveMine(current.id(), current.version(), bad))
                    .isInstanceOfSatisfying(InvalidMeasureContentException.class, e -> assertThat(e.problems())
                            .extracting(Completeness.Problem::messageKey).allMatch(messages::containsKey));
            assertThat(editing.openForEditing(current.id()).content()).isEqualTo(current.content());
        }
    }
}
