package org.policymonitor.catalogue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.policymonitor.measure.PartnerRow;
import org.policymonitor.measure.PublishedMeasure;
import org.policymonitor.party.Party;
import org.policymonitor.party.ReportingCycle;
import org.policymonitor.shared.SpreadsheetCells;
import org.springframework.stereotype.Component;

import com.lowagie.text.Anchor;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Open-data exports of published measures: CSV (RFC 4180, UTF-8 with BOM so spreadsheets read accents),
 * XLSX, JSON (the published snapshots as they are), and PDFs of one measure or of a Party's report.
 */
@Component
class CatalogueExports {

    /** One export column: a stable machine name and how to read it. Vocabulary fields export their codes. */
    private record Column(String name, Function<PublishedMeasure, Object> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("measure_id", PublishedMeasure::measureId),
            new Column("publication_no", PublishedMeasure::publicationNo),
            new Column("party", null),
            new Column("cycle", null),
            new Column("form_version", p -> p.formVersion().name()),
            new Column("title", p -> p.content().title()),
            new Column("agencies", p -> String.join("; ", p.content().agencies())),
            new Column("description", p -> p.content().description()),
            new Column("website", p -> p.content().website()),
            new Column("results", p -> p.content().results()),
            new Column("budget_text", p -> p.content().budgetText()),
            new Column("budget_usd", p -> p.content().budgetUsd()),
            new Column("partners", p -> p.content().partners().stream().map(CatalogueExports::partner)
                    .collect(Collectors.joining("; "))),
            new Column("evaluated", p -> p.content().evaluation().name()),
            new Column("conclusions", p -> p.content().conclusions()),
            new Column("goals", p -> sorted(p.content().goals())),
            new Column("areas", p -> sorted(p.content().areas())),
            new Column("domains", p -> sorted(p.content().domains())),
            new Column("reported_by_civil_society", PublishedMeasure::reportedByCivilSociety),
            new Column("key_objectives", p -> p.content().keyObjectives()),
            new Column("context", p -> p.content().context()),
            new Column("scopes", p -> sorted(p.content().scopes())),
            new Column("natures", p -> sorted(p.content().natures())),
            new Column("main_feature", p -> p.content().mainFeature()),
            new Column("results_expected", p -> p.content().resultsExpected()),
            new Column("financial_resources", p -> p.content().financialResources()),
            new Column("published_at", p -> p.publishedAt().toString()));

    private final CatalogueService catalogue;
    private final MeasureFields fields;
    private final JsonMapper json;

    CatalogueExports(CatalogueService catalogue, MeasureFields fields, JsonMapper json) {
        this.catalogue = catalogue;
        this.fields = fields;
        this.json = json;
    }

    static List<String> columnNames() {
        return COLUMNS.stream().map(Column::name).toList();
    }

    void csv(List<PublishedMeasure> measures, OutputStream out) throws IOException {
        Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write(columnNames().stream().map(SpreadsheetCells::csv).collect(Collectors.joining(",")));
        writer.write("\r\n");
        for (PublishedMeasure measure : measures) {
            writer.write(values(measure).stream().map(SpreadsheetCells::csvValue).collect(Collectors.joining(",")));
            writer.write("\r\n");
        }
        writer.flush();
    }

