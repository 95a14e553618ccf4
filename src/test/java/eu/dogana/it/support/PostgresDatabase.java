package eu.dogana.it.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A fresh database on the PostgreSQL server the machine runs (127.0.0.1:5432, trust authentication), created
 * for one test profile and dropped after it. Flyway migrates it when the gateway starts.
 */
public final class PostgresDatabase implements QuarkusTestResourceLifecycleManager {

    public static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    public static final String USER = System.getProperty("test.postgres.user", "postgres");

    private String name;

    @Override
    public Map<String, String> start() {
        name = "dogana_test_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        execute("CREATE DATABASE " + name);
        return Map.of(
                "dogana.db", "postgresql",
                "quarkus.datasource.pg.jdbc.url", url(),
                "quarkus.datasource.pg.username", USER,
                "quarkus.datasource.pg.password", "");
    }

    @Override
    public void stop() {
        if (name != null) {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    public String url() {
        return SERVER + name;
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER + "test", USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL on 127.0.0.1:5432 is needed for the tests: " + e.getMessage(), e);
        }
    }
}
