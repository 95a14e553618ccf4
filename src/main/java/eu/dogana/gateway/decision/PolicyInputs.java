package eu.dogana.gateway.decision;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dogana.backend.ModelRoute;
import eu.dogana.gateway.Exchange;
import eu.dogana.gateway.privacy.FindingCounts;
import eu.dogana.policy.FindingsSummary;
import eu.dogana.policy.PolicyInput;
import eu.dogana.policy.RequestFacts;
import eu.dogana.security.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What the policy sees of an exchange: identity, purpose, model, candidate regions, finding counts, request facts. */
public final class PolicyInputs {

    /** A rough token count, as a policy limit needs it before any tokenizer ran: four bytes a token. */
    private static final int BYTES_PER_TOKEN = 4;

    public static int estimatedPromptTokens(Exchange exchange) {
        return exchange.rawBody().length() / BYTES_PER_TOKEN;
    }

    private PolicyInputs() {
    }

    public static PolicyInput of(Exchange exchange) {
        Set<String> roles = exchange.principal().roles().stream().map(Role::wireName).collect(Collectors.toSet());
        Set<String> regions = new LinkedHashSet<>();
        for (ModelRoute route : exchange.routes()) {
            regions.add(route.backend().region());
        }
        FindingCounts counts = exchange.scannedPrompt().map(scanned -> scanned.counts()).orElse(FindingCounts.NONE);
        int minors = exchange.scannedPrompt().map(scanned -> scanned.minors()).orElse(0);
        return new PolicyInput(exchange.principal().id(), exchange.principal().tenant(), roles,
                exchange.purpose().orElse(null), exchange.model(), List.copyOf(regions),
                new FindingsSummary(counts.byType(), Set.of(), minors),
                new RequestFacts(estimatedPromptTokens(exchange), exchange.stream(), tools(exchange)),
                Instant.now());
    }

    private static List<String> tools(Exchange exchange) {
        List<String> names = new ArrayList<>();
        for (JsonNode tool : exchange.body().path("tools")) {
            String name = tool.path("function").path("name").asText("");
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }
}
