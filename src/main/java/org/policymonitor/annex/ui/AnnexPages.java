package org.policymonitor.annex.ui;

import org.policymonitor.annex.AnnexService;
import org.policymonitor.annex.AnnexSettings;
import org.policymonitor.measure.ui.MeasureFiles;
import org.springframework.stereotype.Component;

/** The measure pages' files section ({@link MeasureFiles}), one panel per page. */
@Component
class AnnexPages implements MeasureFiles {

    private final AnnexService annexes;
    private final AnnexSettings limits;

    AnnexPages(AnnexService annexes, AnnexSettings limits) {
        this.annexes = annexes;
        this.limits = limits;
    }

    @Override
    public com.vaadin.flow.component.Component editable(Long measureId) {
        return new AnnexesPanel(annexes, limits, measureId, AnnexesPanel.Mode.EDITABLE);
    }

    @Override
    public com.vaadin.flow.component.Component readOnly(Long measureId) {
        return new AnnexesPanel(annexes, limits, measureId, AnnexesPanel.Mode.READ_ONLY);
    }

    @Override
    public com.vaadin.flow.component.Component published(Long measureId) {
        return new AnnexesPanel(annexes, limits, measureId, AnnexesPanel.Mode.PUBLISHED);
    }
}
