package org.policymonitor.importer;

import java.util.List;

import org.policymonitor.measure.Evaluation;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.PartnerRow;
import org.springframework.stereotype.Component;

/** Turns what the parser read into the measure module's content and form version. */
@Component
public class MeasureImportMapper {

    public MeasureContent toContent(ParsedMeasure parsed) {
        List<PartnerRow> partners = parsed.partners().stream()
                .map(p -> new PartnerRow(p.name(), p.entityTypeCode()))
                .toList();
        return new MeasureContent(parsed.title(), parsed.agencies(), parsed.description(), parsed.website(),
                parsed.results(), parsed.budgetText(), parsed.budgetUsd(), partners, evaluation(parsed.evaluated()),
                parsed.conclusions(), parsed.goalCodes(), parsed.areaCodes(), parsed.domainCodes(),
                parsed.keyObjectives(), parsed.context(), parsed.scopeCodes(), parsed.natureCodes(),
                parsed.mainFeature(), parsed.resultsExpected(), parsed.financialResources());
    }

    /**
     * The headings tell the 2020 form from the 2012-2019 one ({@link ParsedMeasure#formVersion()} is then
     * FORM_2012); of the latter, the 2016-2019 variant adds "Context of the measure".
     */
    public org.policymonitor.measure.FormVersion formVersion(ParsedMeasure parsed) {
        return switch (parsed.formVersion()) {
            case FORM_2020 -> org.policymonitor.measure.FormVersion.FORM_2020;
            case FORM_2012, FORM_2016 -> parsed.context() == null
                    ? org.policymonitor.measure.FormVersion.FORM_2012
                    : org.policymonitor.measure.FormVersion.FORM_2016;
        };
    }

    private static Evaluation evaluation(Evaluated evaluated) {
        return switch (evaluated) {
            case YES -> Evaluation.YES;
            case NO -> Evaluation.NO;
            case NOT_ANSWERED -> Evaluation.NOT_ANSWERED;
        };
    }
}
