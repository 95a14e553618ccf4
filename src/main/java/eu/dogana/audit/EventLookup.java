package eu.dogana.audit;

import eu.dogana.storage.Storage;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Reads register events by request, within one tenant: what a data subject's access request is answered with. */
@Singleton
public final class EventLookup {

    /** One event as stored: its place in the chain and its canonical JSON (metadata only). */
    public record StoredEvent(String node, long seq, String type, Instant time, String requestId, String canonical) {
    }

    private final AgroalDataSource dataSource;

    EventLookup(@Storage AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<StoredEvent> ofRequests(String tenant, Collection<String> requestIds) {
        List<StoredEvent> events = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT node_id, seq, event_type, event_time, request_id, "
                     + "canonical FROM audit_event WHERE tenant = ? AND request_id = ? ORDER BY event_time, node_id, seq")) {
            for (String requestId : requestIds) {
                query.setString(1, tenant);
                query.setString(2, requestId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        events.add(new StoredEvent(rows.getString(1), rows.getLong(2), rows.getString(3),
                                rows.getTimestamp(4).toInstant(), rows.getString(5), rows.getString(6)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new AuditUnavailableException("register events could not be read", e);
        }
        return events;
    }
}
