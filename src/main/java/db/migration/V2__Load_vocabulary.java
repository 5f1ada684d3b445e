package db.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the vocabularies from {@code vocabulary/*.csv}: the CSV files are the single source of the
 * labels, shared with the importer, so the database and the parser can never disagree.
 */
public class V2__Load_vocabulary extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into vocabulary_term (kind, code, sort_order, label_en, label_fr, label_es) values (?,?,?,?,?,?)")) {
            for (String[] row : rows("vocabulary/terms.csv")) {
                insert.setString(1, row[0]);
                insert.setString(2, row[1]);
                insert.setInt(3, Integer.parseInt(row[2]));
                insert.setString(4, row[3]);
                insert.setString(5, row[4]);
                insert.setString(6, row[5]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into goal_area_mapping (framework, goal_code, area_code) values (?,?,?)")) {
            for (String[] row : rows("vocabulary/goal-areas.csv")) {
                insert.setString(1, row[0]);
                insert.setString(2, row[1]);
                insert.setString(3, row[2]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static List<String[]> rows(String resource) throws IOException {
        InputStream in = V2__Load_vocabulary.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing classpath resource " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine(); // header
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(line.split(";", -1));
                }
            }
        }
        return rows;
    }
}
