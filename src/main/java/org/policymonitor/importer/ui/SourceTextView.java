package org.policymonitor.importer.ui;

import java.util.List;

import org.policymonitor.importer.SourceLine;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The source text of a record, line by line, each line marked with what became of it: labels highlighted,
 * content tagged with its field, removed text struck through, so the administrator sees misplacements before
 * anything is stored.
 */
class SourceTextView extends Div {

    SourceTextView(List<SourceLine> lines, FieldLabels labels) {
        addClassName("import-source");
        getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-s)")
                .set("white-space", "pre-wrap").set("overflow-wrap", "anywhere").set("max-height", "40em")
                .set("overflow", "auto").set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("padding", "var(--lumo-space-s)");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("importui.source"));
        for (SourceLine line : lines) {
            add(line(line, labels));
        }
    }

    private Component line(SourceLine line, FieldLabels labels) {
        Div row = new Div();
        row.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)");
        Span number = new Span(String.valueOf(line.number()));
        number.getStyle().set("color", "var(--lumo-secondary-text-color)").set("min-width", "3ch")
                .set("text-align", "right");
        number.getElement().setAttribute("aria-hidden", "true");
        Component text = switch (line.role()) {
            case LABEL -> styled(new com.vaadin.flow.component.html.Span(line.text()), "mark", true);
            case REMOVED -> struck(line.text());
            case BLANK -> new Span(" ");
            default -> new Span(line.text());
        };
        row.add(number, text);
        String tag = tag(line, labels);
        if (tag != null) {
            Span field = new Span(tag);
            field.getElement().getThemeList().add("badge small contrast");
            field.getStyle().set("margin-left", "auto").set("white-space", "nowrap");
            row.add(field);
        }
        if (line.role() == SourceLine.Role.CONTENT || line.role() == SourceLine.Role.TITLE
                || line.role() == SourceLine.Role.PARTY || line.role() == SourceLine.Role.AGENCY) {
            row.getStyle().set("border-left", "3px solid var(--lumo-primary-color-50pct)").set("padding-left", "4px");
        }
        return row;
    }

    private String tag(SourceLine line, FieldLabels labels) {
        return switch (line.role()) {
            case REMOVED -> getTranslation("importui.line.removed");
            case BLANK -> null;
            case LABEL -> line.field() == null ? null : getTranslation("importui.line.label", labels.label(line.field()));
            default -> line.field() == null ? null : labels.label(line.field());
        };
    }

    private static Component styled(Span span, String tag, boolean bold) {
        Span marked = new Span();
        marked.getElement().appendChild(new com.vaadin.flow.dom.Element(tag).setText(span.getText()));
        if (bold) {
            marked.getStyle().set("font-weight", "bold");
        }
        return marked;
    }

    private static Component struck(String text) {
        Span span = new Span();
        span.getElement().appendChild(new com.vaadin.flow.dom.Element("del").setText(text));
        span.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return span;
    }
}
