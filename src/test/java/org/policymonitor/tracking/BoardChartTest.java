package org.policymonitor.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The status board's chart shows every label whole, over several lines when it is long; the row grows with it. */
class BoardChartTest {

    private static final String LONG = "Ministry of Culture, Sports, Tourism and Youth of the Autonomous Region "
            + "of Gorno-Badakhshan";

    private static StageCounts row(long id, String label, long drafts) {
        return new StageCounts(StageCounts.Dimension.values()[0], id, label, Map.of(Stage.DRAFT, drafts), 0);
    }

    /** The label of each row as the SVG draws it: its lines joined by a space. */
    private static List<String> labels(String svg) {
        Matcher text = Pattern.compile("<text [^>]*text-anchor=\"end\"[^>]*>(.*?)</text>").matcher(svg);
        List<String> labels = new java.util.ArrayList<>();
        while (text.find()) {
            labels.add(String.join(" ", Pattern.compile("<tspan[^>]*>(.*?)</tspan>").matcher(text.group(1)).results()
                    .map(m -> m.group(1)).toList()));
        }
        return labels;
    }

    private static int height(String svg) {
        Matcher box = Pattern.compile("viewBox=\"0 0 \\d+ (\\d+)\"").matcher(svg);
        assertThat(box.find()).isTrue();
        return Integer.parseInt(box.group(1));
    }

    @Test
    void aLongLabelIsShownWholeOverSeveralLinesAndItsRowGrows() {
        String shortOnly = BoardChart.stackedBars("By ministry", List.of(row(1, "Culture", 2), row(2, "Media", 1)),
                Stage::name);
        String withLong = BoardChart.stackedBars("By ministry", List.of(row(1, LONG, 2), row(2, "Media", 1)),
                Stage::name);

        assertThat(labels(withLong)).containsExactly(LONG, "Media");
        assertThat(withLong).doesNotContain("…");
        int lines = org.policymonitor.shared.SvgText.wrap(LONG, BoardChart.LABEL_CHARACTERS).size();
        assertThat(lines).isGreaterThanOrEqualTo(3);
        assertThat(Pattern.compile("<tspan").matcher(withLong).results().count()).isEqualTo(lines + 1);
        assertThat(height(withLong)).isGreaterThan(height(shortOnly));
        // the second row's bar starts below the first row's last label line
        List<Integer> barTops = Pattern.compile("<rect x=\"220\\.0\" y=\"(\\d+)\"").matcher(withLong).results()
                .map(m -> Integer.parseInt(m.group(1))).toList();
        assertThat(barTops).hasSize(2);
        assertThat(barTops.get(1) - barTops.get(0)).isGreaterThanOrEqualTo(3 * 14);
    }

    /** French stage names are long: the legend puts them on as many lines as needed, none running into the next. */
    @Test
    void legendEntriesNeverRunIntoEachOtherAndStayInsideTheChart() {
        Map<Stage, String> french = new java.util.EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            french.put(stage, "En attente de validation de l’évaluation " + stage.ordinal());
        }
        String svg = BoardChart.stackedBars("Par Partie", List.of(row(1, "Mongolie", 4)), french::get);
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertThat(box.find()).isTrue();
        int width = Integer.parseInt(box.group(1));
        int height = Integer.parseInt(box.group(2));
        Matcher entry = Pattern.compile("<text x=\"(\\d+)\" y=\"(\\d+)\" font-size=\"11\">(.*?)</text>").matcher(svg);
        List<int[]> boxes = new java.util.ArrayList<>();
        while (entry.find()) {
            int x = Integer.parseInt(entry.group(1));
            int end = x + (int) Math.ceil(entry.group(3).length() * BoardChart.LEGEND_CHARACTER_WIDTH);
            boxes.add(new int[] {x - 16, end, Integer.parseInt(entry.group(2))});
        }
        assertThat(boxes).hasSize(Stage.values().length);
        for (int[] a : boxes) {
            assertThat(a[1]).as("legend entry ends inside the chart").isLessThanOrEqualTo(width);
            assertThat(a[2]).as("legend entry inside the chart's height").isLessThan(height);
            for (int[] b : boxes) {
                if (a != b && a[2] == b[2]) {
                    assertThat(a[1] <= b[0] || b[1] <= a[0]).as("entries on one line overlap").isTrue();
                }
            }
        }
        assertThat(boxes.stream().mapToInt(b -> b[2]).distinct().count()).as("lines of the legend").isGreaterThan(1);
    }

    @Test
    void aWordLongerThanALineIsCutIntoLinesNotLost() {
        String word = "Gorno-Badakhshan-Autonomous-Region-Ministry-Of-Culture";
        assertThat(String.join("", org.policymonitor.shared.SvgText.wrap(word, BoardChart.LABEL_CHARACTERS)))
                .isEqualTo(word);
        assertThat(org.policymonitor.shared.SvgText.wrap("a b", 32)).containsExactly("a b");
        assertThat(org.policymonitor.shared.SvgText.wrap(null, 32)).containsExactly("");
    }
}
