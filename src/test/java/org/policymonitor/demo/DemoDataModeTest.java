package org.policymonitor.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policymonitor.importer.MeasureImportMapper;
import org.policymonitor.importer.MeasureTextParser;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.report.ReportDeadlines;
import org.policymonitor.security.AccountService;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which database gets the demo accounts: {@code true} loads them into the embedded H2 database and refuses any
 * other; {@code force} loads anywhere with a loud warning. (That they do load into H2 is DemoDataTest's.)
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoDataModeTest {

    final ReferenceData referenceData = mock(ReferenceData.class);
    final AccountService accounts = mock(AccountService.class);
    final TransactionTemplate transaction = mock(TransactionTemplate.class);

    private DemoDataLoader loader(String mode, String database) throws Exception {
        DataSource dataSource = mock(DataSource.class);
        Connection connection = mock(Connection.class);
        DatabaseMetaData metaData = mock(DatabaseMetaData.class);
        when(dataSource.getConnection()).thenReturn(connection);
        when(connection.getMetaData()).thenReturn(metaData);
        when(metaData.getDatabaseProductName()).thenReturn(database);
        return new DemoDataLoader(referenceData, mock(ReportDeadlines.class), mock(MeasureService.class), accounts, mock(MeasureTextParser.class),
                mock(MeasureImportMapper.class), transaction, false, dataSource, mode);
    }

    @Test
    void trueRefusesADatabaseOtherThanTheEmbeddedOne(CapturedOutput output) throws Exception {
        loader("true", "PostgreSQL").run(null);
        verify(transaction, never()).executeWithoutResult(any());
        assertThat(output).contains("Demo data not loaded", "PostgreSQL", "policymonitor.demo-data=force");
    }

    @Test
    void trueLoadsIntoAnEmptyEmbeddedDatabase() throws Exception {
        loader("true", "H2").run(null);
        verify(transaction).executeWithoutResult(any());
    }

    @Test
    void forceLoadsAnywhereAndWarnsAtEveryStart(CapturedOutput output) throws Exception {
        loader("force", "PostgreSQL").run(null);
        verify(transaction).executeWithoutResult(any());
        assertThat(output).contains("policymonitor.demo-data=force on PostgreSQL", "Never use");

        when(referenceData.partyCount()).thenReturn(3L); // the next start: data already there, still the warning
        loader("force", "PostgreSQL").run(null);
        assertThat(output.toString().split("policymonitor.demo-data=force on PostgreSQL", -1)).hasSize(3);
    }
}
