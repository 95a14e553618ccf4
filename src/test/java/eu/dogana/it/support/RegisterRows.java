package eu.dogana.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Direct access to the register's rows, as an attacker with database access would have it: read events of a
 * request, and tamper with rows (then put them back, so later tests find an intact register).
 */
public final class RegisterRows {

    /** One row of {@code audit_event}. */
    public record Row(String node, long seq, String type, String requestId, String tenant, String canonical,
                      String eventHash, String chainHash, Object time) {
    }

    private final DataSource dataSource;
    private final String bypassAppendOnly;

    /**
     * @param bypassAppendOnly SQL run before each tampering statement (PostgreSQL: switch triggers off, as a
     *                         superuser could); null when nothing guards the table
     */
    public RegisterRows(DataSource dataSource, String bypassAppendOnly) {
        this.dataSource = dataSource;
        this.bypassAppendOnly = bypassAppendOnly;
    }

    public List<Row> ofRequest(String requestId) {
        return query("SELECT * FROM audit_event WHERE request_id = ? ORDER BY node_id, seq", requestId);
    }

    public Row last() {
        List<Row> rows = query("SELECT * FROM audit_event ORDER BY seq DESC", null);
        assertThat(rows).isNotEmpty();
        return rows.get(0);
    }

    public Row at(String node, long seq) {
        List<Row> rows = query("SELECT * FROM audit_event WHERE node_id = '" + node + "' AND seq = " + seq, null);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    public void setCanonical(Row row, String canonical, String eventHash, String chainHash) {
        update("UPDATE audit_event SET canonical = ?, event_hash = ?, chain_hash = ? WHERE node_id = ? AND seq = ?",
                canonical, eventHash, chainHash, row.node(), row.seq());
    }

    public void delete(Row row) {
        update("DELETE FROM audit_event WHERE node_id = ? AND seq = ?", row.node(), row.seq());
    }

    public void insert(Row row) {
        update("INSERT INTO audit_event (node_id, seq, event_time, event_type, request_id, tenant, canonical, event_hash, "
                        + "chain_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", row.node(), row.seq(), row.time(), row.type(),
                row.requestId(), row.tenant(), row.canonical(), row.eventHash(), row.chainHash());
    }

    /** Runs a statement against the table without any bypass, e.g. to see the append-only guard refuse it. */
    public void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Runs a tampering statement, after the bypass of the append-only guard if there is one. */
    public void update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            if (bypassAppendOnly != null) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(bypassAppendOnly);
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                statement.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Row> query(String sql, String parameter) {
        List<Row> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            statement.setMaxRows(1000);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(new Row(row.getString("node_id"), row.getLong("seq"), row.getString("event_type"),
                            row.getString("request_id"), row.getString("tenant"), row.getString("canonical"),
                            row.getString("event_hash").strip(), row.getString("chain_hash").strip(),
                            row.getObject("event_time")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }
}
