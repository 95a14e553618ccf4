package eu.dogana.audit.content;

import eu.dogana.audit.AuditUnavailableException;
import eu.dogana.storage.Storage;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The register's erasable, encrypted content ({@code content_key}, {@code content_item}; see the package
 * documentation for the design). Keeps a request's parts, reads them back for a DPO, and destroys a data
 * subject's keys and content on erasure. Blocking JDBC; fails closed like the register.
 */
@Singleton
public final class ContentStore {

    private final AgroalDataSource dataSource;
    private final MasterContentKey master;
    private final ContentCipher cipher;
    private final KeyShares shares = new KeyShares();

    ContentStore(@Storage AgroalDataSource dataSource, MasterContentKey master, ContentCipher cipher) {
        this.dataSource = dataSource;
        this.master = master;
        this.cipher = cipher;
    }

    /**
     * A fresh data key for one request. Nothing is stored until a part is kept.
     *
     * @param subjects keyed HMACs of the data subjects the prompt mentions (as in {@code subject_reference}); the
     *     data key gets one share per subject, or a single share when there are none
     */
    public ContentSeal seal(String tenant, String requestId, Optional<String> purpose, Collection<String> subjects,
                            Instant expiresAt) {
        return new ContentSeal(this, tenant, requestId, purpose, List.copyOf(new LinkedHashSet<>(subjects)), expiresAt,
                cipher.newKey());
    }

    String write(ContentSeal seal, ContentPart part, String mediaType, byte[] content, boolean truncated,
                 boolean withShares) {
        ContentCipher.Sealed sealed = cipher.seal(seal.dataKey(), content,
                itemContext(seal.tenant(), seal.requestId(), part));
        Timestamp now = Timestamp.from(Instant.now());
        Timestamp expires = Timestamp.from(seal.expiresAt());
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (withShares) {
                    insertShares(connection, seal, now, expires);
                }
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO content_item (tenant, request_id, "
                        + "part, purpose, media_type, truncated, nonce, ciphertext, created_at, expires_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    insert.setString(1, seal.tenant());
                    insert.setString(2, seal.requestId());
                    insert.setString(3, part.wireName());
                    insert.setString(4, seal.purpose().orElse(null));
                    insert.setString(5, mediaType);
                    insert.setBoolean(6, truncated);
                    insert.setBytes(7, sealed.nonce());
                    insert.setBytes(8, sealed.ciphertext());
                    insert.setTimestamp(9, now);
                    insert.setTimestamp(10, expires);
                    insert.executeUpdate();
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new AuditUnavailableException("kept content could not be stored", e);
        }
        return contentHash(sealed);
    }

