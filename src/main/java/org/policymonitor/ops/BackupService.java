package org.policymonitor.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Backups taken by an administrator while the application runs (H2 only; PostgreSQL uses pg_dump). The same
 * whole-database backup as the command line ({@code --policymonitor.backup.to}); see docs/backup.md.
 */
@Service
public class BackupService {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final Clock clock;

    BackupService(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Whether this database can be backed up from the application (the embedded H2 database). */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean isSupported() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many tables a backup holds now. */
    @PreAuthorize("hasRole('ADMIN')")
    public int tableCount() {
        return new DatabaseBackup(dataSource).tables().size();
    }

    /** A file name for a backup taken now, e.g. {@code policymonitor-20261123-101500.zip}. */
    @PreAuthorize("hasRole('ADMIN')")
    public String fileName() {
        return "policymonitor-" + STAMP.format(clock.instant()) + ".zip";
    }

    /** Writes a backup of the whole database to a new temporary file; the caller deletes it when done. */
    @PreAuthorize("hasRole('ADMIN')")
    public Path backupToTemporaryFile(String actor) {
        try {
            Path file = Files.createTempFile("policymonitor-backup-", ".zip");
            int tables = new DatabaseBackup(dataSource).backup(file).size();
            log.info("Backup of {} tables ({} bytes) taken by {}", tables, Files.size(file), actor);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
