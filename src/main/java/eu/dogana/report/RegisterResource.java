package eu.dogana.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import eu.dogana.api.ApiAccess;
import eu.dogana.audit.ChainVerifier;
import eu.dogana.audit.Checkpoint;
import eu.dogana.audit.ConsistencyProof;
import eu.dogana.audit.CheckpointSigner;
import eu.dogana.audit.Checkpoints;
import eu.dogana.audit.InclusionProof;
import eu.dogana.gateway.error.GatewayException;
import eu.dogana.audit.Verification;
import eu.dogana.security.Role;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import eu.dogana.audit.export.RegisterExport;
import eu.dogana.audit.ActionLog;
import eu.dogana.security.Principal;
import eu.dogana.audit.EventType;
import eu.dogana.audit.AuditUnavailableException;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * {@code GET /audit/verify}: re-computes every chain of the register and names the first break (sequence
 * number and kind). For auditors, DPOs and administrators. It reveals counts and hashes, never event content.
 */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public class RegisterResource {

    private final ApiAccess access;
    private final ChainVerifier verifier;
    private final Checkpoints checkpoints;
    private final CheckpointSigner signer;
    private final RegisterExport exports;
    private final ActionLog actions;

    RegisterResource(ApiAccess access, ChainVerifier verifier, Checkpoints checkpoints, CheckpointSigner signer,
                     RegisterExport exports, ActionLog actions) {
        this.access = access;
        this.exports = exports;
        this.actions = actions;
        this.verifier = verifier;
        this.checkpoints = checkpoints;
        this.signer = signer;
    }

    /**
     * {@code GET /audit/export}: the whole register as JSON lines for an external auditor, who verifies it offline
     * with {@code java -jar quarkus-run.jar audit verify} and the published public key. Every chain holds every
     * tenant's events, so only the operator (master key) may export; the export is itself a register event.
     */
    @GET
    @Path("export")
    @Produces("application/x-ndjson")
    public StreamingOutput export(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Principal operator = access.require(authorization, Role.ADMIN);
        if (!operator.isOperator()) {
            throw GatewayException.forbidden("tenant_not_allowed", "The export holds every tenant's chain: only the "
                    + "operator's master key may take it.");
        }
        try {
            actions.record(EventType.ADMIN_QUERY, operator, operator.tenant(),
                    Map.of("action", "export"));
        } catch (AuditUnavailableException e) {
            throw GatewayException.auditUnavailable("The register cannot record this export, so it is not given out. Try again later.");
        }
        return exports::write;
    }

    /**
     * {@code GET /audit/checkpoints}: every signed checkpoint (statement and signature, exactly as signed) and the
     * public key to check them with, so that an auditor can verify them with any Ed25519 tool.
     */
    @GET
    @Path("checkpoints")
    public CheckpointList checkpoints(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        access.require(authorization, Role.AUDITOR, Role.DPO, Role.ADMIN);
        return new CheckpointList(signer.publicKeyPem(), checkpoints.all().stream()
                .map(checkpoint -> new SignedStatement(checkpoint.statement(), checkpoint.signature()))
                .toList());
    }

    /**
     * {@code GET /audit/events/{id}/proof}, {@code id} = {@code <node>:<seq>}: the RFC 6962 inclusion proof of that
     * event in the signed checkpoint covering it. 404 while no checkpoint covers the event yet.
     */
    @GET
    @Path("events/{id}/proof")
    public ProofView proof(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        access.require(authorization, Role.AUDITOR, Role.DPO, Role.ADMIN);
        int colon = id.lastIndexOf(':');
        long seq;
        try {
            seq = colon < 1 ? -1 : Long.parseLong(id.substring(colon + 1));
        } catch (NumberFormatException e) {
            seq = -1;
        }
        if (seq < 1) {
            throw GatewayException.invalidRequest("An event id is '<node>:<seq>', e.g. 'gw-1:4711'.", "id");
        }
        String node = id.substring(0, colon);
        InclusionProof proof = checkpoints.proof(node, seq).orElseThrow(() -> GatewayException.notFound(
                "No signed checkpoint covers event " + id + " (yet): it does not exist or is younger than the last checkpoint."));
        return new ProofView(proof.node(), proof.seq(), proof.eventHash(), proof.leafIndex(), proof.treeSize(), proof.path(),
                new SignedStatement(proof.checkpoint().statement(), proof.checkpoint().signature()));
    }

    /**
     * {@code GET /audit/checkpoints/consistency?node=<node>&from=<checkpoint>&to=<checkpoint>}: the RFC 6962
     * consistency proof that the node's chain at checkpoint {@code to} extends its chain at checkpoint {@code from}
     * unchanged. Both signed statements come with it: the verifier takes {@code tree_size} and {@code tree_root} from
     * the statements after checking their signatures (the copies beside them are for convenience). 404 for an
     * unknown node or checkpoint; 400 when {@code from} is not older than {@code to} or a checkpoint predates
     * cumulative trees (statement version 1).
     */
    @GET
    @Path("checkpoints/consistency")
    public ConsistencyView consistency(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                       @QueryParam("node") String node, @QueryParam("from") String from,
                                       @QueryParam("to") String to) {
        access.require(authorization, Role.AUDITOR, Role.DPO, Role.ADMIN);
        if (node == null || node.isBlank()) {
            throw GatewayException.invalidRequest("Name the writer node whose checkpoints to compare, e.g. 'node=gw-1'.", "node");
        }
        long first = checkpointNumber(from, "from");
        long second = checkpointNumber(to, "to");
        if (first >= second) {
            throw GatewayException.invalidRequest("'from' must be an older checkpoint than 'to'; got from=" + first
                    + ", to=" + second + ".", "from");
        }
        Checkpoint older = existing(node, first);
        Checkpoint newer = existing(node, second);
        for (Checkpoint checkpoint : List.of(older, newer)) {
            if (checkpoint.tree().isEmpty()) {
                throw GatewayException.invalidRequest("Checkpoint " + checkpoint.number() + " of node " + node + " was signed "
                        + "before checkpoints stated the node's whole tree (statement v1), so it cannot be proven consistent; "
                        + "choose a later one.", checkpoint == older ? "from" : "to");
            }
        }
        if (older.tree().orElseThrow().size() > newer.tree().orElseThrow().size()) {
            throw new GatewayException(409, "invalid_request_error", "register_inconsistent", Optional.empty(),
                    "Checkpoint " + first + " of node " + node + " states a larger tree than the later checkpoint " + second
                            + ": the register is inconsistent. GET /audit/verify names the break.");
        }
        ConsistencyProof proof = checkpoints.consistency(older, newer);
        return new ConsistencyView(node, TreeStatement.of(proof.from()), TreeStatement.of(proof.to()), proof.path());
    }

    private static long checkpointNumber(String value, String param) {
        long number;
        try {
            number = value == null ? -1 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number < 1) {
            throw GatewayException.invalidRequest("'" + param + "' is a checkpoint number (1, 2, ...) as listed by "
                    + "GET /audit/checkpoints.", param);
        }
        return number;
    }

    private Checkpoint existing(String node, long number) {
        return checkpoints.find(node, number).orElseThrow(() -> GatewayException.notFound("Node " + node
                + " has no checkpoint " + number + ". GET /audit/checkpoints lists them."));
    }

    /**
     * @param path hex hashes of the RFC 6962 consistency proof PROOF(from.tree_size, D[to.tree_size]); empty when
     *             both trees have the same size (their roots must then be equal)
     */
    public record ConsistencyView(String node, TreeStatement from, TreeStatement to, List<String> path) {
    }

    /** A signed checkpoint statement with its number and the cumulative tree head it states. */
    public record TreeStatement(long checkpoint, @JsonProperty("tree_size") long treeSize,
                                @JsonProperty("tree_root") String treeRoot, String statement, String signature) {

        static TreeStatement of(Checkpoint checkpoint) {
            Checkpoint.TreeHead tree = checkpoint.tree().orElseThrow();
            return new TreeStatement(checkpoint.number(), tree.size(), tree.root(), checkpoint.statement(),
                    checkpoint.signature());
        }
    }

    public record ProofView(String node, long seq, @JsonProperty("event_hash") String eventHash,
                            @JsonProperty("leaf_index") long leafIndex, @JsonProperty("tree_size") long treeSize,
                            List<String> path, SignedStatement checkpoint) {
    }

    public record CheckpointList(@JsonProperty("public_key") String publicKey, List<SignedStatement> data) {
    }

    /** A checkpoint's canonical statement (RFC 8785 JSON, as a string) and its base64 Ed25519 signature. */
    public record SignedStatement(String statement, String signature) {
    }

    @GET
    @Path("verify")
    public VerificationView verify(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        access.require(authorization, Role.AUDITOR, Role.DPO, Role.ADMIN);
        return VerificationView.of(verifier.verify());
    }

    /** The verification in the API's snake_case shape. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VerificationView(
            boolean intact,
            @JsonProperty("events_checked") long eventsChecked,
            List<Chain> chains,
            @JsonProperty("first_break") Break firstBreak) {

        static VerificationView of(Verification verification) {
            return new VerificationView(verification.intact(), verification.eventsChecked(),
                    verification.chains().stream()
                            .map(chain -> new Chain(chain.node(), chain.lastSeq(), chain.headChainHash()))
                            .toList(),
                    verification.firstBreak()
                            .map(broken -> new Break(broken.node(), broken.seq(), broken.kind().name().toLowerCase(Locale.ROOT),
                                    broken.detail()))
                            .orElse(null));
        }
    }

    public record Chain(String node, @JsonProperty("last_seq") long lastSeq, @JsonProperty("head_chain_hash") String headChainHash) {
    }

    public record Break(String node, long seq, String kind, String detail) {
    }
}
