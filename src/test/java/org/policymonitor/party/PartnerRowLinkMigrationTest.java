package org.policymonitor.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.PartnerRow;
import org.policymonitor.security.AccountService;
import org.policymonitor.workflow.WorkflowFixtures;
import org.policymonitor.workflow.WorkflowIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import db.migration.V76__link_partner_rows;

/** V76 links partner rows stored by name only to the registered organisation they name, however spelled. */
@WorkflowIntegrationTest
class PartnerRowLinkMigrationTest {

    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;
    @Autowired
    SecurityContextHolderStrategy securityContextStrategy;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void rowsStoredByNameAreLinkedToTheOrganisationTheyName() throws Exception {
        WorkflowFixtures fixtures = new WorkflowFixtures(measures, referenceData, accounts, securityContextStrategy);
        Long id = fixtures.draft("Rows before V76", List.of(
                new PartnerRow("  MONGOLIAN  arts cóuncil", "CIVIL_SOCIETY"),
                new PartnerRow("Ulaanbaatar Craft Guild", "PRIVATE_SECTOR")));
        Long council = referenceData.partnerOrganisationByName(WorkflowFixtures.ARTS_COUNCIL).orElseThrow().getId();
        assertThat(linked(id)).containsExactly(null, null);

        try (Connection connection = dataSource.getConnection()) {
            new V76__link_partner_rows().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }

        assertThat(linked(id)).containsExactly(council, null);
    }

    private List<Long> linked(Long measureId) {
        return jdbc.query("select partner_organisation_id from measure_partner where measure_id = ? order by position",
                (rs, n) -> (Long) rs.getObject(1, Long.class), measureId);
    }
}
