package org.policymonitor.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.common.engine.impl.util.io.InputStreamSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The diagram drawn from the process file: every element placed, labelled in every language, text escaped. */
class ProcessDiagramTest {

    private static final String PROCESS_FILE = "processes/measure-submission.bpmn20.xml";

    private static BpmnModel model() {
        InputStream in = ProcessDiagramTest.class.getClassLoader().getResourceAsStream(PROCESS_FILE);
        assertThat(in).as(PROCESS_FILE).isNotNull();
        return new BpmnXMLConverter().convertToBpmnModel(new InputStreamSource(in), true, false);
    }

    private static List<FlowElement> labelled(BpmnModel model) {
        List<FlowElement> elements = new ArrayList<>();
        for (FlowElement element : model.getProcessById(SubmissionWorkflow.PROCESS_KEY).getFlowElements()) {
            if (element instanceof FlowNode || element instanceof SequenceFlow flow && flow.getConditionExpression() != null) {
                elements.add(element);
            }
        }
        return elements;
    }

    @Test
    void everyElementHasAShapeAndEveryFlowHasWaypoints() {
        BpmnModel model = model();
        for (FlowElement element : model.getProcessById(SubmissionWorkflow.PROCESS_KEY).getFlowElements()) {
            if (element instanceof SequenceFlow) {
                assertThat(model.getFlowLocationGraphicInfo(element.getId())).as(element.getId()).hasSizeGreaterThan(1);
            } else {
                assertThat(model.getGraphicInfo(element.getId())).as(element.getId()).isNotNull();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_es"})
    void everyNodeAndEveryConditionHasALabelInEachLanguage(String suffix) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("i18n/workflow" + suffix + ".properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (FlowElement element : labelled(model())) {
            assertThat(bundle.getProperty("workflow.diagram." + element.getId())).as(element.getId() + suffix).isNotBlank();
        }
    }

    @Test
    void theCurrentStepIsHighlightedAndThePassedStepsMarked() {
        String svg = new ProcessDiagram(model(), SubmissionWorkflow.PROCESS_KEY)
                .render(Set.of("review"), Set.of("start", "startReview", "f_start"), id -> "Label of " + id, "Where it stands");

        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>")
                .contains("<title id=\"process-diagram-title\">Where it stands</title>")
                .contains("<g data-element=\"review\" data-state=\"active\">")
                .contains("<g data-element=\"startReview\" data-state=\"passed\">")
                .contains("<g data-element=\"publish\" data-state=\"idle\">")
                .contains("<polyline data-element=\"f_start\" fill=\"none\" stroke=\"#2e7d32\"")
                .contains(">Label of review<")
                .doesNotContain("<script").doesNotContain("href");
        for (FlowElement element : labelled(model())) {
            if (element instanceof FlowNode) {
                assertThat(svg).contains("<g data-element=\"" + element.getId() + "\"");
            }
        }
    }

    @Test
    void labelsAndTitleAreEscaped() {
        String svg = new ProcessDiagram(model(), SubmissionWorkflow.PROCESS_KEY)
                .render(Set.of(), Set.of(), id -> "<b>" + id + " & co</b>", "<script>alert(1)</script>");

        assertThat(svg).doesNotContain("<script>").doesNotContain("<b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&amp; co");
    }

    @Test
    void longLabelsWrapByWords() {
        assertThat(ProcessDiagram.wrap("Validation de l’évaluation finale", 16))
                .containsExactly("Validation de", "l’évaluation", "finale");
    }
}