    private void insertShares(Connection connection, ContentSeal seal, Timestamp now, Timestamp expires) throws SQLException {
        List<String> subjects = seal.subjects();
        List<byte[]> split = shares.split(seal.dataKey(), Math.max(1, subjects.size()));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO content_key (key_id, tenant, request_id, "
                + "subject_hmac, purpose, wrapped_key, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < split.size(); i++) {
                String keyId = HexFormat.of().formatHex(cipher.newKey(), 0, 16);
                String subject = subjects.isEmpty() ? null : subjects.get(i);
                insert.setString(1, keyId);
                insert.setString(2, seal.tenant());
                insert.setString(3, seal.requestId());
                insert.setString(4, subject);
                insert.setString(5, seal.purpose().orElse(null));
                insert.setBytes(6, master.wrap(split.get(i), shareContext(seal.tenant(), seal.requestId(), keyId, subject)));
                insert.setTimestamp(7, now);
                insert.setTimestamp(8, expires);
                insert.addBatch();
                java.util.Arrays.fill(split.get(i), (byte) 0);
            }
            insert.executeBatch();
        }
    }

    /** The items kept for a request of the tenant, decrypted where their key is whole; empty when none are kept. */
    public List<KeptContent> read(String tenant, String requestId) {
        try (Connection connection = dataSource.getConnection()) {
            Optional<byte[]> dataKey = dataKey(connection, tenant, requestId);
            List<KeptContent> items = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT part, media_type, truncated, nonce, "
                    + "ciphertext, created_at, expires_at FROM content_item WHERE tenant = ? AND request_id = ? ORDER BY created_at")) {
                query.setString(1, tenant);
                query.setString(2, requestId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        ContentPart part = ContentPart.valueOf(rows.getString(1).toUpperCase(java.util.Locale.ROOT));
                        ContentCipher.Sealed sealed = new ContentCipher.Sealed(rows.getBytes(4), rows.getBytes(5));
                        Optional<byte[]> plaintext = dataKey.flatMap(key -> open(key, sealed, tenant, requestId, part));
                        items.add(new KeptContent(part, rows.getString(2), rows.getBoolean(3), contentHash(sealed),
                                rows.getTimestamp(6).toInstant(), rows.getTimestamp(7).toInstant(), plaintext));
                    }
                }
            }
            dataKey.ifPresent(key -> java.util.Arrays.fill(key, (byte) 0));
            return items;
        } catch (SQLException e) {
            throw new AuditUnavailableException("kept content could not be read", e);
        }
    }

    private Optional<byte[]> open(byte[] key, ContentCipher.Sealed sealed, String tenant, String requestId, ContentPart part) {
        try {
            return Optional.of(cipher.open(key, sealed, itemContext(tenant, requestId, part)));
        } catch (ContentUnreadableException e) {
            return Optional.empty();
        }
    }

    /** The request's data key rebuilt from all its shares; empty when there are none or one does not unwrap. */
    private Optional<byte[]> dataKey(Connection connection, String tenant, String requestId) throws SQLException {
        List<byte[]> unwrapped = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT key_id, subject_hmac, wrapped_key FROM content_key WHERE tenant = ? AND request_id = ?")) {
            query.setString(1, tenant);
            query.setString(2, requestId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    unwrapped.add(master.unwrap(rows.getBytes(3), shareContext(tenant, requestId, rows.getString(1),
                            rows.getString(2))));
                }
            }
        } catch (ContentUnreadableException e) {
            return Optional.empty();
        }
        return unwrapped.isEmpty() ? Optional.empty() : Optional.of(KeyShares.combine(unwrapped));
    }

    /**
     * Crypto-shreds a data subject in the tenant: for every request whose data key has a share of any of
     * {@code subjects} (the keys one person's identifier may have), deletes all the request's key shares, then its
     * kept items, in one transaction.
     */
    public ContentErasure erase(String tenant, Collection<String> subjects) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Set<String> requests = new LinkedHashSet<>();
                try (PreparedStatement query = connection.prepareStatement(
                        "SELECT DISTINCT request_id FROM content_key WHERE tenant = ? AND subject_hmac = ?")) {
                    for (String subject : subjects) {
                        query.setString(1, tenant);
                        query.setString(2, subject);
                        try (ResultSet rows = query.executeQuery()) {
                            while (rows.next()) {
                                requests.add(rows.getString(1));
                            }
                        }
                    }
                }
                int keys = deleteByRequest(connection, "DELETE FROM content_key WHERE tenant = ? AND request_id = ?", tenant, requests);
                int items = deleteByRequest(connection, "DELETE FROM content_item WHERE tenant = ? AND request_id = ?", tenant, requests);
                connection.commit();
                return new ContentErasure(requests.size(), items, keys);
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new AuditUnavailableException("kept content could not be erased", e);
        }
    }

    private static int deleteByRequest(Connection connection, String sql, String tenant, Set<String> requests) throws SQLException {
        int deleted = 0;
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            for (String request : requests) {
                delete.setString(1, tenant);
                delete.setString(2, request);
                deleted += delete.executeUpdate();
            }
        }
        return deleted;
    }

    /**
     * The hash a chained event records for a kept item: hex SHA-256 of nonce and ciphertext. Over the ciphertext,
     * not the plaintext, so that once the key is destroyed the register holds nothing a guess could be checked
     * against; while the key lives, GCM's tag binds the ciphertext to one plaintext.
     */
    public static String contentHash(ContentCipher.Sealed sealed) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(sealed.nonce());
            return HexFormat.of().formatHex(digest.digest(sealed.ciphertext()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    static byte[] itemContext(String tenant, String requestId, ContentPart part) {
        return context("item", tenant, requestId, part.wireName());
    }

    static byte[] shareContext(String tenant, String requestId, String keyId, String subject) {
        return context("share", tenant, requestId, keyId, subject == null ? "" : subject);
    }

    private static byte[] context(String... fields) {
        return String.join("\u0000", fields).getBytes(StandardCharsets.UTF_8);
    }
}
