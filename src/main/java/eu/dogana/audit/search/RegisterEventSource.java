package eu.dogana.audit.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.dogana.audit.AuditUnavailableException;
import eu.dogana.audit.CanonicalEvents;
import eu.dogana.audit.ChainedEvent;
import eu.dogana.storage.Storage;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The register's table as an {@link EventSource}: pages by primary key ({@code node_id, seq > ?}), so a rebuild
 * of millions of events holds one page at a time on H2 and PostgreSQL alike.
 */
@Singleton
final class RegisterEventSource implements EventSource {

    private static final String HEADS = "SELECT node_id, MAX(seq) FROM audit_event GROUP BY node_id";
    private static final String CHAIN_HASH = "SELECT chain_hash FROM audit_event WHERE node_id = ? AND seq = ?";
    private static final String AFTER = "SELECT seq, canonical, event_hash, chain_hash FROM audit_event "
            + "WHERE node_id = ? AND seq > ? ORDER BY seq";
    private static final Logger LOG = Logger.getLogger(RegisterEventSource.class);

    private final AgroalDataSource dataSource;
    private final CanonicalEvents canonical;

    RegisterEventSource(@Storage AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.canonical = new CanonicalEvents(json);
    }

    @Override
    public Map<String, IndexHead> heads() {
        Map<String, Long> last = new HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement query = connection.prepareStatement(HEADS); ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    last.put(rows.getString(1), rows.getLong(2));
                }
            }
            Map<String, IndexHead> heads = new HashMap<>();
            for (Map.Entry<String, Long> node : last.entrySet()) {
                chainHash(connection, node.getKey(), node.getValue())
                        .ifPresent(hash -> heads.put(node.getKey(), new IndexHead(node.getValue(), hash)));
            }
            return heads;
        } catch (SQLException e) {
            throw new AuditUnavailableException("cannot read the register's heads", e);
        }
    }

    @Override
    public Optional<String> chainHash(String node, long seq) {
        try (Connection connection = dataSource.getConnection()) {
            return chainHash(connection, node, seq);
        } catch (SQLException e) {
            throw new AuditUnavailableException("cannot read the register", e);
        }
    }

    @Override
    public List<ChainedEvent> after(String node, long afterSeq, int max) {
        List<ChainedEvent> events = new ArrayList<>(Math.min(max, 4096));
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(AFTER)) {
            query.setString(1, node);
            query.setLong(2, afterSeq);
            query.setMaxRows(max);
            query.setFetchSize(Math.min(max, 1000));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long seq = rows.getLong(1);
                    try {
                        events.add(canonical.parse(rows.getString(2), rows.getString(3).strip(), rows.getString(4).strip()));
                    } catch (IllegalArgumentException e) {
                        // A row that is no event is the verifier's business; the index skips it, and says so.
                        LOG.warnf("Register row %s:%d is not an indexable event: %s", node, seq, e.getMessage());
                    }
                }
            }
        } catch (SQLException e) {
            throw new AuditUnavailableException("cannot read the register", e);
        }
        return events;
    }

    private static Optional<String> chainHash(Connection connection, String node, long seq) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(CHAIN_HASH)) {
            query.setString(1, node);
            query.setLong(2, seq);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1).strip()) : Optional.empty();
            }
        }
    }
}
