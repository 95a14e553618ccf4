package eu.dogana.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import eu.dogana.api.ApiAccess;
import eu.dogana.audit.ChainVerifier;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import eu.dogana.audit.export.RegisterExport;
import eu.dogana.audit.ActionLog;
import eu.dogana.security.Principal;
import eu.dogana.audit.EventType;
import eu.dogana.audit.AuditUnavailableException;
import java.util.Map;
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
