package org.policymonitor.importer.ui;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.policymonitor.importer.ImportCandidate;
import org.policymonitor.importer.ImportFile;
import org.policymonitor.importer.ImportOutcome;
import org.policymonitor.importer.ImportService;
import org.policymonitor.importer.ImportTarget;
import org.policymonitor.importer.RecordChoice;
import org.policymonitor.party.Party;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.party.ReportingCycle;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.CurrentUser;
import org.policymonitor.security.Role;
import org.policymonitor.shared.BoundedUpload;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Administrators upload exports (text, CSV or zip), open each record to see every field next to its source text
 * and the flags, correct Party, title or ministry per record, choose the cycle and drafts/published, then commit;
 * a batch of drafts can be undone. Large imports run in the background with a progress bar.
 */
@Route("admin/import")
@Menu(title = "importui.nav.import", order = 84)
@RolesAllowed(Role.Names.ADMIN)
class ImportView extends VerticalLayout implements HasDynamicTitle {

    static final int RUN_IN_FOREGROUND_UP_TO = 20;
    static final int MAX_FILE_BYTES = 50 * 1024 * 1024;
    /** The files uploaded and not yet read are held in memory: together at most this much. */
    static final long MAX_HELD_BYTES = 200L * 1024 * 1024;

    private final ImportService imports;
    private final ReferenceData referenceData;
    private final AccountService accounts;
    private final List<ImportFile> uploaded = new CopyOnWriteArrayList<>();
    private final Map<String, RecordChoice> choices = new ConcurrentHashMap<>();
    private List<ImportCandidate> candidates = List.of();
    private String lastBatch;

    final Upload upload;
    final BoundedUpload uploadLimits;
    final Span uploadMessage = new Span();
    final Button read = new Button();
    final Grid<ImportCandidate> preview = new Grid<>();
    final ComboBox<Party> party = new ComboBox<>();
    final ComboBox<ReportingCycle> cycle = new ComboBox<>();
    final RadioButtonGroup<ImportTarget> target = new RadioButtonGroup<>();
    final Button commit = new Button();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Grid<ImportOutcome> outcomes = new Grid<>();
    final Button undo = new Button();

    ImportView(ImportService imports, ReferenceData referenceData, AccountService accounts) {
        this.imports = imports;
        this.referenceData = referenceData;
        this.accounts = accounts;
        setMaxWidth("80em");
        add(new H1(getTranslation("importui.title")), new Paragraph(getTranslation("importui.intro")));

        uploadLimits = new BoundedUpload(MAX_FILE_BYTES, MAX_HELD_BYTES,
                (name, bytes) -> uploaded.add(new ImportFile(name, bytes)), this::refused);
        upload = new Upload(uploadLimits);
        uploadMessage.getElement().setAttribute("role", "alert");
        uploadMessage.getStyle().set("color", "var(--lumo-error-text-color)");
        upload.setAcceptedFileTypes(".txt", ".csv", ".zip", "text/plain", "text/csv", "application/zip");
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setMaxFiles(1000);
        upload.getElement().setAttribute("aria-label", getTranslation("importui.upload"));
        read.setText(getTranslation("importui.read"));
        read.addClickListener(e -> readUploaded());
        add(upload, uploadMessage, read);

        add(new H2(getTranslation("importui.preview")), new Paragraph(getTranslation("importui.preview.help")));
        buildPreview();
        add(preview);

        buildSettings();
        add(new FlexLayout(party, cycle, target), commit);

        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("importui.progress"));
        add(progress, progressText);

