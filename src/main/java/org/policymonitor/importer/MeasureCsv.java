package org.policymonitor.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.policymonitor.measure.Evaluation;
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.PartnerRow;
import org.policymonitor.measure.YesNo;
import org.policymonitor.shared.SpreadsheetCells;

/**
 * Measures as CSV (RFC 4180, UTF-8, comma separated, one measure a row), the same layout for export and
 * import so that a round trip loses nothing. Lists go one item a line inside their cell; a partner line is
 * {@code TYPE_CODE:name} (either side may be empty); code sets are comma separated. A cell a spreadsheet would
 * run as a formula is written with a leading apostrophe ({@link SpreadsheetCells}) that reading takes off again.
 */
public final class MeasureCsv {

    public static final List<String> COLUMNS = List.of("form_version", "title", "agencies", "description", "website",
            "results", "budget_text", "budget_usd", "partners", "evaluated", "conclusions", "goals", "areas",
            "domains", "key_objectives", "context", "scopes", "natures", "main_feature", "results_expected",
            "financial_resources", "targets_youth", "preferential_treatment", "gender_equality", "sdgs");
    /** The layout before the current form's cross-cutting questions: still read, those questions unanswered. */
    static final List<String> COLUMNS_WITHOUT_CROSS_CUTTING = COLUMNS.subList(0, COLUMNS.indexOf("targets_youth"));

    /** One row: the measure's content and the form it was reported on. */
    public record Row(FormVersion formVersion, MeasureContent content) {
    }

    private MeasureCsv() {
    }

    public static String write(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        line(out, COLUMNS);
        for (Row row : rows) {
            MeasureContent c = row.content();
            line(out, Arrays.asList(row.formVersion().name(), c.title(), String.join("\n", c.agencies()),
                    c.description(), c.website(), c.results(), c.budgetText(),
                    c.budgetUsd() == null ? null : c.budgetUsd().toPlainString(),
                    c.partners().stream().map(p -> nullToEmpty(p.entityType()) + ":" + nullToEmpty(p.name()))
                            .collect(Collectors.joining("\n")),
                    c.evaluation().name(), c.conclusions(), codes(c.goals()), codes(c.areas()), codes(c.domains()),
                    c.keyObjectives(), c.context(), codes(c.scopes()), codes(c.natures()), c.mainFeature(),
                    c.resultsExpected(), c.financialResources(), c.targetsYouth().name(),
                    c.preferentialTreatment().name(), c.genderEquality().name(), codes(c.sdgs())));
        }
        return out.toString();
    }

    /** Reads rows written by {@link #write}; a malformed file throws {@link IllegalArgumentException}. */
    public static List<Row> read(String csv) {
        List<List<String>> records = parse(csv);
        if (records.isEmpty() || !(records.getFirst().equals(COLUMNS)
                || records.getFirst().equals(COLUMNS_WITHOUT_CROSS_CUTTING))) {
            throw new IllegalArgumentException("The first line must be the column names: " + String.join(",", COLUMNS));
        }
        List<Row> rows = new ArrayList<>();
        for (List<String> written : records.subList(1, records.size())) {
            List<String> r = new ArrayList<>(written.stream().map(SpreadsheetCells::restoreCsvText).toList());
            int expected = records.getFirst().size();
            if (r.size() != expected) {
                throw new IllegalArgumentException("Row " + (rows.size() + 2) + " has " + r.size() + " cells, expected "
                        + expected);
            }
            while (r.size() < COLUMNS.size()) {
                r.add("");
            }
            rows.add(new Row(FormVersion.valueOf(r.get(0)), new MeasureContent(text(r.get(1)), lines(r.get(2)),
                    text(r.get(3)), text(r.get(4)), text(r.get(5)), text(r.get(6)),
                    r.get(7).isEmpty() ? null : new BigDecimal(r.get(7)), partners(r.get(8)),
                    r.get(9).isEmpty() ? Evaluation.NOT_ANSWERED : Evaluation.valueOf(r.get(9)), text(r.get(10)),
                    codeSet(r.get(11)), codeSet(r.get(12)), codeSet(r.get(13)), text(r.get(14)), text(r.get(15)),
                    codeSet(r.get(16)), codeSet(r.get(17)), text(r.get(18)), text(r.get(19)), text(r.get(20)),
                    answer(r.get(21)), answer(r.get(22)), answer(r.get(23)), codeSet(r.get(24)))));
        }
        return rows;
    }

    private static List<PartnerRow> partners(String cell) {
        return lines(cell).stream().map(line -> {
            int colon = line.indexOf(':');
            String type = colon < 0 ? "" : line.substring(0, colon);
            String name = colon < 0 ? line : line.substring(colon + 1);
            return new PartnerRow(name.isEmpty() ? null : name, type.isEmpty() ? null : type);
        }).toList();
    }

    private static YesNo answer(String cell) {
        return cell.isEmpty() ? YesNo.NOT_ANSWERED : YesNo.valueOf(cell);
    }

    private static String codes(Set<String> codes) {
        return codes.stream().sorted().collect(Collectors.joining(","));
    }

    private static Set<String> codeSet(String cell) {
        return cell.isBlank() ? Set.of()
                : Arrays.stream(cell.split(",")).map(String::strip).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static List<String> lines(String cell) {
        return cell.isEmpty() ? List.of() : List.of(cell.split("\n", -1));
    }

    private static String text(String cell) {
        return cell.isEmpty() ? null : cell;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String cell = SpreadsheetCells.defuse(cells.get(i) == null ? "" : cells.get(i));
            out.append('"').append(cell.replace("\"", "\"\"")).append('"');
        }
        out.append("\r\n");
    }

    private static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            any = true;
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                // the \n ends the record
            } else if (ch == '\n') {
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                any = false;
            } else {
                cell.append(ch);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("A quoted cell is not closed");
        }
        if (any) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }
}
