package org.policymonitor.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * Whole-database backup and restore of the embedded H2 database: every table of the application's schema
 * (Flyway's, the modules', Flowable's {@code ACT_*}, audit tables), found through JDBC metadata, so tables
 * added later are included without a list to maintain. H2 writes the schema and data as one SQL script
 * ({@code SCRIPT TO ... COMPRESSION ZIP}) and reads it back with {@code RUNSCRIPT}. On PostgreSQL use
 * {@code pg_dump -Fc} / {@code pg_restore} instead (docs/backup.md).
 */
class DatabaseBackup {

    private final DataSource dataSource;

    DatabaseBackup(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes the whole database to {@code file} (a zip holding one SQL script); returns the tables written. */
    List<String> backup(Path file) {
        try (Connection connection = dataSource.getConnection()) {
            requireH2(connection);
            List<String> tables = tables(connection);
            Path absolute = file.toAbsolutePath();
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
            // Written beside the target first, so an interrupted backup never leaves a truncated file under its name.
            Path partial = absolute.resolveSibling(absolute.getFileName() + ".part");
            try (Statement statement = connection.createStatement()) {
                statement.execute("SCRIPT TO " + literal(partial) + " COMPRESSION ZIP");
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException("Backup to " + file + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Restores a backup into this database, which must be empty (no table in its schema): a restore never
     * mixes with existing data. Returns the tables restored.
     */
    List<String> restore(Path file) {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("Backup file " + file.toAbsolutePath() + " does not exist or cannot be read");
        }
        try (Connection connection = dataSource.getConnection()) {
            requireH2(connection);
            List<String> existing = tables(connection);
            if (!existing.isEmpty()) {
                throw new IllegalStateException("Refusing to restore into " + connection.getMetaData().getURL()
                        + ": the database is not empty (" + existing.size() + " tables, e.g. "
                        + String.join(", ", existing.subList(0, Math.min(3, existing.size())))
                        + "). Restore into a new, empty database.");
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("RUNSCRIPT FROM " + literal(file.toAbsolutePath()) + " COMPRESSION ZIP");
            }
            return tables(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Restore from " + file + " failed: " + e.getMessage(), e);
        }
    }

    /** The tables of the application's schema, sorted. */
    List<String> tables() {
        try (Connection connection = dataSource.getConnection()) {
            return tables(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> tables(Connection connection) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = metadata.getTables(connection.getCatalog(), connection.getSchema(), "%",
                new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        tables.sort(null);
        return tables;
    }

    private static void requireH2(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        if (!product.toLowerCase(Locale.ROOT).contains("h2")) {
            throw new UnsupportedOperationException("The built-in backup works on the embedded H2 database only; "
                    + "this is " + product + ". Use pg_dump -Fc / pg_restore (see docs/backup.md).");
        }
    }

    private static String literal(Path path) {
        return "'" + path.toString().replace("'", "''") + "'";
    }
}
