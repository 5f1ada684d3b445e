package org.policymonitor.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.policymonitor.catalogue.CatalogueService.Bar;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The statistics' bar chart parsed as XML: every category, in proportion, with its label and number, all inside. */
class BarChartTest {

    private static final List<String> AREAS = List.of("Cultural and creative sectors", "Media diversity",
            "Digital environment", "Partnering with civil society", "Mobility of artists and cultural professionals",
            "Flow of cultural goods and services", "Treaties and agreements", "National sustainable development policies",
            "International sustainable development programmes", "Gender equality", "Artistic freedom");

    private static Element parse(String markup) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(markup))).getDocumentElement();
    }

    private static List<Element> all(Element root, String tag) {
        NodeList nodes = root.getElementsByTagNameNS("*", tag);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    private static double number(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    private static List<Bar> bars(int... values) {
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            bars.add(new Bar("A" + i, AREAS.get(i % AREAS.size()), BigDecimal.valueOf(values[i])));
        }
        return bars;
    }

    @Test
    void everyCategoryIsDrawnInsideTheChartWithItsLabelAndNumber() throws Exception {
        List<Bar> bars = bars(3, 0, 7, 1, 2, 5, 0, 4, 9, 1, 6);
        Element svg = (Element) parse(BarChart.html("Measures per area", bars, v -> v.toPlainString()))
                .getElementsByTagNameNS("*", "svg").item(0);
        String[] viewBox = svg.getAttribute("viewBox").split(" ");
        assertThat(viewBox).as("a viewBox, so the chart keeps its proportions when it shrinks").hasSize(4);
        double width = Double.parseDouble(viewBox[2]);
        double height = Double.parseDouble(viewBox[3]);
        assertThat(number(svg, "height")).isEqualTo(height);

        List<Element> groups = all(svg, "g");
        assertThat(groups).hasSize(11);
        for (int i = 0; i < bars.size(); i++) {
            List<String> texts = all(groups.get(i), "text").stream().map(Element::getTextContent).toList();
            assertThat(texts).as("label and number of " + bars.get(i).label())
                    .containsExactly(bars.get(i).label(), bars.get(i).value().toPlainString());
            Element rect = all(groups.get(i), "rect").getFirst();
            assertThat(number(rect, "y") + number(rect, "height")).as("the bar of the row " + i + " inside the chart")
                    .isLessThanOrEqualTo(height);
            for (Element text : all(groups.get(i), "text")) {
                assertThat(number(text, "y")).as("the text of row " + i + " inside the chart").isLessThanOrEqualTo(height);
                // 12 px text: about 7 px a character
                assertThat(number(text, "x") + 7 * text.getTextContent().length()).isLessThanOrEqualTo(width);
            }
        }
    }

    @Test
    void barsAreInProportionToTheLargestValue() throws Exception {
        List<Bar> bars = bars(2, 5, 10, 1, 0);
        Element svg = parse(BarChart.svg("t", bars, v -> v.toPlainString()));
        List<Double> widths = all(svg, "rect").stream().map(r -> number(r, "width")).toList();
        double longest = widths.get(2);
        assertThat(longest).isEqualTo(BarChart.WIDTH - BarChart.VALUE_WIDTH);
        assertThat(widths.get(0) / longest).isCloseTo(0.2, within(0.01));
        assertThat(widths.get(1) / longest).isCloseTo(0.5, within(0.01));
        assertThat(widths.get(3) / longest).isCloseTo(0.1, within(0.01));
        assertThat(widths.get(4)).isZero();
        assertThat(widths.get(0)).isLessThan(widths.get(1));
    }

    @Test
    void theChartIsAScrollingRegionTheKeyboardCanReachWithAName() throws Exception {
        Element region = parse(BarChart.html("Measures per goal", bars(1, 2), v -> v.toPlainString()));
        assertThat(region.getTagName()).as("an SVG root would lose its viewBox in Vaadin's Html").isEqualTo("div");
        assertThat(region.getAttribute("tabindex")).isEqualTo("0");
        assertThat(region.getAttribute("aria-label")).isEqualTo("Measures per goal");
        assertThat(region.getAttribute("role")).isEqualTo("group");
    }
}
