package org.policymonitor.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A field that must hold exactly one amount: sensible forms are read, everything else refused with a reason. */
class StrictAmountTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|65000|65000", "en|65 000|65000", "en|65,000.50|65000.50", "en|65000.5|65000.5", "en|1,000,000|1000000",
        "en|65.000,50|65000.50", "fr|65 000|65000", "fr|65000,50|65000.50", "fr|12,5|12.5", "fr|65 000,5|65000.5",
        "fr|12.50|12.50", "es|65.000|65000", "es|1.000.000,25|1000000.25", "es|12,5|12.5", "en| 42 |42",
        "en|65\u00A0000|65000", "fr|65\u202F000,00|65000.00", "en|0|0", "en|99999999999999999.99|99999999999999999.99"})
    void readsTheFormsPeopleWrite(String language, String text, String expected) {
        assertThat(StrictAmount.read(text, Locale.of(language)))
                .isInstanceOfSatisfying(StrictAmount.Amount.class, a -> assertThat(a.value()).isEqualByComparingTo(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|1e309|measure.validation.notAnAmount", "en|1E+3|measure.validation.notAnAmount",
        "en|12abc|measure.validation.notAnAmount", "en|1,2,3|measure.validation.notAnAmount",
        "en|Infinity|measure.validation.notAnAmount", "en|NaN|measure.validation.notAnAmount",
        "en|-5|measure.validation.negativeAmount", "fr|-5,5|measure.validation.negativeAmount",
        "en|+5|measure.validation.notAnAmount", "en|--5|measure.validation.notAnAmount",
        "en|12,5|measure.validation.notAnAmount", "en|6 5000|measure.validation.notAnAmount",
        "en|1.2.3|measure.validation.notAnAmount", "en|65,000,50|measure.validation.notAnAmount",
        "en|USD 5|measure.validation.notAnAmount", "en|5 $|measure.validation.notAnAmount",
        "en|.|measure.validation.notAnAmount", "en|0x10|measure.validation.notAnAmount",
        "en|\u0661\u0662|measure.validation.notAnAmount", "en|1 000,000.5|measure.validation.notAnAmount",
        "fr|65,000|measure.validation.ambiguousAmount", "en|65.000|measure.validation.ambiguousAmount",
        "en|0.001|measure.validation.amountPrecision", "en|123456789012345678|measure.validation.amountTooLarge",
        "en|100000000000000000.00|measure.validation.amountTooLarge"})
    void refusesEverythingElseWithTheReason(String language, String text, String messageKey) {
        assertThat(StrictAmount.read(text, Locale.of(language)))
                .isInstanceOfSatisfying(StrictAmount.Refused.class, r -> assertThat(r.messageKey()).isEqualTo(messageKey));
    }

    @Test
    void emptyIsNoAmountAndHugeInputIsRefusedWithoutReadingIt() {
        assertThat(StrictAmount.read("  ", Locale.ENGLISH)).isInstanceOf(StrictAmount.Empty.class);
        assertThat(StrictAmount.read(null, Locale.ENGLISH)).isInstanceOf(StrictAmount.Empty.class);
        assertThat(StrictAmount.read("9".repeat(1_000_000), Locale.ENGLISH))
                .isEqualTo(new StrictAmount.Refused("measure.validation.amountTooLarge", null));
        assertThat(StrictAmount.format(new BigDecimal("1E+3"))).isEqualTo("1000");
    }
}
