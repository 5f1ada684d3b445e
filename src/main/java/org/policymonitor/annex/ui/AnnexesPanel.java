package org.policymonitor.annex.ui;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.policymonitor.annex.AnnexDownload;
import org.policymonitor.annex.AnnexFile;
import org.policymonitor.annex.AnnexRefusedException;
import org.policymonitor.annex.AnnexService;
import org.policymonitor.annex.AnnexSettings;
import org.policymonitor.annex.FileKind;
import org.policymonitor.measure.MeasureNotEditableException;
import org.policymonitor.shared.BoundedUpload;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * The files of one measure. For its editors: an upload with the server's limits and the accepted kinds said
 * beforehand, the reason next to the field when a file is refused (kind, size, record full: checked again on the
 * server, {@link AnnexService}), and each file with its size, a download link and Remove (after a confirmation).
 * For those who follow the submission the same list without changes; on the public record the published files with
 * the open-data API's links. See docs/annexes.md.
 */
class AnnexesPanel extends Composite<Section> {

    enum Mode { EDITABLE, READ_ONLY, PUBLISHED }

    static final String ID = "section-annexes";

    private final AnnexService annexes;
    private final AnnexSettings limits;
    private final Long measureId;
    private final Mode mode;

    final UnorderedList files = new UnorderedList();
    final Paragraph none = new Paragraph();
    final Span error = new Span();
    Upload upload;
    private BoundedUpload bounded;

    AnnexesPanel(AnnexService annexes, AnnexSettings limits, Long measureId, Mode mode) {
        this.annexes = annexes;
        this.limits = limits;
        this.measureId = measureId;
        this.mode = mode;
        Section section = getContent();
        section.setId(ID);
        section.addClassName("annexes");
        H2 heading = new H2(getTranslation("annex.ui.title"));
        heading.setId("annexes-heading");
        section.getElement().setAttribute("aria-labelledby", "annexes-heading");
        files.addClassName("annex-files");
        files.getElement().setAttribute("aria-labelledby", "annexes-heading");
        none.setText(getTranslation(mode == Mode.PUBLISHED ? "annex.ui.nonePublished" : "annex.ui.none"));
        section.add(heading);
        if (mode == Mode.EDITABLE) {
            section.add(uploadField());
        }
        section.add(files, none);
        refresh();
    }

    private Section uploadField() {
        Paragraph help = new Paragraph(getTranslation("annex.ui.limits", kinds(), megabytes(limits.maxFileBytes()),
                megabytes(limits.maxRecordBytes())));
        help.setId("annex-limits");
        help.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        error.setId("annex-error");
        error.getElement().setAttribute("role", "alert");
        error.addClassName("annex-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        // counted while read: a client that lies about the size is stopped one byte past the limit
        bounded = new BoundedUpload(limits.maxFileBytes(), Long.MAX_VALUE, this::attach,
                refusal -> {
                    error.setText(getTranslation("annex.refused.fileTooLarge", megabytes(limits.maxFileBytes())));
                    upload.clearFileList();
                });
        upload = new Upload(bounded);
        upload.setId("annex-upload");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        upload.setAcceptedFileTypes(acceptedTypes());
        upload.setI18n(i18n());
        upload.getElement().setAttribute("aria-describedby", "annex-limits annex-error");
        upload.addFileRejectedListener(e -> error.setText(e.getErrorMessage()));
        Section field = new Section(help, upload, error);
        field.addClassName("annex-upload-field");
        return field;
    }

    /** Stores the file, or says next to the field why it was refused; the upload's own list is cleared either way. */
    void attach(String fileName, byte[] bytes) {
        try {
            AnnexFile attached = annexes.attachToMeasure(measureId, fileName, bytes);
            error.setText(getTranslation("annex.ui.attached", attached.fileName()));
        } catch (AnnexRefusedException refused) {
            error.setText(getTranslation(refused.messageKey(), refused.arguments()));
        } catch (MeasureNotEditableException notEditable) {
            error.setText(getTranslation("annex.ui.notEditable"));
        }
        bounded.clear();
        upload.clearFileList();
        refresh();
    }

    void refresh() {
        List<AnnexFile> listed;
        try {
            listed = mode == Mode.PUBLISHED ? annexes.publicOfMeasure(measureId) : annexes.ofMeasure(measureId);
        } catch (AccessDeniedException notAFollower) {
            // the page is open to someone the files are not (a partner named on the measure without its
            // organisation's identity): the page stays, without the files
            setVisible(false);
            return;
        }
        files.removeAll();
        listed.forEach(file -> files.add(item(file)));
        files.setVisible(!listed.isEmpty());
        none.setVisible(listed.isEmpty());
    }

    private ListItem item(AnnexFile file) {
        Anchor link = mode == Mode.PUBLISHED ? new Anchor("api/v1/annexes/" + file.id(), file.fileName())
                : new Anchor(DownloadHandler.fromInputStream(event -> {
                    AnnexDownload download = annexes.download(file.id());
                    return new DownloadResponse(new ByteArrayInputStream(download.bytes()), file.fileName(),
                            file.kind().mediaType(), download.bytes().length);
                }), file.fileName());
        link.getElement().setAttribute("download", file.fileName());
        link.getElement().setAttribute("data-annex", String.valueOf(file.id()));
        Span size = new Span(" (" + file.kind().name() + ", " + AnnexSizes.format(file.sizeBytes(), getLocale()) + ")");
        size.getStyle().set("color", "var(--lumo-secondary-text-color)");
        ListItem item = new ListItem(link, size);
        if (mode == Mode.EDITABLE) {
            Button remove = new Button(getTranslation("annex.ui.remove"), e -> confirmRemove(file));
            remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.setAriaLabel(getTranslation("annex.ui.removeOf", file.fileName()));
            item.add(remove);
        }
        return item;
    }

    ConfirmDialog confirmRemove(AnnexFile file) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("annex.ui.removeHeader"));
        confirm.setText(getTranslation("annex.ui.removeText", file.fileName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("annex.ui.removeNo"));
        confirm.setConfirmText(getTranslation("annex.ui.removeYes"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                annexes.remove(file.id());
                error.setText(getTranslation("annex.ui.removed", file.fileName()));
            } catch (MeasureNotEditableException notEditable) {
                error.setText(getTranslation("annex.ui.notEditable"));
            }
            refresh();
        });
        confirm.open();
        return confirm;
    }

    private static String kinds() {
        return Arrays.stream(FileKind.values()).map(FileKind::name).collect(Collectors.joining(", "));
    }

    /** Media types and extensions: the file picker offers these; the server still decides by content. */
    private static String[] acceptedTypes() {
        return Arrays.stream(FileKind.values())
                .flatMap(k -> k == FileKind.JPEG ? java.util.stream.Stream.of(k.mediaType(), ".jpg", ".jpeg")
                        : java.util.stream.Stream.of(k.mediaType(), "." + k.extension()))
                .toArray(String[]::new);
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }

    private UploadI18N i18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("annex.ui.add"))
                .setMany(getTranslation("annex.ui.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("annex.ui.drop"))
                .setMany(getTranslation("annex.ui.drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("annex.refused.fileTooLarge", megabytes(limits.maxFileBytes())))
                .setIncorrectFileType(getTranslation("annex.refused.kind"))
                .setTooManyFiles(getTranslation("annex.ui.tooMany")));
        return i18n;
    }
}
