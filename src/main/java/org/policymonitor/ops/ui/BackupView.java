package org.policymonitor.ops.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.policymonitor.ops.BackupService;
import org.policymonitor.security.AccountService;
import org.policymonitor.security.CurrentUser;
import org.policymonitor.security.Role;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

/** Administrators download a backup of the whole database while the application runs (H2). */
@Route("admin/backup")
@Menu(title = "ops.nav.backup", order = 88)
@RolesAllowed(Role.Names.ADMIN)
class BackupView extends VerticalLayout implements HasDynamicTitle {

    BackupView(BackupService backups, AccountService accounts) {
        setMaxWidth("60em");
        add(new H1(getTranslation("ops.backup.title")));
        if (!backups.isSupported()) {
            add(new Paragraph(getTranslation("ops.backup.unsupported")));
            return;
        }
        add(new Paragraph(getTranslation("ops.backup.intro", backups.tableCount())));
        String actor = accounts.currentUser().map(CurrentUser::username).orElse("?");
        DownloadHandler download = DownloadHandler.fromInputStream(event -> {
            Path file = backups.backupToTemporaryFile(actor);
            long size = Files.size(file);
            return new DownloadResponse(Files.newInputStream(file, StandardOpenOption.DELETE_ON_CLOSE),
                    backups.fileName(), "application/zip", size);
        });
        Anchor link = new Anchor(download, AttachmentType.DOWNLOAD, getTranslation("ops.backup.download"));
        link.addClassName("ops-backup-download");
        link.getElement().setAttribute("router-ignore", true);
        add(link, new Paragraph(getTranslation("ops.backup.restore")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ops.backup.title");
    }
}
