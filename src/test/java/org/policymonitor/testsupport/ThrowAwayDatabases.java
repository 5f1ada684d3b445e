package org.policymonitor.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Dropping the tests' throw-away PostgreSQL databases: the one place that knows how to do it reliably. */
public final class ThrowAwayDatabases {

    private ThrowAwayDatabases() {
    }

    /**
     * A plain drop, retried. {@code with (force)} refuses when an autovacuum worker happens to be in the
     * database (PostgreSQL counts it as a process of a role we are not a member of: seen in CI), while a plain
     * drop cancels autovacuum itself and only waits for our own connections, which a closed application may
     * still be returning for a moment.
     */
    public static void drop(String server, String user, String password, String database) throws SQLException {
        try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
                Statement statement = admin.createStatement()) {
            SQLException last = null;
            for (int attempt = 0; attempt < 40; attempt++) {
                try {
                    statement.execute("drop database if exists " + database);
                    return;
                } catch (SQLException stillInUse) {
                    last = stillInUse;
                    pause();
                }
            }
            throw last;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
