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
import org.policymonitor.i18n.TranslationProvider;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.PartnerRow;
import org.policymonitor.measure.YesNo;
import org.policymonitor.measure.PublishedMeasure;
import org.policymonitor.party.Party;
import org.policymonitor.party.ReportingCycle;
import org.policymonitor.shared.SpreadsheetCells;
import org.policymonitor.vocabulary.VocabularyKind;
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

    /**
     * One export column: a stable machine name (its header is {@code catalogue.export.column.<name>} in the
     * reader's language) and how to read it. Vocabulary fields, the Party, the evaluation and the form version
     * are given twice: in the reader's language, and as codes in a column of their own for machines.
     */
    private record Column(String name, java.util.function.BiFunction<CatalogueExports, Cell, Object> value) {
    }

    private record Cell(PublishedMeasure measure, Locale locale) {
        MeasureContent content() {
            return measure.content();
        }
    }

    private static Column column(String name, Function<PublishedMeasure, Object> value) {
        return new Column(name, (exports, cell) -> value.apply(cell.measure()));
    }

    private static final List<Column> COLUMNS = List.of(
            column("measure_id", PublishedMeasure::measureId),
            column("publication_no", PublishedMeasure::publicationNo),
            new Column("party", (e, c) -> e.catalogue.party(c.measure().partyId())
                    .map(p -> e.catalogue.partyName(p, c.locale())).orElse(null)),
            new Column("party_code", (e, c) -> e.catalogue.party(c.measure().partyId()).map(Party::getIsoCode).orElse(null)),
            new Column("cycle", (e, c) -> e.catalogue.cycle(c.measure().cycleId()).map(ReportingCycle::getCode).orElse(null)),
            new Column("form_version", (e, c) -> e.text(c.locale(), "catalogue.export.form." + c.measure().formVersion().name())),
            column("form_version_code", p -> p.formVersion().name()),
            column("title", p -> p.content().title()),
            column("agencies", p -> String.join("; ", p.content().agencies())),
            column("description", p -> p.content().description()),
            column("website", p -> p.content().website()),
            column("results", p -> p.content().results()),
            column("budget_text", p -> p.content().budgetText()),
            column("budget_usd", p -> p.content().budgetUsd()),
            new Column("partners", (e, c) -> c.content().partners().stream().map(row -> e.partner(row, c.locale()))
                    .collect(Collectors.joining("; "))),
            column("partner_type_codes", p -> p.content().partners().stream().map(PartnerRow::entityType)
                    .filter(t -> t != null && !t.isBlank()).collect(Collectors.joining("; "))),
            new Column("evaluated", (e, c) -> e.text(c.locale(), "catalogue.evaluated." + c.content().evaluation().name())),
            column("evaluated_code", p -> p.content().evaluation().name()),
            column("conclusions", p -> p.content().conclusions()),
            new Column("goals", (e, c) -> e.labels(VocabularyKind.GOAL, c.content().goals(), c.locale())),
            column("goal_codes", p -> sorted(p.content().goals())),
            new Column("areas", (e, c) -> e.labels(VocabularyKind.AREA, c.content().areas(), c.locale())),
            column("area_codes", p -> sorted(p.content().areas())),
            new Column("domains", (e, c) -> e.labels(VocabularyKind.DOMAIN, c.content().domains(), c.locale())),
            column("domain_codes", p -> sorted(p.content().domains())),
            new Column("targets_youth", (e, c) -> e.answer(c.content().targetsYouth(), c.locale())),
            column("targets_youth_code", p -> p.content().targetsYouth().name()),
            new Column("preferential_treatment", (e, c) -> e.answer(c.content().preferentialTreatment(), c.locale())),
            column("preferential_treatment_code", p -> p.content().preferentialTreatment().name()),
            new Column("gender_equality", (e, c) -> e.answer(c.content().genderEquality(), c.locale())),
            column("gender_equality_code", p -> p.content().genderEquality().name()),
            new Column("sdgs", (e, c) -> e.sdgLabels(c.content().sdgs(), c.locale())),
            column("sdg_codes", p -> sorted(p.content().sdgs())),
            column("reported_by_civil_society", PublishedMeasure::reportedByCivilSociety),
            column("key_objectives", p -> p.content().keyObjectives()),
            column("context", p -> p.content().context()),
            new Column("scopes", (e, c) -> e.labels(VocabularyKind.SCOPE, c.content().scopes(), c.locale())),
            column("scope_codes", p -> sorted(p.content().scopes())),
            new Column("natures", (e, c) -> e.labels(VocabularyKind.NATURE, c.content().natures(), c.locale())),
            column("nature_codes", p -> sorted(p.content().natures())),
            column("main_feature", p -> p.content().mainFeature()),
            column("results_expected", p -> p.content().resultsExpected()),
            column("financial_resources", p -> p.content().financialResources()),
            column("published_at", p -> p.publishedAt().toString()));

    private final CatalogueService catalogue;
    private final MeasureFields fields;
    private final TranslationProvider translations;
    private final JsonMapper json;

    CatalogueExports(CatalogueService catalogue, MeasureFields fields, TranslationProvider translations, JsonMapper json) {
        this.catalogue = catalogue;
        this.fields = fields;
        this.translations = translations;
        this.json = json;
    }

    /** The machine names of the columns, in their order (the XLSX's "columns" sheet pairs them with the headers). */
    static List<String> columnNames() {
        return COLUMNS.stream().map(Column::name).toList();
    }

    /** The column headers in the reader's language, in the order of {@link #columnNames()}. */
    List<String> headers(Locale locale) {
        return COLUMNS.stream().map(c -> text(locale, "catalogue.export.column." + c.name())).toList();
    }

    void csv(List<PublishedMeasure> measures, Locale locale, OutputStream out) throws IOException {
        Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write(headers(locale).stream().map(SpreadsheetCells::csv).collect(Collectors.joining(",")));
        writer.write("\r\n");
        for (PublishedMeasure measure : measures) {
            writer.write(values(measure, locale).stream().map(SpreadsheetCells::csvValue).collect(Collectors.joining(",")));
            writer.write("\r\n");
        }
        writer.flush();
    }

    void xlsx(List<PublishedMeasure> measures, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("measures");
            Row header = sheet.createRow(0);
            List<String> headers = headers(locale);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            Sheet columns = workbook.createSheet("columns");
            for (int i = 0; i < headers.size(); i++) {
                Row row = columns.createRow(i);
                row.createCell(0).setCellValue(headers.get(i));
                row.createCell(1).setCellValue(columnNames().get(i));
            }
            int r = 1;
            for (PublishedMeasure measure : measures) {
                Row row = sheet.createRow(r++);
                List<Object> values = values(measure, locale);
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
        doc.add(new Paragraph(catalogue.partyName(party, locale) + " — " + cycle.getCode(), fonts.title));
        doc.add(new Paragraph(translations.translate(locale, "catalogue.report.measureCount", measures.size()), fonts.body));
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

    private List<Object> values(PublishedMeasure measure, Locale locale) {
        Cell cell = new Cell(measure, locale);
        return COLUMNS.stream().map(column -> column.value().apply(this, cell)).toList();
    }

    private String text(Locale locale, String key) {
        return translations.translate(locale, key);
    }

    private String partner(PartnerRow row, Locale locale) {
        String name = row.name() == null ? "" : row.name();
        return row.entityType() == null || row.entityType().isBlank() ? name
                : name + " (" + catalogue.vocabularyLabel(VocabularyKind.ENTITY_TYPE, row.entityType(), locale) + ")";
    }

    private String labels(VocabularyKind kind, java.util.Set<String> codes, Locale locale) {
        return codes.stream().map(code -> catalogue.vocabularyLabel(kind, code, locale)).sorted()
                .collect(Collectors.joining("; "));
    }

    /** The goals in their UN order (SDG_01 ... SDG_17), not the labels' alphabetical one ("10." before "2."). */
    private String sdgLabels(java.util.Set<String> codes, Locale locale) {
        return codes.stream().sorted().map(code -> catalogue.vocabularyLabel(VocabularyKind.SDG, code, locale))
                .collect(Collectors.joining("; "));
    }

    /** Yes, No or Not answered in the reader's language. */
    private String answer(YesNo answer, Locale locale) {
        return text(locale, "catalogue.yesNo." + answer.name());
    }

    private static String sorted(java.util.Set<String> codes) {
        return codes.stream().sorted().collect(Collectors.joining("; "));
    }
}