        buildOutcomes();
        add(outcomes, undo);
    }

    private void buildPreview() {
        preview.addColumn(ImportCandidate::sourceName).setHeader(getTranslation("importui.column.file")).setAutoWidth(true);
        preview.addColumn(c -> c.title() == null ? getTranslation("importui.noTitle") : c.title())
                .setHeader(getTranslation("importui.column.title")).setFlexGrow(2);
        preview.addColumn(c -> c.report().filledFields().size()).setHeader(getTranslation("importui.column.filled"));
        preview.addColumn(c -> c.report().warnings().size()).setHeader(getTranslation("importui.column.warnings"));
        preview.addColumn(c -> c.importable() ? getTranslation("importui.ready")
                : c.report().errors().stream().map(i -> ImportTexts.describe(this, i)).collect(Collectors.joining(" ")))
                .setHeader(getTranslation("importui.column.state")).setFlexGrow(2);
        preview.addColumn(c -> c.partyIso() == null ? "—" : c.partyIso()).setHeader(getTranslation("importui.column.party"));
        preview.setItemDetailsRenderer(new ComponentRenderer<>(c -> new RecordPreview(c,
                choices.getOrDefault(c.sourceName(), RecordChoice.NONE), party.getValue(), imports, referenceData,
                choice -> choices.put(c.sourceName(), choice))));
        preview.setAllRowsVisible(true);
    }

    private void buildSettings() {
        party.setLabel(getTranslation("importui.party"));
        party.setHelperText(getTranslation("importui.party.helper"));
        party.setItems(referenceData.parties());
        party.setItemLabelGenerator(Party::getName);
        party.setRequiredIndicatorVisible(true);
        cycle.setLabel(getTranslation("importui.cycle"));
        cycle.setItems(referenceData.cycles());
        cycle.setItemLabelGenerator(ReportingCycle::getCode);
        cycle.setRequiredIndicatorVisible(true);
        target.setLabel(getTranslation("importui.target"));
        target.setItems(ImportTarget.values());
        target.setItemLabelGenerator(t -> getTranslation("importui.target." + t.name()));
        target.setValue(ImportTarget.DRAFT);
        commit.setText(getTranslation("importui.commit"));
        commit.addThemeVariants(ButtonVariant.PRIMARY);
        commit.setEnabled(false);
        commit.addClickListener(e -> commit());
        party.addValueChangeListener(e -> updateCommitState());
        cycle.addValueChangeListener(e -> updateCommitState());
    }

    private void buildOutcomes() {
        outcomes.addColumn(ImportOutcome::sourceName).setHeader(getTranslation("importui.column.file")).setAutoWidth(true);
        outcomes.addColumn(ImportOutcome::title).setHeader(getTranslation("importui.column.title")).setFlexGrow(2);
        outcomes.addColumn(o -> getTranslation(o.result().messageKey())).setHeader(getTranslation("importui.column.result"));
        outcomes.setAllRowsVisible(true);
        outcomes.setVisible(false);
        undo.setText(getTranslation("importui.undo"));
        undo.addThemeVariants(ButtonVariant.ERROR);
        undo.setVisible(false);
        undo.addClickListener(e -> undoLastBatch());
    }

    void readUploaded() {
        candidates = imports.read(List.copyOf(uploaded));
        uploaded.clear();
        choices.clear();
        uploadLimits.clear();
        uploadMessage.setText("");
        upload.clearFileList();
        preview.setItems(candidates);
        outcomes.setVisible(false);
        undo.setVisible(false);
        updateCommitState();
        long ready = candidates.stream().filter(ImportCandidate::importable).count();
        progressText.setText(getTranslation("importui.readSummary", candidates.size(), ready));
    }

    private void refused(BoundedUpload.Refusal refusal) {
        uploadMessage.setText(getTranslation("importui.upload.refused." + refusal.reason().name(), refusal.fileName(),
                refusal.limitBytes() / (1024 * 1024)));
    }

    private void updateCommitState() {
        commit.setEnabled(candidates.stream().anyMatch(ImportCandidate::importable) && party.getValue() != null
                && cycle.getValue() != null);
    }

    private void commit() {
        List<ImportCandidate> toImport = candidates;
        Map<String, RecordChoice> chosen = Map.copyOf(choices);
        ImportService.ImportSettings settings = new ImportService.ImportSettings(party.getValue().getId(),
                cycle.getValue().getId(), null, target.getValue());
        String actor = accounts.currentUser().map(CurrentUser::username).orElse("admin");
        commit.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        if (toImport.size() <= RUN_IN_FOREGROUND_UP_TO) {
            show(imports.commit(toImport, settings, chosen, actor,
                    done -> progress.setValue((double) done / toImport.size())));
            return;
        }
        UI ui = UI.getCurrent();
        ui.setPollInterval(500);
        progressText.setText(getTranslation("importui.running", 0, toImport.size()));
        Thread.ofVirtual().name("import-" + actor).start(new DelegatingSecurityContextRunnable(() -> {
            List<ImportOutcome> result = imports.commit(toImport, settings, chosen, actor, done -> ui.access(() -> {
                progress.setValue((double) done / toImport.size());
                progressText.setText(getTranslation("importui.running", done, toImport.size()));
            }));
            ui.access(() -> {
                ui.setPollInterval(-1);
                show(result);
            });
        }));
    }

    private void show(List<ImportOutcome> result) {
        progress.setValue(1);
        outcomes.setItems(result);
        outcomes.setVisible(true);
        Map<String, Integer> counts = new TreeMap<>();
        result.forEach(o -> counts.merge(getTranslation(o.result().messageKey()), 1, Integer::sum));
        String summary = counts.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", "));
        progressText.setText(getTranslation("importui.done", summary));
        Notification.show(getTranslation("importui.done", summary), 5000, Notification.Position.BOTTOM_START);
        lastBatch = result.isEmpty() ? null : result.getFirst().batchId();
        undo.setVisible(lastBatch != null && result.stream().anyMatch(o -> o.result() == ImportOutcome.Result.CREATED
                || o.result() == ImportOutcome.Result.UPDATED));
        candidates = List.of();
        choices.clear();
        preview.setItems(candidates);
    }

    private void undoLastBatch() {
        String actor = accounts.currentUser().map(CurrentUser::username).orElse("admin");
        try {
            int undone = imports.undo(lastBatch, actor);
            progressText.setText(getTranslation("importui.undone", undone));
            undo.setVisible(false);
            outcomes.setVisible(false);
        } catch (ImportService.BatchNotUndoableException notDrafts) {
            progressText.setText(getTranslation("importui.notUndoable", notDrafts.measureIds().size()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("importui.title");
    }
}
