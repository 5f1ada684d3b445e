package org.policymonitor.tracking;

import static org.policymonitor.shared.SvgText.escape;

import org.policymonitor.shared.SvgText;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A horizontal stacked bar chart of stage counts as SVG, drawn on the server: one bar per row, one colour
 * per stage, with a legend. The same numbers are always shown as a table next to it. A row's label is shown
 * whole, over as many lines as it needs (the row grows with it), never cut.
 */
public final class BoardChart {

    static final String[] COLOURS = {"#9e9e9e", "#1976d2", "#7b1fa2", "#f57c00", "#d32f2f", "#388e3c"};
    private static final int LABEL_WIDTH = 220;
    private static final int BAR_WIDTH = 460;
    private static final int ROW_HEIGHT = 26;
    /** Characters per label line: about what fits in {@link #LABEL_WIDTH} at 12 px. */
    static final int LABEL_CHARACTERS = 32;
    private static final int LINE_HEIGHT = 14;
    private static final int LEGEND_ROW_HEIGHT = 18;
    private static final int LEGEND_GAP = 14;
    /** Generous for 11 px sans-serif text (wide letters, capitals): an overestimate only costs a line. */
    static final double LEGEND_CHARACTER_WIDTH = 6.6;

    private BoardChart() {
    }

    /** @param stageLabel the translated name of a stage */
    public static String stackedBars(String title, List<StageCounts> rows, Function<Stage, String> stageLabel) {
        long max = Math.max(1, rows.stream().mapToLong(StageCounts::total).max().orElse(1));
        List<List<String>> labels = rows.stream().map(r -> SvgText.wrap(r.label(), LABEL_CHARACTERS)).toList();
        int legendTop = labels.stream().mapToInt(BoardChart::rowHeight).sum() + 10;
        int width = LABEL_WIDTH + BAR_WIDTH + 60;
        List<int[]> legend = legendPlaces(Stage.values().length, stage -> stageLabel.apply(Stage.values()[stage]), width);
        int legendRows = legend.stream().mapToInt(place -> place[1]).max().orElse(0) + 1;
        int height = legendTop + legendRows * LEGEND_ROW_HEIGHT + 12;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"100%\" role=\"img\" aria-label=\"").append(escape(title)).append("\">");
        svg.append("<title>").append(escape(title)).append("</title>");
        int top = 0;
        for (int i = 0; i < rows.size(); i++) {
            StageCounts row = rows.get(i);
            List<String> label = labels.get(i);
            // the bar sits in the middle of its row, whose height is that of its label
            int y = top + (rowHeight(label) - ROW_HEIGHT) / 2;
            int firstLine = top + (rowHeight(label) - label.size() * LINE_HEIGHT) / 2 + 11;
            svg.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(firstLine)
                    .append("\" text-anchor=\"end\" font-size=\"12\">");
            for (int line = 0; line < label.size(); line++) {
                svg.append("<tspan x=\"").append(LABEL_WIDTH - 8).append("\" dy=\"").append(line == 0 ? 0 : LINE_HEIGHT)
                        .append("\">").append(escape(label.get(line))).append("</tspan>");
            }
            svg.append("</text>");
            top += rowHeight(label);
            double x = LABEL_WIDTH;
            for (Stage stage : Stage.values()) {
                long count = row.count(stage);
                if (count == 0) {
                    continue;
                }
                double w = (double) BAR_WIDTH * count / max;
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s: %d</title></rect>",
                        x, y + 4, w, ROW_HEIGHT - 8, COLOURS[stage.ordinal()], escape(stageLabel.apply(stage)), count));
                x += w;
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\">%d</text>", x + 4, y + 17,
                    row.total()));
        }
        for (Stage stage : Stage.values()) {
            int lx = legend.get(stage.ordinal())[0];
            int ly = legendTop + legend.get(stage.ordinal())[1] * LEGEND_ROW_HEIGHT;
            svg.append("<rect x=\"").append(lx).append("\" y=\"").append(ly).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(COLOURS[stage.ordinal()]).append("\"/>");
            svg.append("<text x=\"").append(lx + 16).append("\" y=\"").append(ly + 11).append("\" font-size=\"11\">")
                    .append(escape(stageLabel.apply(stage))).append("</text>");
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /**
     * Where each legend entry goes, as {x, row}: entries follow each other on a line as long as they fit in
     * {@code width}, then start the next line, so that long names (French, Spanish) never run into each other.
     * The width of a text is estimated at {@link #LEGEND_CHARACTER_WIDTH} per character of 11 px text.
     */
    static List<int[]> legendPlaces(int count, java.util.function.IntFunction<String> label, int width) {
        List<int[]> places = new java.util.ArrayList<>();
        int x = 0;
        int row = 0;
        for (int i = 0; i < count; i++) {
            int entry = legendEntryWidth(label.apply(i));
            if (x > 0 && x + entry > width) {
                x = 0;
                row++;
            }
            places.add(new int[] {x, row});
            x += entry + LEGEND_GAP;
        }
        return places;
    }

    /** The swatch, the space after it and the estimated width of the text. */
    static int legendEntryWidth(String label) {
        return 16 + (int) Math.ceil(label.length() * LEGEND_CHARACTER_WIDTH);
    }

    private static int rowHeight(List<String> label) {
        return Math.max(ROW_HEIGHT, label.size() * LINE_HEIGHT + 8);
    }
}
