package org.policymonitor.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.policymonitor.i18n.TranslationProvider;
import org.policymonitor.measure.MeasureStatus;

/** The exported board holds the same numbers as the board, in the reader's language. */
class BoardExportTest {

    private final TranslationProvider translations = new TranslationProvider();

    private final Board board = new Board(Instant.parse("2026-02-01T10:00:00Z"), BoardFilter.all(),
            List.of(new StageCounts(StageCounts.Dimension.PARTY, 1L, "Mongolia",
                    Map.of(Stage.DRAFT, 2L, Stage.IN_REVIEW, 1L, Stage.PUBLISHED, 4L), 1)),
            List.of(new StageCounts(StageCounts.Dimension.MINISTRY, 7L, "Mongolia — Ministry of Culture, \"Arts\"",
                    Map.of(Stage.DRAFT, 2L), 0)),
            List.of(new StageCounts(StageCounts.Dimension.CYCLE, 4L, "2024-2027", Map.of(Stage.RETURNED, 3L), 0)),
            List.of(new TrackedMeasure(11L, "=Touring grants", 1L, "Mongolia", 7L, "Ministry of Culture", 4L,
                    "2024-2027", MeasureStatus.IN_REVIEW, Stage.IN_REVIEW, Instant.parse("2025-12-01T00:00:00Z"),
                    LocalDate.of(2028, 4, 30), true, false)),
            List.of());

    @Test
    void csvHasAHeaderAndOneLinePerRowWithEscapedCells() {
        String csv = new String(BoardExport.csv(board, Locale.FRENCH, translations::translate), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("\uFEFFRegroupé par,Nom,Brouillon,En révision,En attente des partenaires,"
                + "En attente de validation,Renvoyée,Publiée,Total,En retard");
        assertThat(lines.get(1)).isEqualTo("Partie,Mongolia,2,1,0,0,0,4,7,1");
        assertThat(lines.get(2)).isEqualTo("Ministère,\"Mongolia — Ministry of Culture, \"\"Arts\"\"\",2,0,0,0,0,0,2,0");
        assertThat(lines.get(3)).isEqualTo("Cycle,2024-2027,0,0,0,0,3,0,3,0");
    }

    @Test
    void xlsxHasTheCountsAsNumbersAndTheOverdueMeasures() throws IOException {
        byte[] bytes = BoardExport.xlsx(board, Locale.ENGLISH, translations::translate);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet counts = workbook.getSheet("Counts");
            assertThat(counts.getRow(0).getCell(3).getStringCellValue()).isEqualTo("In review");
            assertThat(counts.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Mongolia");
            assertThat(counts.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(7.0);
            Sheet overdue = workbook.getSheet("Overdue");
            assertThat(overdue.getRow(1).getCell(1).getStringCellValue()).isEqualTo("=Touring grants");
            assertThat(overdue.getRow(1).getCell(5).getStringCellValue()).isEqualTo("In review");
        }
    }

    @Test
    void theChartHasABarPerStageWithItsNumberAndATitle() {
        String svg = BoardChart.stackedBars("Measures <per> Party", board.byParty(), Stage::name);
        assertThat(svg).startsWith("<svg").contains("<title>Measures &lt;per&gt; Party</title>")
                .contains("<title>DRAFT: 2</title>").contains("<title>IN_REVIEW: 1</title>")
                .contains("<title>PUBLISHED: 4</title>").doesNotContain("<title>RETURNED");
    }
}
