package eu.dogana.audit.subject;

import eu.dogana.audit.AuditUnavailableException;
import eu.dogana.storage.Storage;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Comparator;

/**
 * The register's erasable side table of data-subject references ({@code subject_reference}): which requests
 * mentioned whom, by keyed HMAC. It answers "every request about this person" without the register holding the
 * person's identifiers, and forgets them on erasure or, through {@link eu.dogana.audit.retention.RetentionJob}, when
 * the purpose's retention ends.
 */
@Singleton
public final class SubjectReferences {

    private final AgroalDataSource dataSource;

    SubjectReferences(@Storage AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores a request's references in one transaction. Blocking; fails closed like the register. */
    public void record(Collection<SubjectReference> references) {
        if (references.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO subject_reference (tenant, subject_hmac, "
                     + "entity_type, request_id, purpose, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            for (SubjectReference reference : references) {
                insert.setString(1, reference.tenant());
                insert.setString(2, reference.subject());
                insert.setString(3, reference.entityType());
                insert.setString(4, reference.requestId());
                insert.setString(5, reference.purpose().orElse(null));
                insert.setTimestamp(6, Timestamp.from(reference.createdAt()));
                insert.setTimestamp(7, reference.expiresAt().map(Timestamp::from).orElse(null));
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            throw new AuditUnavailableException("subject references could not be stored", e);
        }
    }

    /** The references to any of {@code subjects} (keys of one person) in the tenant, oldest first. */
    public List<SubjectReference> about(String tenant, Collection<String> subjects) {
        List<SubjectReference> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT entity_type, request_id, purpose, created_at, "
                     + "expires_at FROM subject_reference WHERE tenant = ? AND subject_hmac = ? ORDER BY created_at")) {
            for (String subject : subjects) {
                query.setString(1, tenant);
                query.setString(2, subject);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        Timestamp expires = rows.getTimestamp(5);
                        found.add(new SubjectReference(tenant, subject, rows.getString(1), rows.getString(2),
                                Optional.ofNullable(rows.getString(3)), rows.getTimestamp(4).toInstant(),
                                Optional.ofNullable(expires).map(Timestamp::toInstant)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new AuditUnavailableException("subject references could not be read", e);
        }
        found.sort(Comparator.comparing(SubjectReference::createdAt));
        return found;
    }

    /** Deletes every reference to any of {@code subjects} in the tenant; returns how many rows went. */
    public int erase(String tenant, Collection<String> subjects) {
        int deleted = 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM subject_reference WHERE tenant = ? AND subject_hmac = ?")) {
            for (String subject : subjects) {
                delete.setString(1, tenant);
                delete.setString(2, subject);
                deleted += delete.executeUpdate();
            }
        } catch (SQLException e) {
            throw new AuditUnavailableException("subject references could not be erased", e);
        }
        return deleted;
    }
}
