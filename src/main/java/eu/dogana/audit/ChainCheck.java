package eu.dogana.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The row-by-row rules of a chain, fed rows in (node, seq) order, wherever they come from: the database
 * ({@link ChainVerifier}) or an export file ({@link eu.dogana.audit.export.ExportVerifier}). The first row that
 * breaks a rule is reported with the kind of break: a gap is {@code deleted}, content that does not match its event
 * hash is {@code altered}, an event whose own node/seq differ from its place is {@code reordered}, a chain hash that
 * does not follow from the previous one is {@code inserted}.
 */
public final class ChainCheck {

    private final ObjectMapper json;
    private final List<Verification.ChainState> chains = new ArrayList<>();
    private String node;
    private long expected;
    private String previous = HashChain.GENESIS;
    private long checked;

    public ChainCheck(ObjectMapper json) {
        this.json = json;
    }

    /** Checks the next row; the first break ends the check (later rows are not meaningful). */
    public Optional<Verification.Break> accept(String rowNode, long seq, String canonical, String eventHash, String chainHash) {
        checked++;
        if (!rowNode.equals(node)) {
            closeChain();
            node = rowNode;
            expected = 0;
            previous = HashChain.GENESIS;
        }
        expected++;
        Optional<Verification.Break> broken = check(seq, canonical, eventHash.strip(), chainHash.strip());
        if (broken.isPresent()) {
            expected--;
            closeChain();
            node = null;
            return broken;
        }
        previous = chainHash.strip();
        return Optional.empty();
    }

    public long checked() {
        return checked;
    }

    /** The state of every chain seen, the current one included. */
    public List<Verification.ChainState> chains() {
        closeChain();
        node = null;
        return List.copyOf(chains);
    }

    private void closeChain() {
        if (node != null) {
            chains.add(new Verification.ChainState(node, expected, previous));
        }
    }

    private Optional<Verification.Break> check(long seq, String canonical, String eventHash, String chainHash) {
        if (seq != expected) {
            return broken(expected, Verification.Kind.DELETED,
                    "events " + expected + (seq - 1 > expected ? " to " + (seq - 1) : "") + " are missing; the next row is " + seq);
        }
        if (!HashChain.eventHash(canonical.getBytes(StandardCharsets.UTF_8)).equals(eventHash)) {
            return broken(seq, Verification.Kind.ALTERED, "the event's content does not match its event hash");
        }
        JsonNode place = placeOf(canonical);
        if (!node.equals(place.path("node").asText("")) || seq != place.path("seq").asLong(-1)) {
            return broken(seq, Verification.Kind.REORDERED, "the event was written as " + place.path("node").asText("?")
                    + "#" + place.path("seq").asLong(-1) + " but sits at " + node + "#" + seq);
        }
        if (!HashChain.chainHash(previous, eventHash).equals(chainHash)) {
            return broken(seq, Verification.Kind.INSERTED,
                    "the chain hash does not follow from the previous event: not written by this chain's writer");
        }
        return Optional.empty();
    }

    private JsonNode placeOf(String canonical) {
        try {
            return json.readTree(canonical);
        } catch (JsonProcessingException e) {
            return json.createObjectNode();
        }
    }

    private Optional<Verification.Break> broken(long seq, Verification.Kind kind, String detail) {
        return Optional.of(new Verification.Break(node, seq, kind, detail));
    }
}
