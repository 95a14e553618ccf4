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
import eu.dogana.gateway.privacy.SubjectMention;
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
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.time.Duration;

/**
 * What the gateway declares in the register about each request: the intent before forwarding, the completion
 * before the caller's last byte, or the refusal. Translates the gateway's view of a request into
 * {@link AuditEvent}s, metadata only: the register never sees a prompt or an answer.
 */
@Singleton
public final class RequestRegister {

    static final String UNAUTHENTICATED = "unauthenticated";

    private final AuditWriter writer;
    private final Pseudonyms pseudonyms;
    private final SubjectKeys subjectKeys;
    private final SubjectReferences subjects;
    private final Duration subjectRetention;

    RequestRegister(AuditWriter writer, Pseudonyms pseudonyms, SubjectKeys subjectKeys, SubjectReferences subjects,
                    AuditConfig config) {
        this.writer = writer;
        this.pseudonyms = pseudonyms;
        this.subjectKeys = subjectKeys;
        this.subjects = subjects;
        this.subjectRetention = config.subjectRetention();
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
        try {
            // References first: one left behind by a failed intent points at nothing and expires; an intent
            // without its references would hide a request from the data subject's access request.
            exchange.scannedPrompt().ifPresent(scanned -> subjects.record(references(exchange, scanned.subjects())));
            writer.appendAndWait(event(EventType.REQUEST_INTENT, exchange, attributes));
        } catch (AuditUnavailableException e) {
            throw unavailable(exchange);
        }
    }

    private List<SubjectReference> references(Exchange exchange, Set<SubjectMention> mentions) {
        String tenant = exchange.principal().tenant();
        Instant now = Instant.now();
        // the purpose's retention from the record of processing, else the configured one
        Instant expires = now.plus(exchange.decision().flatMap(decision -> decision.purpose())
                .map(purpose -> Duration.ofDays(purpose.retentionDays())).orElse(subjectRetention));
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
        return writer.append(event(EventType.REQUEST_COMPLETION, exchange, attributes));
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
