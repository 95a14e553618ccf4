package eu.dogana.audit.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.dogana.audit.AuditUnavailableException;
import eu.dogana.audit.Checkpoint;
import eu.dogana.audit.CheckpointSigner;
import eu.dogana.audit.Checkpoints;
import eu.dogana.storage.Storage;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Writes the whole register as JSON lines, the file an external auditor verifies with
 * {@code java -jar quarkus-run.jar audit verify <file>} and nothing else: a header with the checkpoint public key,
 * then every event as stored ({@code node, seq, canonical, event_hash, chain_hash}) in chain order, then every
 * signed checkpoint ({@code statement, signature}). Streams: the register is never held in memory.
 */
@Singleton
public final class RegisterExport {

    public static final String FORMAT = "dogana-register-export";
    public static final int VERSION = 1;

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;
    private final Checkpoints checkpoints;
    private final CheckpointSigner signer;

    RegisterExport(@Storage AgroalDataSource dataSource, ObjectMapper json, Checkpoints checkpoints, CheckpointSigner signer) {
        this.dataSource = dataSource;
        this.json = json;
        this.checkpoints = checkpoints;
        this.signer = signer;
    }

    public void write(OutputStream out) throws IOException {
        line(out, json.createObjectNode().put("format", FORMAT).put("version", VERSION)
                .put("exported_at", Instant.now().toString()).put("public_key", signer.publicKeyPem()));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT node_id, seq, canonical, event_hash, chain_hash "
                     + "FROM audit_event ORDER BY node_id, seq")) {
            query.setFetchSize(1000);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    line(out, json.createObjectNode().put("kind", "event").put("node", row.getString(1))
                            .put("seq", row.getLong(2)).put("canonical", row.getString(3))
                            .put("event_hash", row.getString(4).strip()).put("chain_hash", row.getString(5).strip()));
                }
            }
        } catch (SQLException e) {
            throw new AuditUnavailableException("cannot read the register", e);
        }
        for (Checkpoint checkpoint : checkpoints.all()) {
            line(out, json.createObjectNode().put("kind", "checkpoint").put("statement", checkpoint.statement())
                    .put("signature", checkpoint.signature()));
        }
        out.flush();
    }

    private void line(OutputStream out, ObjectNode node) throws IOException {
        out.write(json.writeValueAsBytes(node));
        out.write('\n');
    }
}
