package org.policymonitor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policymonitor.testsupport.Csv;

/** The one export escaper: formulas defused in CSV, exact text in XLSX, and a round trip that loses nothing. */
class SpreadsheetCellsTest {

    /** Every character OWASP lists as starting a formula, with the full-width forms. */
    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "\uFF1D1+1", "\uFF0B1", "\uFF0D1",
        "\uFF20SUM(A1)", "-12"})
    void aTextStartingAFormulaGetsAnApostropheInCsv(String text) {
        String cell = SpreadsheetCells.csv(text);
        assertThat(Csv.parse(cell + "\r\n").getFirst()).containsExactly("'" + text);
        assertThat(SpreadsheetCells.restoreCsvText(SpreadsheetCells.defuse(text))).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Grants", "12", "", " =not first", "'quoted", "a=b", "x-1", "\u00E9t\u00E9"})
    void otherTextsAreWrittenAsTheyAre(String text) {
        assertThat(SpreadsheetCells.defuse(text)).isEqualTo(text);
        assertThat(SpreadsheetCells.restoreCsvText(text)).isEqualTo(text);
    }

    @Test
    void textsThatAlreadyStartWithApostrophesBeforeAFormulaSurviveTheRoundTrip() {
        for (String text : List.of("'=1+1", "''-5", "'", "''")) {
            assertThat(SpreadsheetCells.restoreCsvText(SpreadsheetCells.defuse(text))).as(text).isEqualTo(text);
        }
        assertThat(SpreadsheetCells.defuse("'=1+1")).isEqualTo("''=1+1");
    }

    @Test
    void numbersWrittenFromNumericValuesStayNumbers() {
        assertThat(SpreadsheetCells.csvValue(new BigDecimal("-12.50"))).isEqualTo("-12.50");
        assertThat(SpreadsheetCells.csvValue(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(SpreadsheetCells.csvValue(-3L)).isEqualTo("-3");
        assertThat(SpreadsheetCells.csvValue("-3")).isEqualTo("'-3");
        assertThat(SpreadsheetCells.csvValue(null)).isEmpty();
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaks() {
        String cell = SpreadsheetCells.csv("=a, \"b\"\nc");
        assertThat(cell).isEqualTo("\"'=a, \"\"b\"\"\nc\"");
        assertThat(Csv.parse(cell + "\r\n").getFirst()).containsExactly("'=a, \"b\"\nc");
    }

    @Test
    void anXlsxStringCellKeepsTheExactTextAndIsNeverAFormula() throws IOException {
        List<Object> values = List.of("=HYPERLINK(\"http://x\")", "-2+3", "\uFF1D1", "@SUM(A1)", "\tx",
                new BigDecimal("65000.50"), 7L, true);
        byte[] bytes;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row row = workbook.createSheet("s").createRow(0);
            for (int i = 0; i < values.size(); i++) {
                SpreadsheetCells.xlsx(row.createCell(i), values.get(i));
            }
            SpreadsheetCells.xlsx(row.createCell(values.size()), null);
            workbook.write(out);
            bytes = out.toByteArray();
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Row row = workbook.getSheetAt(0).getRow(0);
            for (int i = 0; i < 5; i++) {
                assertThat(row.getCell(i).getCellType()).isEqualTo(CellType.STRING);
                assertThat(row.getCell(i).getStringCellValue()).isEqualTo(values.get(i));
            }
            assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(65000.5);
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(7.0);
            assertThat(row.getCell(7).getBooleanCellValue()).isTrue();
            assertThat(row.getCell(8).getCellType()).isEqualTo(CellType.BLANK);
        }
    }
}
