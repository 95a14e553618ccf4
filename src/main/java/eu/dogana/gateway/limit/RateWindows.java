package eu.dogana.gateway.limit;

import eu.dogana.storage.Storage;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Request and token counts per scope and one-minute window, in the database ({@code rate_window}), so that every
 * gateway node sharing it counts against one limit. Counting is an increment followed by a read: two nodes racing
 * may each see the other's request, which errs on the side of refusing, never of letting more through.
 */
@Singleton
public final class RateWindows {

    /** Counts of one scope in one window, including the request just counted. */
    public record Counts(long requests, long tokens) {
    }

    private final AgroalDataSource dataSource;

    RateWindows(@Storage AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Counts one request of {@code tokens} tokens in the scope's window and returns the totals. */
    public Counts count(String scope, long window, long tokens) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (increment(connection, scope, window, tokens) == 0) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO rate_window (scope_key, window_start, requests, tokens) VALUES (?, ?, 1, ?)")) {
                    insert.setString(1, scope);
                    insert.setLong(2, window);
                    insert.setLong(3, tokens);
                    insert.executeUpdate();
                } catch (SQLException raced) {
                    // another node opened the window first: count in it
                    if (increment(connection, scope, window, tokens) == 0) {
                        throw raced;
                    }
                }
                forgetBefore(connection, window - 1);
            }
            try (PreparedStatement read = connection.prepareStatement(
                    "SELECT requests, tokens FROM rate_window WHERE scope_key = ? AND window_start = ?")) {
                read.setString(1, scope);
                read.setLong(2, window);
                try (ResultSet row = read.executeQuery()) {
                    row.next();
                    return new Counts(row.getLong(1), row.getLong(2));
                }
            }
        }
    }

    private static int increment(Connection connection, String scope, long window, long tokens) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE rate_window SET requests = requests + 1, "
                + "tokens = tokens + ? WHERE scope_key = ? AND window_start = ?")) {
            update.setLong(1, tokens);
            update.setString(2, scope);
            update.setLong(3, window);
            return update.executeUpdate();
        }
    }

    /** Windows older than the previous one are of no use to anyone; dropped when a new window opens. */
    private static void forgetBefore(Connection connection, long window) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM rate_window WHERE window_start < ?")) {
            delete.setLong(1, window);
            delete.executeUpdate();
        }
    }
}
