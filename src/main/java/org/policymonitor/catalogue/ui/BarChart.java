package org.policymonitor.catalogue.ui;

import static org.policymonitor.shared.SvgText.escape;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

import org.policymonitor.catalogue.CatalogueService.Bar;

/**
 * A horizontal bar chart as an SVG string, rendered on the server (no client-side charting). The numbers
 * are also given in a table next to it; the SVG carries a title and one {@code <title>} per bar.
 */
final class BarChart {

    private static final int WIDTH = 720;
    private static final int LABEL_WIDTH = 300;
    private static final int VALUE_WIDTH = 110;
    private static final int ROW = 26;
    private static final int BAR = 18;

    private BarChart() {
    }

    static String svg(String title, List<Bar> bars, Function<BigDecimal, String> format) {
        BigDecimal max = bars.stream().map(Bar::value).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        int height = Math.max(ROW, bars.size() * ROW) + 8;
        int plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"catalogue-chart\" role=\"img\" width=\"100%\" ")
                .append("viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" aria-label=\"")
                .append(escape(title)).append("\"><title>").append(escape(title)).append("</title>");
        int y = 4;
        for (Bar bar : bars) {
            int length = max.signum() == 0 ? 0 : bar.value().multiply(BigDecimal.valueOf(plot))
                    .divide(max, 0, RoundingMode.HALF_UP).intValue();
            String value = format.apply(bar.value());
            svg.append("<g><title>").append(escape(bar.label() + ": " + value)).append("</title>")
                    .append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + BAR - 5)
                    .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"currentColor\">")
                    .append(escape(shorten(bar.label(), 46))).append("</text>")
                    .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"")
                    .append(Math.max(length, bar.value().signum() > 0 ? 2 : 0)).append("\" height=\"").append(BAR)
                    .append("\" fill=\"#1676f3\"></rect>")
                    .append("<text x=\"").append(LABEL_WIDTH + length + 6).append("\" y=\"").append(y + BAR - 5)
                    .append("\" font-size=\"12\" fill=\"currentColor\">").append(escape(value)).append("</text></g>");
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
