package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.policymonitor.party.OrganisationNames;

/**
 * Links the partner rows stored before V75 to the registered organisation they name, matched as the
 * application matches them ({@link OrganisationNames}: without regard to case, accents or spacing) among the
 * organisations offered to the measure's Party. Rows that match none stay "not registered". In Java because
 * accent folding is not portable SQL (H2 and PostgreSQL).
 */
public class V76__link_partner_rows extends BaseJavaMigration {

    private record Organisation(long id, String key, Long partyId) {
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        List<Organisation> organisations = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select id, name, party_id from partner_organisation order by name, id")) {
            while (rs.next()) {
                String key = OrganisationNames.key(rs.getString("name"));
                if (key != null) {
                    organisations.add(new Organisation(rs.getLong("id"), key, (Long) rs.getObject("party_id", Long.class)));
                }
            }
        }
        if (organisations.isEmpty()) {
            return;
        }
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select p.measure_id, p.position, p.name, m.party_id from measure_partner p"
                        + " join measure m on m.id = p.measure_id where p.name is not null");
                PreparedStatement update = connection.prepareStatement(
                        "update measure_partner set partner_organisation_id = ? where measure_id = ? and position = ?")) {
            while (rs.next()) {
                String key = OrganisationNames.key(rs.getString("name"));
                long partyId = rs.getLong("party_id");
                Long match = organisations.stream()
                        .filter(o -> o.key().equals(key) && (o.partyId() == null || o.partyId() == partyId))
                        .map(Organisation::id).findFirst().orElse(null);
                if (match != null) {
                    update.setLong(1, match);
                    update.setLong(2, rs.getLong("measure_id"));
                    update.setInt(3, rs.getInt("position"));
                    update.addBatch();
                }
            }
            update.executeBatch();
        }
    }
}
