package org.policymonitor.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.policymonitor.testsupport.ThrowAwayDatabases;

/**
 * A throw-away PostgreSQL database on the local server that {@code .ci/run} installs and starts. CI must
 * have it (the test fails there without it); on a developer machine without PostgreSQL the tests are skipped.
 */
final class PostgresTestDatabase implements AutoCloseable {

    static final String SERVER = System.getenv().getOrDefault("POLICYMONITOR_TEST_PG", "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = System.getenv().getOrDefault("POLICYMONITOR_TEST_PG_USER", "policymonitor");
    static final String PASSWORD = System.getenv().getOrDefault("POLICYMONITOR_TEST_PG_PASSWORD", "policymonitor");

    private final String name = "pm_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private PostgresTestDatabase() throws SQLException {
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        }
    }

    static PostgresTestDatabase create() {
        try {
            return new PostgresTestDatabase();
        } catch (SQLException unavailable) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI must provide PostgreSQL at " + SERVER + " (see .ci/run)", unavailable);
            }
            Assumptions.abort("No PostgreSQL server at " + SERVER + ": " + unavailable.getMessage());
            throw new AssertionError("unreachable");
        }
    }

    String url() {
        return SERVER + name;
    }

    @Override
    public void close() throws SQLException {
        ThrowAwayDatabases.drop(SERVER, USER, PASSWORD, name);
    }
}
