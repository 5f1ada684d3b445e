package org.policymonitor.measure.ui;

import com.vaadin.flow.component.Component;

/**
 * The files attached to a measure, as its pages show them. The annex module provides it: it depends on the measure
 * module, so the measure's pages reach its files only through this interface (no module cycle).
 */
public interface MeasureFiles {

    /** For the measure's editors while it is with them: upload, the list of files, remove. */
    Component editable(Long measureId);

    /** For whoever follows the submission (reviewers, evaluators, partners, the editors later): the list to read. */
    Component readOnly(Long measureId);

    /** On the public record: the files published with the measure, with their public download links. */
    Component published(Long measureId);
}
