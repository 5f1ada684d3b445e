package org.policymonitor.tracking;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.policymonitor.shared.SpreadsheetCells;

/**
 * The board as CSV (one table: dimension, name, a column per stage, total, overdue) and as XLSX (that
 * table plus a sheet of overdue measures). Headers in the caller's language via {@code label(locale, key)}.
 */
public final class BoardExport {

    private BoardExport() {
    }

    private static List<List<String>> countTable(Board board, Locale locale, BiFunction<Locale, String, String> label) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(label.apply(locale, "tracking.export.dimension"),
                label.apply(locale, "tracking.export.name")));
        for (Stage stage : Stage.values()) {
            header.add(label.apply(locale, stage.messageKey()));
        }
        header.add(label.apply(locale, "tracking.board.total"));
        header.add(label.apply(locale, "tracking.board.overdue"));
        rows.add(header);
        List<StageCounts> all = new ArrayList<>(board.byParty());
        all.addAll(board.byMinistry());
        all.addAll(board.byCycle());
        for (StageCounts counts : all) {
            List<String> row = new ArrayList<>(List.of(
                    label.apply(locale, "tracking.dimension." + counts.dimension().name()), counts.label()));
            for (Stage stage : Stage.values()) {
                row.add(Long.toString(counts.count(stage)));
            }
            row.add(Long.toString(counts.total()));
            row.add(Long.toString(counts.overdue()));
            rows.add(row);
        }
        return rows;
    }

    public static byte[] csv(Board board, Locale locale, BiFunction<Locale, String, String> label) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (List<String> row : countTable(board, locale, label)) {
            out.append(String.join(",", row.stream().map(SpreadsheetCells::csv).toList())).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(Board board, Locale locale, BiFunction<Locale, String, String> label) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet counts = workbook.createSheet(label.apply(locale, "tracking.export.sheet.counts"));
            List<List<String>> table = countTable(board, locale, label);
            for (int r = 0; r < table.size(); r++) {
                Row row = counts.createRow(r);
                List<String> cells = table.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    if (r > 0 && c >= 2) {
                        row.createCell(c).setCellValue(Long.parseLong(cells.get(c)));
                    } else {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            Sheet overdue = workbook.createSheet(label.apply(locale, "tracking.export.sheet.overdue"));
            Row header = overdue.createRow(0);
            String[] keys = {"tracking.measure.id", "tracking.measure.title", "tracking.measure.party",
                "tracking.measure.ministry", "tracking.measure.cycle", "tracking.measure.stage",
                "tracking.measure.inStageSince", "tracking.measure.dueDate"};
            for (int c = 0; c < keys.length; c++) {
                header.createCell(c).setCellValue(label.apply(locale, keys[c]));
            }
            int r = 1;
            for (TrackedMeasure m : board.overdue()) {
                Row row = overdue.createRow(r++);
                row.createCell(0).setCellValue(m.measureId());
                row.createCell(1).setCellValue(m.title());
                row.createCell(2).setCellValue(m.partyName());
                row.createCell(3).setCellValue(m.ministryName());
                row.createCell(4).setCellValue(m.cycleCode());
                row.createCell(5).setCellValue(label.apply(locale, m.stage().messageKey()));
                row.createCell(6).setCellValue(m.enteredStageAt().toString());
                row.createCell(7).setCellValue(m.dueDate() == null ? "" : m.dueDate().toString());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
