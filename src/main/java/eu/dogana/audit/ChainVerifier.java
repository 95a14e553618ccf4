package eu.dogana.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.dogana.storage.Storage;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Re-computes every chain of the register from its rows and names the first place where it breaks. Reads in
 * one pass, in sequence order, holding one row at a time.
 */
@Singleton
public final class ChainVerifier {

    private static final String ROWS = "SELECT node_id, seq, canonical, event_hash, chain_hash FROM audit_event "
            + "ORDER BY node_id, seq";

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;
    private final Checkpoints checkpoints;

    ChainVerifier(@Storage AgroalDataSource dataSource, ObjectMapper json, Checkpoints checkpoints) {
        this.dataSource = dataSource;
        this.json = json;
        this.checkpoints = checkpoints;
    }

    /**
     * Checks every chain row by row, then every signed checkpoint against the rows it covers. The second pass
     * catches what the first cannot: a chain rewritten from some point on with all hashes recomputed, which is
     * consistent in itself but no longer matches what was signed.
     */
    public Verification verify() {
        Verification chains = verifyChains();
        if (!chains.intact()) {
            return chains;
        }
        Optional<Verification.Break> broken = verifyCheckpoints();
        return broken.isEmpty() ? chains
                : new Verification(false, chains.eventsChecked(), chains.chains(), broken);
    }

    /**
     * Checkpoints come oldest first per node, their ranges back to back from seq 1, so each node's cumulative tree
     * is extended range by range as the ranges are read anyway ({@link TreeHeadCheck}): checking every stated tree
     * root costs about two hashes per event more, and a read only for events no checkpoint covers.
     */
    private Optional<Verification.Break> verifyCheckpoints() {
        try (Connection connection = dataSource.getConnection()) {
            TreeHeadCheck trees = new TreeHeadCheck((node, from, to) -> {
                try {
                    return EventRange.read(connection, node, from, (int) (to - from + 1)).leaves();
                } catch (SQLException e) {
                    throw new AuditUnavailableException("cannot read the register", e);
                }
            });
            for (Checkpoint checkpoint : checkpoints.all()) {
                if (!checkpoints.signatureHolds(checkpoint)) {
                    return broken(checkpoint.node(), checkpoint.toSeq(), Verification.Kind.BAD_SIGNATURE,
                            "checkpoint " + checkpoint.number() + " does not verify with the register's public key");
                }
                EventRange range = EventRange.read(connection, checkpoint.node(), checkpoint.fromSeq(),
                        (int) checkpoint.size());
                boolean rootHolds = HexFormat.of().formatHex(MerkleTree.root(range.leaves())).equals(checkpoint.merkleRoot());
                boolean chainHolds = checkpoint.size() == 0
                        || range.lastChainHash().filter(checkpoint.chainHash()::equals).isPresent();
                if (range.leaves().size() != checkpoint.size() || range.lastSeq() != checkpoint.toSeq()
                        || !rootHolds || !chainHolds) {
                    return broken(checkpoint.node(), checkpoint.fromSeq(), Verification.Kind.REWRITTEN,
                            "events " + checkpoint.fromSeq() + " to " + checkpoint.toSeq() + " no longer match signed checkpoint "
                                    + checkpoint.number());
                }
                Optional<Verification.Break> badTree = trees.accept(checkpoint.node(), checkpoint.number(),
                        checkpoint.fromSeq(), checkpoint.toSeq(), range.leaves(), checkpoint.tree());
                if (badTree.isPresent()) {
                    return badTree;
                }
            }
        } catch (SQLException e) {
            throw new AuditUnavailableException("cannot read the register", e);
        }
        return Optional.empty();
    }

    private Verification verifyChains() {
        ChainCheck check = new ChainCheck(json);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(ROWS)) {
            query.setFetchSize(1000);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    Optional<Verification.Break> broken = check.accept(row.getString(1), row.getLong(2), row.getString(3),
                            row.getString(4), row.getString(5));
                    if (broken.isPresent()) {
                        return new Verification(false, check.checked(), check.chains(), broken);
                    }
                }
            }
        } catch (SQLException e) {
            throw new AuditUnavailableException("cannot read the register", e);
        }
        return new Verification(true, check.checked(), check.chains(), Optional.empty());
    }

    private static Optional<Verification.Break> broken(String node, long seq, Verification.Kind kind, String detail) {
        return Optional.of(new Verification.Break(node, seq, kind, detail));
    }
}
