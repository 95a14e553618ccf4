package eu.dogana.gateway;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.dogana.backend.ModelRoute;
import eu.dogana.gateway.privacy.AnswerPolicy;
import eu.dogana.gateway.privacy.FindingCounts;
import eu.dogana.policy.Decision;
import io.vertx.core.MultiMap;
import eu.dogana.gateway.privacy.PromptScan;
import eu.dogana.gateway.privacy.ScannedPrompt;
import eu.dogana.gateway.privacy.ContentCapture;
import eu.dogana.security.Principal;
import io.vertx.core.buffer.Buffer;
import java.util.List;
import java.util.Optional;

/**
 * The state of one request as it passes the pipeline's stages. Each stage fills in what it is responsible for;
 * a getter called before its stage ran fails loudly instead of returning null.
 *
 * <p>{@link #body()} is the caller's JSON document as received: fields the gateway does not know (vLLM's
 * {@code top_k}, {@code guided_json}, tool definitions…) stay in it and reach the backend untouched.
 */
public final class Exchange {

    private final String requestId;
    private final Endpoint endpoint;
    private final Optional<String> authorization;
    private final Optional<String> declaredPurpose;
    private final Buffer rawBody;
    private final long receivedNanos;

    private Principal principal;
    private ObjectNode body;
    private String model;
    private boolean stream;
    private Optional<String> purpose = Optional.empty();
    private List<ModelRoute> routes;
    private ScannedPrompt scannedPrompt;
    private PromptScan promptScan = PromptScan.skipped();
    private FindingCounts answerFindings = FindingCounts.NONE;
    private Decision decision;
    private AnswerPolicy answerPolicy;
    private MultiMap headers = MultiMap.caseInsensitiveMultiMap();
    private ContentCapture contentCapture;

    public Exchange(String requestId, Endpoint endpoint, Optional<String> authorization,
                    Optional<String> declaredPurpose, Buffer rawBody, long receivedNanos) {
        this.requestId = requireNonNull(requestId, "requestId is null");
        this.endpoint = requireNonNull(endpoint, "endpoint is null");
        this.authorization = requireNonNull(authorization, "authorization is null");
        this.declaredPurpose = requireNonNull(declaredPurpose, "declaredPurpose is null");
        this.rawBody = requireNonNull(rawBody, "rawBody is null");
        this.receivedNanos = receivedNanos;
    }

    public String requestId() {
        return requestId;
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    public Optional<String> authorization() {
        return authorization;
    }

    /** The {@code X-Dogana-Purpose} header as sent, if any. */
    public Optional<String> declaredPurpose() {
        return declaredPurpose;
    }

    public Buffer rawBody() {
        return rawBody;
    }

    public long receivedNanos() {
        return receivedNanos;
    }

    public Principal principal() {
        return requireSet(principal, "principal");
    }

    /** The principal once authentication has run; empty for requests refused before or by it. */
    public Optional<Principal> authenticatedPrincipal() {
        return Optional.ofNullable(principal);
    }

    /** The model when the body has been parsed. */
    public Optional<String> parsedModel() {
        return Optional.ofNullable(model);
    }

    public void principal(Principal principal) {
        this.principal = requireNonNull(principal, "principal is null");
    }

    public ObjectNode body() {
        return requireSet(body, "body");
    }

    public String model() {
        return requireSet(model, "model");
    }

    public boolean stream() {
        return stream;
    }

    public void parsedBody(ObjectNode body, String model, boolean stream) {
        this.body = requireNonNull(body, "body is null");
        this.model = requireNonNull(model, "model is null");
        this.stream = stream;
    }

    /** The purpose of processing that applies: declared by the request, else the key's default. */
    public Optional<String> purpose() {
        return purpose;
    }

    public void purpose(Optional<String> purpose) {
        this.purpose = requireNonNull(purpose, "purpose is null");
    }

    public List<ModelRoute> routes() {
        return requireSet(routes, "routes");
    }

    public void routes(List<ModelRoute> routes) {
        this.routes = List.copyOf(routes);
    }

    /** The prompt's findings before any rewriting; empty when scanning is off or has not run. */
    public Optional<ScannedPrompt> scannedPrompt() {
        return Optional.ofNullable(scannedPrompt);
    }

    public void scannedPrompt(ScannedPrompt scanned) {
        this.scannedPrompt = requireNonNull(scanned, "scanned is null");
    }

    /** What the prompt scan found and did; {@link PromptScan#skipped()} until it ran. */
    public PromptScan promptScan() {
        return promptScan;
    }

    public void promptScan(PromptScan scan) {
        this.promptScan = requireNonNull(scan, "scan is null");
    }

    /** Personal data in the answer that the caller did not send, once the answer is complete. */
    public FindingCounts answerFindings() {
        return answerFindings;
    }

    public void answerFindings(FindingCounts findings) {
        this.answerFindings = requireNonNull(findings, "findings is null");
    }

    /** The policy's decision, once the decide stage ran. */
    public Optional<Decision> decision() {
        return Optional.ofNullable(decision);
    }

    public void decision(Decision decision) {
        this.decision = requireNonNull(decision, "decision is null");
    }

    /** How the answer is treated; empty means the configured defaults. */
    public Optional<AnswerPolicy> answerPolicy() {
        return Optional.ofNullable(answerPolicy);
    }

    public void answerPolicy(AnswerPolicy policy) {
        this.answerPolicy = requireNonNull(policy, "policy is null");
    }

    /** The request's headers, for rules that require one (a consent reference …). */
    public MultiMap headers() {
        return headers;
    }

    public void headers(MultiMap headers) {
        this.headers = requireNonNull(headers, "headers is null");
    }

    /** What the request keeps of its content, when its purpose keeps any; set with the intent. */
    public Optional<ContentCapture> contentCapture() {
        return Optional.ofNullable(contentCapture);
    }

    public void contentCapture(ContentCapture capture) {
        this.contentCapture = requireNonNull(capture, "capture is null");
    }

    private static <T> T requireSet(T value, String what) {
        if (value == null) {
            throw new IllegalStateException(what + " is read before the stage that sets it ran");
        }
        return value;
    }

    @Override
    public String toString() {
        return "Exchange[" + requestId + " " + endpoint + "]";
    }
}
