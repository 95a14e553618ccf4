package eu.dogana.audit.search;

import static java.util.Objects.requireNonNull;

/**
 * The last event of one node's chain that a store holds: its sequence number and chain hash. The chain hash
 * tells an index built from one database from an index built from another with the same sequence numbers.
 */
public record IndexHead(long seq, String chainHash) {

    public IndexHead {
        if (seq < 0) {
            throw new IllegalArgumentException("seq must be >= 0; got: " + seq);
        }
        requireNonNull(chainHash, "chainHash is null");
    }

    String encode() {
        return seq + " " + chainHash;
    }

    static IndexHead decode(String text) {
        int space = text.indexOf(' ');
        if (space < 1) {
            throw new IllegalArgumentException("not an index head: " + text);
        }
        return new IndexHead(Long.parseLong(text.substring(0, space)), text.substring(space + 1));
    }
}
