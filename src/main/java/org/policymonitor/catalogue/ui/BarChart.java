package org.policymonitor.catalogue.ui;

import static org.policymonitor.shared.SvgText.escape;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

import org.policymonitor.catalogue.CatalogueService.Bar;

/**
 * A horizontal bar chart as an SVG string, rendered on the server (no client-side charting). Each category
 * gets a row: its label above, its bar below, with the number at the bar's end; the longest bar is the
 * largest value and the others are in proportion. The numbers are also given in a table next to it.
 * <p>
 * The SVG is returned inside a {@code <div>}: Vaadin's {@code Html} lower-cases the attributes of its root
 * element (an SVG root would lose {@code viewBox} and be clipped to 150 px), while the browser's own parser
 * restores SVG's mixed-case attributes in the inner HTML. The div is the chart's scrolling region, so it can
 * take the keyboard focus and has a name (axe-core: scrollable-region-focusable).
 */
final class BarChart {

    /** Narrow enough that the 12 px text stays readable when a phone shrinks the chart to its width. */
    static final int WIDTH = 400;
    static final int LABEL = 16;
    static final int BAR = 16;
    static final int ROW = LABEL + BAR + 10;
    /** Room after the longest bar for its number ("123,456,789 USD" at 12 px). */
    static final int VALUE_WIDTH = 110;
    private static final int LABEL_CHARACTERS = 54;

    private BarChart() {
    }

    static String html(String title, List<Bar> bars, Function<BigDecimal, String> format) {
        return "<div class=\"catalogue-chart scroll-region\" tabindex=\"0\" role=\"group\" aria-label=\""
                + escape(title) + "\">" + svg(title, bars, format) + "</div>";
    }

    static String svg(String title, List<Bar> bars, Function<BigDecimal, String> format) {
        BigDecimal max = bars.stream().map(Bar::value).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        int height = Math.max(1, bars.size()) * ROW + 4;
        int plot = WIDTH - VALUE_WIDTH;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" aria-label=\"").append(escape(title)).append("\"><title>")
                .append(escape(title)).append("</title>");
        int y = 2;
        for (Bar bar : bars) {
            int length = length(bar.value(), max, plot);
            String value = format.apply(bar.value());
            svg.append("<g><title>").append(escape(bar.label() + " (" + value + ")")).append("</title>")
                    .append("<text x=\"0\" y=\"").append(y + LABEL - 4)
                    .append("\" font-size=\"12\" fill=\"currentColor\">")
                    .append(escape(shorten(bar.label()))).append("</text>")
                    .append("<rect x=\"0\" y=\"").append(y + LABEL).append("\" width=\"").append(length)
                    .append("\" height=\"").append(BAR).append("\" fill=\"#1676f3\"></rect>")
                    .append("<text x=\"").append(length + 6).append("\" y=\"").append(y + LABEL + BAR - 4)
                    .append("\" font-size=\"12\" fill=\"currentColor\">").append(escape(value)).append("</text></g>");
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    /** In proportion to the largest value; a positive value never drawn as nothing. */
    static int length(BigDecimal value, BigDecimal max, int plot) {
        if (max.signum() <= 0 || value.signum() <= 0) {
            return 0;
        }
        int length = value.multiply(BigDecimal.valueOf(plot)).divide(max, 0, RoundingMode.HALF_UP).intValue();
        return Math.max(1, length);
    }

    private static String shorten(String text) {
        return text.length() <= LABEL_CHARACTERS ? text : text.substring(0, LABEL_CHARACTERS - 1) + "…";
    }
}
