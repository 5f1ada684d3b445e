package org.policymonitor.workflow;

import static org.policymonitor.shared.SvgText.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.Gateway;
import org.flowable.bpmn.model.GraphicInfo;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.Task;
import org.flowable.bpmn.model.UserTask;

/**
 * Draws a BPMN process as plain SVG from the model's diagram interchange (the {@code bpmndi} section of the
 * process file): events as circles, tasks as rounded boxes, gateways as diamonds, sequence flows as arrows.
 * The current step is highlighted and the steps and flows already passed are marked (exactly the path taken,
 * from the history's activity instances, which include sequence flows); each shape carries
 * {@code data-element} and {@code data-state} attributes. No JavaScript, no external resources.
 */
final class ProcessDiagram {

    private static final int MARGIN = 20;
    private static final String FONT = "font-family=\"sans-serif\" font-size=\"11\"";

    private final BpmnModel model;
    private final Process process;

    ProcessDiagram(BpmnModel model, String processId) {
        this.model = model;
        this.process = model.getProcessById(processId);
    }

    /**
     * @param active ids of the elements where the process stands now
     * @param passed ids of the elements the process went through
     * @param labels the text of an element, by id; null for no text
     * @param title the accessible name of the picture
     */
    String render(Set<String> active, Set<String> passed, Function<String, String> labels, String title) {
        double maxX = 0;
        double maxY = 0;
        for (GraphicInfo info : model.getLocationMap().values()) {
            maxX = Math.max(maxX, info.getX() + info.getWidth());
            maxY = Math.max(maxY, info.getY() + info.getHeight());
        }
        for (List<GraphicInfo> points : model.getFlowLocationMap().values()) {
            for (GraphicInfo p : points) {
                maxX = Math.max(maxX, p.getX());
                maxY = Math.max(maxY, p.getY());
            }
        }
        int width = (int) Math.ceil(maxX) + 2 * MARGIN;
        int height = (int) Math.ceil(maxY) + 2 * MARGIN + 14;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"").append(-MARGIN).append(' ').append(-MARGIN)
                .append(' ').append(width).append(' ').append(height)
                .append("\" width=\"100%\" role=\"img\" aria-labelledby=\"process-diagram-title\" class=\"process-diagram\">");
        svg.append("<title id=\"process-diagram-title\">").append(escape(title)).append("</title>");
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
                + "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#5f6b7a\"/>"
                + "</marker></defs>");
        for (FlowElement element : process.getFlowElements()) {
            if (element instanceof SequenceFlow flow) {
                flow(svg, flow, passed, labels);
            }
        }
        for (FlowElement element : process.getFlowElements()) {
            if (element instanceof SequenceFlow) {
                continue;
            }
            GraphicInfo info = model.getGraphicInfo(element.getId());
            if (info == null) {
                continue;
            }
            String state = active.contains(element.getId()) ? "active" : passed.contains(element.getId()) ? "passed" : "idle";
            node(svg, element, info, state, labels.apply(element.getId()));
        }
        return svg.append("</svg>").toString();
    }

    private void flow(StringBuilder svg, SequenceFlow flow, Set<String> passed, Function<String, String> labels) {
        List<GraphicInfo> points = model.getFlowLocationGraphicInfo(flow.getId());
        if (points == null || points.size() < 2) {
            return;
        }
        // Flowable's history lists the sequence flows taken; both ends passed is not enough (the gateway and
        // sign-off are passed on the partners' path too, yet "no partners" was not taken).
        boolean taken = passed.contains(flow.getId());
        svg.append("<polyline data-element=\"").append(escape(flow.getId())).append("\" fill=\"none\" stroke=\"")
                .append(taken ? "#2e7d32" : "#5f6b7a").append("\" stroke-width=\"").append(taken ? "2" : "1.2")
                .append("\" marker-end=\"url(#arrow)\" points=\"");
        for (GraphicInfo p : points) {
            svg.append(num(p.getX())).append(',').append(num(p.getY())).append(' ');
        }
        svg.append("\"/>");
        String label = flow.getConditionExpression() == null ? null : labels.apply(flow.getId());
        if (label != null && !label.isBlank()) {
            // beside the start of the flow, clear of the arrowhead at its end
            GraphicInfo first = points.get(0);
            GraphicInfo second = points.get(1);
            boolean vertical = Math.abs(first.getX() - second.getX()) < 1;
            double x = first.getX() + (vertical ? 5 : 4);
            double y = vertical ? first.getY() + (second.getY() > first.getY() ? 16 : -8) : first.getY() - 5;
            svg.append("<text ").append(FONT).append(" fill=\"#3d4a5c\" x=\"").append(num(x)).append("\" y=\"")
                    .append(num(y)).append("\">").append(escape(label)).append("</text>");
        }
    }

    private void node(StringBuilder svg, FlowElement element, GraphicInfo info, String state, String label) {
        String fill = switch (state) {
            case "active" -> "#fff4ce";
            case "passed" -> "#e6f4ea";
            default -> "#ffffff";
        };
        String stroke = switch (state) {
            case "active" -> "#b45309";
            case "passed" -> "#2e7d32";
            default -> "#5f6b7a";
        };
        String strokeWidth = "active".equals(state) ? "3" : "1.5";
        double x = info.getX();
        double y = info.getY();
        double w = info.getWidth();
        double h = info.getHeight();
        svg.append("<g data-element=\"").append(escape(element.getId())).append("\" data-state=\"").append(state)
                .append("\">");
        if (label != null) {
            svg.append("<title>").append(escape(label)).append("</title>");
        }
        String paint = " fill=\"" + fill + "\" stroke=\"" + stroke + "\" stroke-width=\"" + strokeWidth + "\"";
        double cx = x + w / 2;
        double cy = y + h / 2;
        if (element instanceof StartEvent || element instanceof EndEvent || element instanceof BoundaryEvent) {
            double r = Math.min(w, h) / 2;
            String width = element instanceof EndEvent ? "3.5" : strokeWidth;
            svg.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"")
                    .append(num(r)).append("\" fill=\"").append(fill).append("\" stroke=\"").append(stroke)
                    .append("\" stroke-width=\"").append(width).append("\"/>");
            if (element instanceof BoundaryEvent) {
                // timer: inner ring and clock hands
                svg.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"")
                        .append(num(r - 4)).append("\" fill=\"none\" stroke=\"").append(stroke).append("\"/>");
                svg.append("<path d=\"M ").append(num(cx)).append(' ').append(num(cy - r + 7)).append(" L ")
                        .append(num(cx)).append(' ').append(num(cy)).append(" L ").append(num(cx + r - 8)).append(' ')
                        .append(num(cy)).append("\" fill=\"none\" stroke=\"").append(stroke).append("\"/>");
            }
            if (label != null && !(element instanceof BoundaryEvent)) {
                text(svg, label, cx, y + h + 13, w + 60);
            }
        } else if (element instanceof Gateway) {
            svg.append("<polygon points=\"").append(num(cx)).append(',').append(num(y)).append(' ')
                    .append(num(x + w)).append(',').append(num(cy)).append(' ').append(num(cx)).append(',')
                    .append(num(y + h)).append(' ').append(num(x)).append(',').append(num(cy)).append('"')
                    .append(paint).append("/>");
            if (label != null) {
                // below the diamond, unless a flow leaves from there
                double labelY = touches(cx, y + h) ? y - 8 - 13 * (wrap(label, 15).size() - 1) : y + h + 13;
                text(svg, label, cx, labelY, 90);
            }
        } else {
            svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                    .append(num(w)).append("\" height=\"").append(num(h)).append("\" rx=\"8\"").append(paint)
                    .append("/>");
            if (element instanceof UserTask userTask && userTask.getLoopCharacteristics() != null) {
                // parallel multi-instance marker: three vertical bars
                for (int i = -1; i <= 1; i++) {
                    double bx = cx + i * 5;
                    svg.append("<line x1=\"").append(num(bx)).append("\" y1=\"").append(num(y + h - 12))
                            .append("\" x2=\"").append(num(bx)).append("\" y2=\"").append(num(y + h - 4))
                            .append("\" stroke=\"").append(stroke).append("\" stroke-width=\"2\"/>");
                }
            }
            if (label != null && element instanceof Task) {
                text(svg, label, cx, cy, w - 8);
            }
        }
        svg.append("</g>");
    }

    private boolean touches(double px, double py) {
        return model.getFlowLocationMap().values().stream().flatMap(List::stream)
                .anyMatch(p -> Math.abs(p.getX() - px) < 1 && Math.abs(p.getY() - py) < 1);
    }

    /** Centred text, wrapped by words to the given width (about 6 px per character at this size). */
    private static void text(StringBuilder svg, String label, double cx, double cy, double width) {
        List<String> lines = wrap(label, Math.max(6, (int) (width / 6)));
        double first = cy - (lines.size() - 1) * 6.5 + 4;
        svg.append("<text ").append(FONT).append(" fill=\"#1f2933\" text-anchor=\"middle\">");
        for (int i = 0; i < lines.size(); i++) {
            svg.append("<tspan x=\"").append(num(cx)).append("\" y=\"").append(num(first + i * 13)).append("\">")
                    .append(escape(lines.get(i))).append("</tspan>");
        }
        svg.append("</text>");
    }

    static List<String> wrap(String text, int maxChars) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > maxChars) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String num(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
