package org.policymonitor.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureFixtures;
import org.policymonitor.measure.YesNo;
import org.policymonitor.testsupport.Csv;

/** The importer's CSV carries the current form's cross-cutting answers, and still reads files written before them. */
class MeasureCsvCrossCuttingTest {

    private static final MeasureContent ANSWERED = MeasureFixtures.complete("Youth choirs")
            .withCrossCutting(YesNo.YES, YesNo.NOT_ANSWERED, YesNo.NO, Set.of("SDG_04_QUALITY_EDUCATION",
                    "SDG_10_REDUCED_INEQUALITIES"));

    @Test
    void theAnswersSurviveARoundTripInColumnsOfTheirOwn() {
        String csv = MeasureCsv.write(List.of(new MeasureCsv.Row(FormVersion.FORM_2020, ANSWERED)));

        List<String> header = Csv.parse(csv).get(0);
        List<String> cells = Csv.parse(csv).get(1);
        assertThat(cells.get(header.indexOf("targets_youth"))).isEqualTo("YES");
        assertThat(cells.get(header.indexOf("preferential_treatment"))).isEqualTo("NOT_ANSWERED");
        assertThat(cells.get(header.indexOf("gender_equality"))).isEqualTo("NO");
        assertThat(cells.get(header.indexOf("sdgs"))).isEqualTo("SDG_04_QUALITY_EDUCATION,SDG_10_REDUCED_INEQUALITIES");
        assertThat(MeasureCsv.read(csv)).containsExactly(new MeasureCsv.Row(FormVersion.FORM_2020, ANSWERED));
    }

    @Test
    void aFileInTheOlderLayoutIsReadWithTheQuestionsNotAnswered() {
        List<List<String>> rows = Csv.parse(MeasureCsv.write(List.of(new MeasureCsv.Row(FormVersion.FORM_2020,
                ANSWERED))));
        int kept = MeasureCsv.COLUMNS_WITHOUT_CROSS_CUTTING.size();
        String older = rows.stream().map(row -> row.subList(0, kept).stream()
                .map(cell -> "\"" + cell.replace("\"", "\"\"") + "\"").collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n"));

        MeasureContent read = MeasureCsv.read(older).getFirst().content();
        assertThat(read.targetsYouth()).isEqualTo(YesNo.NOT_ANSWERED);
        assertThat(read.genderEquality()).isEqualTo(YesNo.NOT_ANSWERED);
        assertThat(read.sdgs()).isEmpty();
        assertThat(read.withCrossCutting(YesNo.YES, YesNo.NOT_ANSWERED, YesNo.NO, ANSWERED.sdgs())).isEqualTo(ANSWERED);
    }

    @Test
    void anAnswerOtherThanYesNoOrNotAnsweredMakesTheFileMalformed() {
        String csv = MeasureCsv.write(List.of(new MeasureCsv.Row(FormVersion.FORM_2020, ANSWERED)))
                .replace("\"YES\",\"NOT_ANSWERED\"", "\"PERHAPS\",\"NOT_ANSWERED\"");
        assertThat(csv).contains("PERHAPS");
        assertThatThrownBy(() -> MeasureCsv.read(csv)).isInstanceOf(IllegalArgumentException.class);
    }
}
