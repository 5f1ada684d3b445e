package org.policymonitor.shared;

import org.apache.poi.ss.usermodel.Cell;

/**
 * The one rule for writing user text into spreadsheet files (docs/input-limits.md).
 * <p>
 * CSV: a text cell a spreadsheet program would run as a formula (OWASP "CSV injection": a first character
 * {@code = + - @}, tab, carriage return, or their full-width forms {@code ＝ ＋ － ＠}) gets a leading
 * apostrophe. A text that already starts with apostrophes before such a character gets one more, so that
 * {@link #restoreCsvText} gives back exactly the text that was written. Numbers the exporter writes from a
 * numeric value are not text and are never prefixed, so spreadsheets still read them as numbers.
 * <p>
 * XLSX: a string cell is never a formula, so its text is written exactly as it is, without prefix.
 */
public final class SpreadsheetCells {

    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    private SpreadsheetCells() {
    }

    /** One CSV cell (RFC 4180) holding a text; null is an empty cell. */
    public static String csv(String text) {
        return quoted(defuse(text == null ? "" : text));
    }

    /** One CSV cell of an exported value: numbers and booleans as they are, anything else as text. */
    public static String csvValue(Object value) {
        return switch (value) {
            case null -> "";
            case java.math.BigDecimal d -> d.toPlainString();
            case Number n -> n.toString();
            case Boolean b -> b.toString();
            default -> csv(value.toString());
        };
    }

    /** The text with the apostrophe that keeps a spreadsheet from running it, when it needs one. */
    public static String defuse(String text) {
        return runsAsFormula(text) ? "'" + text : text;
    }

    /** The text {@link #defuse} was given, from what it wrote. */
    public static String restoreCsvText(String cell) {
        return cell.startsWith("'") && runsAsFormula(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /** Whether the text, after any leading apostrophes, starts with a character that begins a formula. */
    static boolean runsAsFormula(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return i < text.length() && FORMULA_STARTS.indexOf(text.charAt(i)) >= 0;
    }

    /** An XLSX cell: blank, number, boolean or string; never a formula, whatever the text looks like. */
    public static void xlsx(Cell cell, Object value) {
        switch (value) {
            case null -> cell.setBlank();
            case java.math.BigDecimal d -> cell.setCellValue(d.doubleValue());
            case Number n -> cell.setCellValue(n.doubleValue());
            case Boolean b -> cell.setCellValue(b);
            default -> cell.setCellValue(value.toString());
        }
    }

    private static String quoted(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
