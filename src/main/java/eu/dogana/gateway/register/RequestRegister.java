package eu.dogana.gateway.register;

import eu.dogana.audit.AuditEvent;
import eu.dogana.audit.AuditUnavailableException;
import eu.dogana.audit.AuditWriter;
import eu.dogana.audit.EventType;
import eu.dogana.audit.AuditConfig;
import eu.dogana.audit.Pseudonyms;
import eu.dogana.audit.subject.SubjectKeys;
import eu.dogana.audit.subject.SubjectReference;
import eu.dogana.audit.subject.SubjectReferences;
import eu.dogana.audit.content.ContentConfig;
import eu.dogana.audit.content.ContentStore;
import eu.dogana.gateway.privacy.ContentCapture;
import eu.dogana.gateway.privacy.SubjectMention;
import eu.dogana.policy.ContentKeeping;
import eu.dogana.policy.Purpose;
import eu.dogana.backend.ModelRoute;
import eu.dogana.backend.RoutedResponse;
import eu.dogana.gateway.Exchange;
import eu.dogana.gateway.error.GatewayException;
import eu.dogana.security.Principal;
import io.quarkus.logging.Log;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.time.Duration;

/**
 * What the gateway declares in the register about each request: the intent before forwarding, the completion
 * before the caller's last byte, or the refusal. Translates the gateway's view of a request into
 * {@link AuditEvent}s, metadata only: the register never sees a prompt or an answer. When the purpose keeps content
 * ({@code keep_content}), the prompt is kept with the intent and the answer with the completion, encrypted in the
 * register's erasable side tables ({@link ContentStore}); the chained events then carry the content hashes.
 */
@Singleton
public final class RequestRegister {

    static final String UNAUTHENTICATED = "unauthenticated";
    /** Kept answers are stored off the event loop that ends the answer. */
    private static final Executor BLOCKING = task -> Thread.ofVirtual().name("dogana-content").start(task);

    private final AuditWriter writer;
    private final Pseudonyms pseudonyms;
    private final SubjectKeys subjectKeys;
    private final SubjectReferences subjects;
    private final ContentStore contents;
    private final Duration subjectRetention;
    private final int maxAnswerBytes;

    RequestRegister(AuditWriter writer, Pseudonyms pseudonyms, SubjectKeys subjectKeys, SubjectReferences subjects,
                    ContentStore contents, AuditConfig config, ContentConfig contentConfig) {
        this.writer = writer;
        this.pseudonyms = pseudonyms;
        this.subjectKeys = subjectKeys;
        this.subjects = subjects;
        this.contents = contents;
        this.subjectRetention = config.subjectRetention();
        this.maxAnswerBytes = (int) Math.min(Integer.MAX_VALUE - 8, contentConfig.maxAnswerSize().asLongValue());
    }

    /**
     * Commits the intent to forward this request. Blocking; fail-closed: a request the register cannot record
     * is refused with 503 {@code audit_unavailable} before anything reaches a backend.
     */
    public void intent(Exchange exchange) {
        Map<String, Object> attributes = common(exchange);
        TreeSet<String> backends = new TreeSet<>();
        TreeSet<String> regions = new TreeSet<>();
        for (ModelRoute route : exchange.routes()) {
            backends.add(route.backend().id());
            regions.add(route.backend().region());
        }
        attributes.put("candidate_backends", String.join(",", backends));
        attributes.put("candidate_regions", String.join(",", regions));
        attributes.put("decision", exchange.promptScan().transformed() ? "transform" : "allow");
        exchange.promptScan().findings().putInto(attributes, "findings.", "entity_types");
        Instant now = Instant.now();
        Instant expires = expiry(exchange, now);
        try {
            // References and content first: what a failed intent leaves behind points at nothing and expires; an
            // intent without its references would hide a request from the data subject's access request.
            Set<SubjectMention> mentions = exchange.scannedPrompt().map(scanned -> scanned.subjects()).orElse(Set.of());
            subjects.record(references(exchange, mentions, now, expires));
            keepPrompt(exchange, mentions, expires, attributes);
            writer.appendAndWait(event(EventType.REQUEST_INTENT, exchange, attributes));
        } catch (AuditUnavailableException e) {
            throw unavailable(exchange);
        }
    }

    /** The purpose's retention from the record of processing, else the configured one. */
    private Instant expiry(Exchange exchange, Instant now) {
        return now.plus(exchange.decision().flatMap(decision -> decision.purpose())
                .map(purpose -> Duration.ofDays(purpose.retentionDays())).orElse(subjectRetention));
    }

    /**
     * Keeps the request as the caller sent it, when the purpose says so: the original, not the form forwarded after
     * redaction or pseudonymisation, because what the organisation decided to keep is what its staff asked (and a
     * pseudonymised prompt could not be read back once its per-request placeholders are gone).
     */
    private void keepPrompt(Exchange exchange, Set<SubjectMention> mentions, Instant expires, Map<String, Object> attributes) {
        ContentKeeping keeping = exchange.decision().flatMap(decision -> decision.purpose())
                .map(Purpose::keepContent).orElse(ContentKeeping.NONE);
        if (!keeping.keepsPrompt()) {
            return;
        }
        String tenant = exchange.principal().tenant();
        TreeSet<String> keys = new TreeSet<>();
        mentions.forEach(mention -> keys.add(subjectKeys.of(tenant, mention.normalisedValue())));
        ContentCapture capture = new ContentCapture(contents.seal(tenant, exchange.requestId(), exchange.purpose(), keys,
                expires), keeping.keepsAnswer(), maxAnswerBytes);
        exchange.contentCapture(capture);
        attributes.put("content_kept", keeping.wireName());
        attributes.put("prompt_content_hash", capture.keepPrompt(exchange.rawBody().getBytes()));
    }