    void xlsx(List<PublishedMeasure> measures, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("measures");
            Row header = sheet.createRow(0);
            List<String> names = columnNames();
            for (int i = 0; i < names.size(); i++) {
                header.createCell(i).setCellValue(names.get(i));
            }
            int r = 1;
            for (PublishedMeasure measure : measures) {
                Row row = sheet.createRow(r++);
                List<Object> values = values(measure);
                for (int i = 0; i < values.size(); i++) {
                    SpreadsheetCells.xlsx(row.createCell(i), values.get(i));
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    void json(List<PublishedMeasure> measures, OutputStream out) {
        json.writeValue(out, measures);
    }

    byte[] measurePdf(PublishedMeasure measure, Locale locale) {
        return pdf(document -> {
            Fonts fonts = new Fonts();
            writeMeasure(document, measure, locale, fonts, null);
        });
    }

    /**
     * A Party's report for a cycle: cover, contents page with page numbers and links, one measure per page.
     * Rendered twice: the first pass finds the page each measure starts on, the second prints those numbers.
     */
    byte[] reportPdf(Party party, ReportingCycle cycle, List<PublishedMeasure> measures, Locale locale) {
        List<Integer> startPages = new ArrayList<>();
        pdf(document -> writeReport(document, party, cycle, measures, locale, null, startPages));
        List<Integer> firstPass = List.copyOf(startPages);
        startPages.clear();
        return pdf(document -> writeReport(document, party, cycle, measures, locale, firstPass, startPages));
    }

    private void writeReport(PdfDocument document, Party party, ReportingCycle cycle, List<PublishedMeasure> measures,
            Locale locale, List<Integer> pages, List<Integer> startPages) {
        Fonts fonts = new Fonts();
        Document doc = document.document();
        doc.add(new Paragraph(fields.label("report", locale), fonts.small));
        doc.add(new Paragraph(party.getName() + " — " + cycle.getCode(), fonts.title));
        doc.add(new Paragraph(fields.label("measureCount", locale) + ": " + measures.size(), fonts.body));
        doc.add(new Paragraph(" "));
        doc.add(new Paragraph(fields.label("contents", locale), fonts.heading));
        for (int i = 0; i < measures.size(); i++) {
            String page = pages == null ? "000" : String.valueOf(pages.get(i));
            Anchor link = new Anchor((i + 1) + ". " + title(measures.get(i)) + " ....... " + page, fonts.body);
            link.setReference("#measure-" + measures.get(i).measureId());
            doc.add(new Paragraph(link));
        }
        for (PublishedMeasure measure : measures) {
            doc.newPage();
            startPages.add(document.writer().getPageNumber());
            writeMeasure(document, measure, locale, fonts, "measure-" + measure.measureId());
        }
    }

    private void writeMeasure(PdfDocument document, PublishedMeasure measure, Locale locale, Fonts fonts, String anchor) {
        Document doc = document.document();
        Chunk title = new Chunk(title(measure), fonts.title);
        if (anchor != null) {
            title.setLocalDestination(anchor);
        }
        doc.add(new Paragraph(title));
        for (MeasureFields.Field field : fields.of(measure, locale)) {
            Paragraph label = new Paragraph(field.label() + (field.legacy() ? " *" : ""), fonts.heading);
            label.setSpacingBefore(6);
            doc.add(label);
            doc.add(new Paragraph(field.value(), fonts.body));
        }
        if (fields.of(measure, locale).stream().anyMatch(MeasureFields.Field::legacy)) {
            doc.add(new Paragraph("* " + fields.label("legacyNote", locale), fonts.small));
        }
    }

    private static String title(PublishedMeasure measure) {
        String title = measure.content().title();
        return title == null || title.isBlank() ? "#" + measure.measureId() : title;
    }

    private record PdfDocument(Document document, PdfWriter writer) {
    }

    private interface PdfBody {
        void write(PdfDocument document) throws DocumentException;
    }

    private static byte[] pdf(PdfBody body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        try {
            body.write(new PdfDocument(document, writer));
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    /** Liberation Sans (shipped inside OpenPDF), embedded, so accents and Cyrillic print and extract. */
    private static final class Fonts {
        private static final BaseFont BASE = load();
        final Font title = new Font(BASE, 16);
        final Font heading = new Font(BASE, 10, Font.BOLD);
        final Font body = new Font(BASE, 10);
        final Font small = new Font(BASE, 8);

        private static BaseFont load() {
            try {
                return BaseFont.createFont("font-fallback/LiberationSans-Regular.ttf", BaseFont.IDENTITY_H,
                        BaseFont.EMBEDDED);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private List<Object> values(PublishedMeasure measure) {
        List<Object> values = new ArrayList<>(COLUMNS.size());
        for (Column column : COLUMNS) {
            values.add(switch (column.name()) {
                case "party" -> catalogue.party(measure.partyId()).map(Party::getIsoCode).orElse(null);
                case "cycle" -> catalogue.cycle(measure.cycleId()).map(ReportingCycle::getCode).orElse(null);
                default -> column.value().apply(measure);
            });
        }
        return values;
    }

    private static String partner(PartnerRow row) {
        String name = row.name() == null ? "" : row.name();
        return row.entityType() == null ? name : name + " [" + row.entityType() + "]";
    }

    private static String sorted(java.util.Set<String> codes) {
        return codes.stream().sorted().collect(Collectors.joining("; "));
    }
}
