package org.policymonitor.production;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.policymonitor.testsupport.ThrowAwayDatabases;

/**
 * A throw-away database on the local PostgreSQL server (the same server and role as the {@code postgres} tests:
 * {@code POLICYMONITOR_TEST_PG*}, default 127.0.0.1:5432, policymonitor/policymonitor).
 */
final class ThrowAwayPostgres implements AutoCloseable {

    static final String SERVER = System.getenv().getOrDefault("POLICYMONITOR_TEST_PG", "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = System.getenv().getOrDefault("POLICYMONITOR_TEST_PG_USER", "policymonitor");
    static final String PASSWORD = System.getenv().getOrDefault("POLICYMONITOR_TEST_PG_PASSWORD", "policymonitor");

    private final String name = "pm_prod_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private ThrowAwayPostgres() throws SQLException {
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        }
    }

    /** A new database, or empty when no server answers (CI=true makes that an error instead). */
    static java.util.Optional<ThrowAwayPostgres> createIfAvailable() {
        try {
            return java.util.Optional.of(new ThrowAwayPostgres());
        } catch (SQLException unavailable) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI must provide PostgreSQL at " + SERVER, unavailable);
            }
            return java.util.Optional.empty();
        }
    }

    String url() {
        return SERVER + name;
    }

    /**
     * Spring Boot arguments pointing the application at this database (profile postgres), with a search index
     * directory of its own for each call (one per node; removed with the database).
     */
    List<String> arguments() {
        java.nio.file.Path index = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"),
                name + "-index-" + indexDirs.size());
        indexDirs.add(index);
        return List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + url(),
                "--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD,
                "--policymonitor.search.index-dir=" + index);
    }

    private final List<java.nio.file.Path> indexDirs = new java.util.concurrent.CopyOnWriteArrayList<>();

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, PASSWORD);
    }

    @Override
    public void close() throws SQLException {
        for (java.nio.file.Path index : indexDirs) {
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(index)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (java.io.IOException | java.io.UncheckedIOException notThere) {
                // nothing was written there
            }
        }
        ThrowAwayDatabases.drop(SERVER, USER, PASSWORD, name);
    }
}