    private List<SubjectReference> references(Exchange exchange, Set<SubjectMention> mentions, Instant now, Instant expires) {
        String tenant = exchange.principal().tenant();
        Map<String, SubjectReference> unique = new LinkedHashMap<>();
        for (SubjectMention mention : mentions) {
            String key = subjectKeys.of(tenant, mention.normalisedValue());
            unique.putIfAbsent(key + mention.type(), new SubjectReference(tenant, key, mention.type().name(),
                    exchange.requestId(), exchange.purpose(), now, Optional.of(expires)));
        }
        return List.copyOf(unique.values());
    }

    /**
     * Records a refusal. Blocking, but best effort: the caller gets the refusal either way, since nothing was
     * forwarded; a refusal that could not be recorded is logged.
     */
    public void refusal(Exchange exchange, GatewayException refused) {
        Map<String, Object> attributes = common(exchange);
        attributes.put("status", refused.status());
        attributes.put("error_code", refused.code());
        attributes.put("decision", "block");
        try {
            writer.append(event(EventType.REQUEST_REFUSED, exchange, attributes)).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            Log.warnf("%s: the refusal (%s) could not be recorded: %s", exchange.requestId(), refused.code(), e.getMessage());
        }
    }

    /** Queues the completion event; the stage completes once it is committed. Non-blocking. */
    public CompletionStage<?> completion(Exchange exchange, RoutedResponse routed, Outcome outcome) {
        Map<String, Object> attributes = common(exchange);
        attributes.put("backend", routed.route().backend().id());
        attributes.put("region", routed.route().backend().region());
        attributes.put("attempts", routed.attempts());
        return completion(exchange, attributes, outcome);
    }

    /** Queues the completion of a request no backend answered (unreachable, timed out, circuit open). */
    public CompletionStage<?> completion(Exchange exchange, GatewayException failure) {
        return completion(exchange, common(exchange),
                Outcome.failed(failure.status(), "no_backend_answer", failure.code(), Optional.empty()));
    }

    private CompletionStage<?> completion(Exchange exchange, Map<String, Object> attributes, Outcome outcome) {
        attributes.put("status", outcome.status());
        attributes.put("result", outcome.result());
        attributes.put("latency_ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - exchange.receivedNanos()));
        outcome.errorCode().ifPresent(code -> attributes.put("error_code", code));
        exchange.answerFindings().putInto(attributes, "output_findings.", "output_entity_types");
        outcome.usage().ifPresent(usage -> {
            attributes.put("prompt_tokens", usage.promptTokens());
            attributes.put("completion_tokens", usage.completionTokens());
            attributes.put("total_tokens", usage.totalTokens());
        });
        Optional<ContentCapture> capture = exchange.contentCapture();
        if (capture.isEmpty()) {
            return writer.append(event(EventType.REQUEST_COMPLETION, exchange, attributes));
        }
        if (!capture.get().hasAnswer()) {
            capture.get().close();
            return writer.append(event(EventType.REQUEST_COMPLETION, exchange, attributes));
        }
        return CompletableFuture.supplyAsync(capture.get()::keepAnswer, BLOCKING)
                .thenCompose(hash -> {
                    attributes.put("answer_content_hash", hash);
                    return writer.append(event(EventType.REQUEST_COMPLETION, exchange, attributes));
                })
                .whenComplete((committed, failure) -> capture.get().close());
    }

    public static GatewayException unavailable(Exchange exchange) {
        return GatewayException.auditUnavailable("The gateway cannot record this request in its register, so it does not process it. Try again later "
                        + "(request id " + exchange.requestId() + ").");
    }

    private Map<String, Object> common(Exchange exchange) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("endpoint", exchange.endpoint().path());
        exchange.parsedModel().ifPresent(model -> attributes.put("model", model));
        if (exchange.parsedModel().isPresent()) {
            attributes.put("stream", exchange.stream());
        }
        exchange.purpose().ifPresent(purpose -> attributes.put("purpose", purpose));
        exchange.authenticatedPrincipal().ifPresent(principal ->
                attributes.put("credential", principal.kind().name().toLowerCase(Locale.ROOT)));
        exchange.decision().ifPresent(decision -> {
            attributes.put("policy_bundle", decision.bundleHash());
            attributes.put("rule_id", decision.ruleId());
            attributes.put("legal_ref", decision.legalRef());
            attributes.put("rule_ids", String.join(",", decision.matchedRules()));
            decision.purpose().ifPresent(purpose -> attributes.put("legal_basis", purpose.legalBasis().name().toLowerCase(Locale.ROOT)));
        });
        return attributes;
    }

    private AuditEvent event(EventType type, Exchange exchange, Map<String, Object> attributes) {
        Principal principal = exchange.authenticatedPrincipal().orElse(null);
        String tenant = principal == null ? UNAUTHENTICATED : principal.tenant();
        String who = principal == null ? UNAUTHENTICATED : pseudonyms.of(tenant, principal.id());
        return new AuditEvent(type, Instant.now(), exchange.requestId(), tenant, who, attributes);
    }
}
