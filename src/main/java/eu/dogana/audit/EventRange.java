package eu.dogana.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The event hashes of consecutive rows of one node's chain, as a checkpoint's Merkle tree takes them, with the
 * last row's sequence number and chain hash. Read in one query, in sequence order.
 *
 * @param leaves raw 32-byte event hashes, in sequence order
 * @param lastSeq sequence number of the last row read; {@code from - 1} when none
 * @param lastChainHash chain hash of the last row read; empty when none
 */
record EventRange(List<byte[]> leaves, long lastSeq, Optional<String> lastChainHash) {

    private static final String QUERY = "SELECT seq, event_hash, chain_hash FROM audit_event "
            + "WHERE node_id = ? AND seq >= ? ORDER BY seq";
    private static final String HASHES = "SELECT event_hash FROM audit_event WHERE node_id = ? AND seq BETWEEN ? AND ? "
            + "ORDER BY seq";

    /** At most {@code maxRows} rows of {@code node} from sequence number {@code from} on. */
    static EventRange read(Connection connection, String node, long from, int maxRows) throws SQLException {
        if (maxRows <= 0) {
            // JDBC reads 0 as "no limit"; an empty range (a checkpoint of silence) reads nothing.
            return new EventRange(List.of(), from - 1, Optional.empty());
        }
        List<byte[]> leaves = new ArrayList<>();
        long lastSeq = from - 1;
        String lastChainHash = null;
        try (PreparedStatement query = connection.prepareStatement(QUERY)) {
            query.setString(1, node);
            query.setLong(2, from);
            query.setMaxRows(maxRows);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    lastSeq = row.getLong(1);
                    leaves.add(HexFormat.of().parseHex(row.getString(2).strip()));
                    lastChainHash = row.getString(3).strip();
                }
            }
        }
        return new EventRange(List.copyOf(leaves), lastSeq, Optional.ofNullable(lastChainHash));
    }

    /**
     * Hands the event hashes of {@code node}'s rows {@code from..to} to {@code leaves} in sequence order, streamed
     * (the rows are not held in memory); returns how many there were.
     */
    static long forEachLeaf(Connection connection, String node, long from, long to, Consumer<byte[]> leaves)
            throws SQLException {
        long count = 0;
        try (PreparedStatement query = connection.prepareStatement(HASHES)) {
            query.setString(1, node);
            query.setLong(2, from);
            query.setLong(3, to);
            query.setFetchSize(1000);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    leaves.accept(HexFormat.of().parseHex(row.getString(1).strip()));
                    count++;
                }
            }
        }
        return count;
    }
}
