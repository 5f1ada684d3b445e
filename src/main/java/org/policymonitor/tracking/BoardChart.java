package org.policymonitor.tracking;

import static org.policymonitor.shared.SvgText.escape;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A horizontal stacked bar chart of stage counts as SVG, drawn on the server: one bar per row, one colour
 * per stage, with a legend. The same numbers are always shown as a table next to it.
 */
public final class BoardChart {

    static final String[] COLOURS = {"#9e9e9e", "#1976d2", "#7b1fa2", "#f57c00", "#d32f2f", "#388e3c"};
    private static final int LABEL_WIDTH = 220;
    private static final int BAR_WIDTH = 460;
    private static final int ROW_HEIGHT = 26;

    private BoardChart() {
    }

    /** @param stageLabel the translated name of a stage */
    public static String stackedBars(String title, List<StageCounts> rows, Function<Stage, String> stageLabel) {
        long max = Math.max(1, rows.stream().mapToLong(StageCounts::total).max().orElse(1));
        int legendTop = rows.size() * ROW_HEIGHT + 10;
        int height = legendTop + 30;
        int width = LABEL_WIDTH + BAR_WIDTH + 60;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"100%\" role=\"img\" aria-label=\"").append(escape(title)).append("\">");
        svg.append("<title>").append(escape(title)).append("</title>");
        for (int i = 0; i < rows.size(); i++) {
            StageCounts row = rows.get(i);
            int y = i * ROW_HEIGHT;
            svg.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 17)
                    .append("\" text-anchor=\"end\" font-size=\"12\">").append(escape(truncate(row.label()))).append("</text>");
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
        int lx = 0;
        for (Stage stage : Stage.values()) {
            svg.append("<rect x=\"").append(lx).append("\" y=\"").append(legendTop).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(COLOURS[stage.ordinal()]).append("\"/>");
            svg.append("<text x=\"").append(lx + 16).append("\" y=\"").append(legendTop + 11).append("\" font-size=\"11\">")
                    .append(escape(stageLabel.apply(stage))).append("</text>");
            lx += width / Stage.values().length;
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static String truncate(String text) {
        return text == null ? "" : text.length() > 34 ? text.substring(0, 33) + "…" : text;
    }
}
