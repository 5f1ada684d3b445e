package org.policymonitor.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureField;
import org.policymonitor.measure.PartnerRow;
import org.policymonitor.testsupport.Csv;

/** The importer's own CSV defuses formulas for spreadsheets and still reads back exactly what it wrote. */
class MeasureCsvFormulaTest {

    @Test
    void formulaLikeTextsAreDefusedInTheFileAndRestoredOnReading() {
        MeasureContent content = MeasureContent.empty()
                .with(MeasureField.TITLE, "=HYPERLINK(\"http://evil\",\"x\")")
                .with(MeasureField.DESCRIPTION, "-12")
                .with(MeasureField.RESULTS, "'=already quoted")
                .with(MeasureField.BUDGET_TEXT, "\uFF0B1 full-width plus")
                .with(MeasureField.AGENCIES, List.of("@SUM(1+1)", "Ministry"))
                .with(MeasureField.PARTNERS, List.of(new PartnerRow("+1 Guild", null)))
                .with(MeasureField.BUDGET_USD, new BigDecimal("-5.00"));
        String csv = MeasureCsv.write(List.of(new MeasureCsv.Row(FormVersion.FORM_2020, content)));

        List<String> header = Csv.parse(csv).get(0);
        List<String> cells = Csv.parse(csv).get(1);
        assertThat(cells.get(header.indexOf("title"))).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
        assertThat(cells.get(header.indexOf("description"))).isEqualTo("'-12");
        assertThat(cells.get(header.indexOf("results"))).isEqualTo("''=already quoted");
        assertThat(cells.get(header.indexOf("agencies"))).startsWith("'@SUM");
        assertThat(cells.get(header.indexOf("partners"))).isEqualTo(":+1 Guild");
        assertThat(cells.get(header.indexOf("budget_usd"))).isEqualTo("'-5.00");

        assertThat(MeasureCsv.read(csv)).containsExactly(new MeasureCsv.Row(FormVersion.FORM_2020, content));
    }
}
