package org.policymonitor.importer.ui;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.policymonitor.importer.ImportCandidate;
import org.policymonitor.importer.ImportIssue;
import org.policymonitor.importer.ImportService;
import org.policymonitor.importer.RecordChoice;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureField;
import org.policymonitor.measure.PartnerRow;
import org.policymonitor.party.Ministry;
import org.policymonitor.party.Party;
import org.policymonitor.party.ReferenceData;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * One record as it will be stored: the detected Party, form version and flags, every field's value next to the
 * source text, and the administrator's corrections of Party, title and ministry (a new ministry only when they
 * tick it).
 */
class RecordPreview extends VerticalLayout {

    final ComboBox<Party> party = new ComboBox<>();
    final TextField title = new TextField();
    final ComboBox<Ministry> ministry = new ComboBox<>();
    final Checkbox createMinistry = new Checkbox();

    private final ImportCandidate candidate;
    private final ImportService imports;
    private final ReferenceData referenceData;
    private final Consumer<RecordChoice> onChoice;
    private String proposedMinistry;

    RecordPreview(ImportCandidate candidate, RecordChoice choice, Party batchParty, ImportService imports,
            ReferenceData referenceData, Consumer<RecordChoice> onChoice) {
        this.candidate = candidate;
        this.imports = imports;
        this.referenceData = referenceData;
        this.onChoice = onChoice;
        setPadding(false);
        FieldLabels labels = new FieldLabels(this::getTranslation);
        Optional<Party> named = imports.namedParty(candidate);
        add(new Paragraph(getTranslation("importui.detected",
                candidate.partyIso() == null ? getTranslation("importui.detected.noParty")
                        : named.map(Party::getName).orElse(candidate.partyIso()),
                getTranslation("importui.form." + candidate.formVersion().name()),
                getTranslation(candidate.reportedByCivilSociety() ? "importui.civilSociety.yes" : "importui.civilSociety.no"))));
        add(issues());
        if (candidate.content().isEmpty()) {
            return;
        }
        corrections(choice, named.orElse(batchParty));
        FlexLayout columns = new FlexLayout(fields(candidate.content().get(), labels),
                new SourceTextView(candidate.lines(), labels));
        columns.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        columns.getStyle().set("gap", "var(--lumo-space-m)");
        columns.getChildren().forEach(c -> c.getElement().getStyle().set("flex", "1 1 22em").set("min-width", "0"));
        columns.setWidthFull();
        add(columns);
    }

    private void corrections(RecordChoice choice, Party initialParty) {
        party.setLabel(getTranslation("importui.record.party"));
        party.setItems(referenceData.parties());
        party.setItemLabelGenerator(Party::getName);
        Party chosen = choice.partyId() == null ? initialParty : referenceData.party(choice.partyId()).orElse(initialParty);
        party.setValue(chosen);
        title.setLabel(getTranslation("importui.record.title"));
        title.setValue(choice.title() != null ? choice.title() : candidate.title() == null ? "" : candidate.title());
        title.setWidthFull();
        ministry.setLabel(getTranslation("importui.record.ministry"));
        ministry.setItemLabelGenerator(Ministry::getName);
        ministry.setClearButtonVisible(true);
        ministry.setHelperText(getTranslation("importui.record.ministry.helper"));
        createMinistry.setVisible(false);
        refreshMinistries(choice);
        party.addValueChangeListener(e -> {
            refreshMinistries(RecordChoice.NONE);
            fire();
        });
        title.addValueChangeListener(e -> fire());
        ministry.addValueChangeListener(e -> {
            createMinistry.setEnabled(e.getValue() == null);
            fire();
        });
        createMinistry.addValueChangeListener(e -> fire());
        FlexLayout row = new FlexLayout(party, ministry);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        add(title, row, createMinistry);
    }

    private void refreshMinistries(RecordChoice choice) {
        Party selected = party.getValue();
        ministry.setItems(selected == null ? List.of() : referenceData.ministriesOf(selected.getId()));
        Optional<ImportService.MinistryProposal> proposal = selected == null ? Optional.empty()
                : imports.ministryFor(candidate, selected.getId());
        Ministry existing = choice.ministryId() != null ? referenceData.ministry(choice.ministryId()).orElse(null)
                : proposal.map(ImportService.MinistryProposal::existing).orElse(null);
        ministry.setValue(existing);
        proposedMinistry = proposal.map(ImportService.MinistryProposal::proposedName).orElse(null);
        createMinistry.setVisible(proposedMinistry != null);
        if (proposedMinistry != null) {
            createMinistry.setLabel(getTranslation("importui.record.createMinistry", proposedMinistry));
            createMinistry.setValue(proposedMinistry.equals(choice.newMinistryName()));
        }
    }

    private void fire() {
        Party selected = party.getValue();
        String newTitle = title.getValue().strip();
        onChoice.accept(new RecordChoice(selected == null ? null : selected.getId(),
                newTitle.isEmpty() || newTitle.equals(candidate.title()) ? null : newTitle,
                ministry.getValue() == null ? null : ministry.getValue().getId(),
                ministry.getValue() == null && createMinistry.getValue() ? proposedMinistry : null));
    }

    private Div issues() {
        Div list = new Div();
        H3 heading = new H3(getTranslation("importui.flags"));
        list.add(heading);
        List<ImportIssue> all = candidate.report().issues();
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("importui.noIssues")));
        }
        com.vaadin.flow.component.html.UnorderedList items = new com.vaadin.flow.component.html.UnorderedList();
        for (ImportIssue issue : all) {
            items.add(new com.vaadin.flow.component.html.ListItem(
                    getTranslation("importui.severity." + issue.severity().name()) + ": " + ImportTexts.describe(this, issue)));
        }
        list.add(items);
        return list;
    }

    private Div fields(MeasureContent content, FieldLabels labels) {
        Div fields = new Div();
        fields.getElement().setAttribute("role", "region");
        fields.getElement().setAttribute("aria-label", getTranslation("importui.fields"));
        boolean legacy = candidate.formVersion().isLegacy();
        for (MeasureField field : MeasureField.values()) {
            Object value = field.valueIn(content);
            if (empty(value) && field.isLegacy() != legacy) {
                continue;
            }
            Div entry = new Div();
            Span label = new Span(labels.label(field));
            label.getStyle().set("font-weight", "bold").set("display", "block");
            Span text = new Span(empty(value) ? getTranslation("importui.field.empty") : display(value));
            text.getStyle().set("white-space", "pre-wrap").set("display", "block");
            if (empty(value)) {
                text.getStyle().set("color", "var(--lumo-secondary-text-color)");
            }
            entry.add(label, text);
            entry.getStyle().set("margin-bottom", "var(--lumo-space-s)");
            fields.add(entry);
        }
        return fields;
    }

    private static boolean empty(Object value) {
        return value == null || (value instanceof Collection<?> c && c.isEmpty())
                || "NOT_ANSWERED".equals(String.valueOf(value));
    }

    private String display(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().map(v -> v instanceof PartnerRow p
                    ? (p.name() == null ? "—" : p.name()) + " · " + (p.entityType() == null ? "—" : p.entityType())
                    : String.valueOf(v)).sorted(values instanceof java.util.Set<?> ? String::compareTo : (a, b) -> 0)
                    .collect(Collectors.joining("\n"));
        }
        if (value instanceof Enum<?> constant) {
            return getTranslation("measure.evaluation." + constant.name());
        }
        return String.valueOf(value);
    }
}
