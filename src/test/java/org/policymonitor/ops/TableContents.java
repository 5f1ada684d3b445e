package org.policymonitor.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

/**
 * Every row of every table of a database, all columns, as text sorted per table: two databases hold the same
 * data exactly when their contents are equal. {@link #differences} says where they are not.
 */
record TableContents(Map<String, List<String>> rowsByTable) {

    static TableContents of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, List<String>> rowsByTable = new LinkedHashMap<>();
            for (String table : DatabaseBackup.tables(connection)) {
                rowsByTable.put(table, rows(connection, table));
            }
            return new TableContents(rowsByTable);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long rowCount() {
        return rowsByTable.values().stream().mapToLong(List::size).sum();
    }

    /** Human-readable differences (missing tables, rows only on one side); empty when the contents are equal. */
    List<String> differences(TableContents other) {
        List<String> differences = new ArrayList<>();
        Set<String> tables = new TreeSet<>(rowsByTable.keySet());
        tables.addAll(other.rowsByTable.keySet());
        for (String table : tables) {
            List<String> mine = rowsByTable.get(table);
            List<String> theirs = other.rowsByTable.get(table);
            if (mine == null || theirs == null) {
                differences.add(table + ": only in the " + (mine == null ? "second" : "first") + " database");
                continue;
            }
            List<String> onlyMine = new ArrayList<>(mine);
            theirs.forEach(onlyMine::remove);
            List<String> onlyTheirs = new ArrayList<>(theirs);
            mine.forEach(onlyTheirs::remove);
            onlyMine.forEach(row -> differences.add(table + ": only in the first: " + row));
            onlyTheirs.forEach(row -> differences.add(table + ": only in the second: " + row));
        }
        return differences;
    }

    private static List<String> rows(Connection connection, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select * from \"" + table.replace("\"", "\"\"") + "\"")) {
            ResultSetMetaData columns = result.getMetaData();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    row.append(i > 1 ? " | " : "").append(columns.getColumnLabel(i)).append('=')
                            .append(text(result.getObject(i)));
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }

    private static String text(Object value) throws SQLException {
        try {
            return switch (value) {
                case null -> "NULL";
                case byte[] bytes -> "0x" + HexFormat.of().formatHex(bytes);
                case Blob blob -> {
                    try (InputStream in = blob.getBinaryStream()) {
                        yield "0x" + HexFormat.of().formatHex(in.readAllBytes());
                    }
                }
                case Clob clob -> {
                    try (Reader in = clob.getCharacterStream()) {
                        StringBuilder text = new StringBuilder();
                        in.transferTo(new java.io.Writer() {
                            public void write(char[] chars, int off, int len) { text.append(chars, off, len); }
                            public void flush() { }
                            public void close() { }
                        });
                        yield text.toString();
                    }
                }
                case Object[] array -> Arrays.deepToString(array);
                case java.sql.Array array -> Arrays.deepToString((Object[]) array.getArray());
                default -> value.toString();
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
