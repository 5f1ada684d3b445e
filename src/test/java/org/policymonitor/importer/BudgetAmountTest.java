package org.policymonitor.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BudgetAmountTest {

    @ParameterizedTest(name = "\"{0}\" = {1} USD")
    @CsvSource(delimiter = '|', textBlock = """
            65 000           | 65000
            65000            | 65000
            65,000           | 65000
            1,000,000        | 1000000
            1.000.000        | 1000000
            USD 1,500.50     | 1500.50
            1.500,50 USD     | 1500.50
            US$ 12,5         | 12.5
            $250             | 250
            250 US dollars   | 250
            300 000 dollars américains | 300000
            '65\u00a0000.'   | 65000
            0                | 0
            """)
    void readsAnAmountInDollars(String text, String amount) {
        assertThat(BudgetAmount.read(text)).isInstanceOfSatisfying(BudgetAmount.Usd.class,
                usd -> assertThat(usd.amount()).isEqualByComparingTo(new BigDecimal(amount)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"EUR 20,000", "1 000 000 MNT", "€ 5000", "20 000 euros", "£300"})
    void anAmountInAnotherCurrencyIsNotReadAsDollars(String text) {
        assertThat(BudgetAmount.read(text)).isInstanceOf(BudgetAmount.OtherCurrency.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"20.000", "1,5,00", "12 34"})
    void anAmountThatReadsTwoWaysIsAmbiguous(String text) {
        assertThat(BudgetAmount.read(text)).isInstanceOf(BudgetAmount.Ambiguous.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"There is no dedicated budget for this measure.", "About 5000 USD per year",
            "5000\n6000", "2019-2020: 5000", ""})
    void proseIsNotAnAmount(String text) {
        assertThat(BudgetAmount.read(text)).isInstanceOf(BudgetAmount.NotAnAmount.class);
    }
}
