package org.policymonitor.shared;

/** The one escaper for user text written into SVG (and other XML) markup: text nodes and quoted attributes. */
public final class SvgText {

    private SvgText() {
    }

    /** {@code < > & " '} as entities; null as the empty text. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
