package eu.dogana.gateway.stage;

import eu.dogana.backend.ModelRoute;
import eu.dogana.gateway.Exchange;
import eu.dogana.gateway.decision.PolicyInputs;
import eu.dogana.gateway.error.GatewayException;
import eu.dogana.gateway.privacy.AnswerGuard;
import eu.dogana.gateway.privacy.AnswerPolicy;
import eu.dogana.gateway.privacy.PolicyOperators;
import eu.dogana.policy.Decision;
import eu.dogana.policy.OutputPolicy;
import eu.dogana.policy.PolicyBundles;
import eu.dogana.policy.PolicyEngine;
import eu.dogana.policy.Rule;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Asks the policy bundle in force about the request (who, for which purpose, which model, where it would be
 * processed, what personal data it holds) and applies the answer: a refusal is 403 with the rule id as
 * {@code code} and the legal reference in the message; a required header must be present; backends outside the
 * admitted regions, or not named by a route rule, are dropped; the output treatment is fixed for the relay.
 */
@Singleton
public final class DecideStage implements RequestStage {

    private final PolicyEngine engine;
    private final PolicyBundles bundles;
    private final AnswerGuard answers;

    DecideStage(PolicyEngine engine, PolicyBundles bundles, AnswerGuard answers) {
        this.engine = engine;
        this.bundles = bundles;
        this.answers = answers;
    }

    @Override
    public void process(Exchange exchange) {
        Decision decision = engine.decide(PolicyInputs.of(exchange));
        exchange.decision(decision);
        if (decision.denied()) {
            throw refusal(decision.ruleId(), decision.reason(), decision.legalRef());
        }
        for (String header : decision.requiredHeaders()) {
            if (exchange.headers().get(header) == null || exchange.headers().get(header).isBlank()) {
                Rule rule = requiring(header);
                throw refusal(rule == null ? "required_header" : rule.id(),
                        (rule == null ? "This request needs a header" : rule.reason()) + ": send the header " + header,
                        rule == null ? "" : rule.legalRef());
            }
        }
        List<ModelRoute> routes = exchange.routes().stream()
                .filter(route -> decision.eligibleRegions().contains(route.backend().region()))
                .filter(route -> decision.route().flatMap(r -> r.backend()).map(id -> id.equals(route.backend().id())).orElse(true))
                .toList();
        if (routes.isEmpty()) {
            throw refusal("residency", "No backend the policy admits can serve the model '" + exchange.model()
                    + "' (admitted regions: " + String.join(", ", decision.allowedRegions()) + ")", "GDPR Art. 44");
        }
        exchange.routes(routes);
        OutputPolicy output = decision.output();
        AnswerPolicy defaults = answers.defaults();
        exchange.answerPolicy(new AnswerPolicy(output.dropReasoning(), output.scanAnswers() || defaults.scan(),
                defaults.plan().with(PolicyOperators.of(output.answerTransforms()))));
    }

    private Rule requiring(String header) {
        return bundles.current().rules().stream()
                .filter(rule -> rule.requiredHeader().map(header::equalsIgnoreCase).orElse(false))
                .findFirst().orElse(null);
    }

    /** 403 in the OpenAI shape; the message names the law and what the caller can do. */
    static GatewayException refusal(String ruleId, String reason, String legalRef) {
        String message = reason.endsWith(".") ? reason : reason + ".";
        if (!legalRef.isBlank()) {
            message += " (" + legalRef + ")";
        }
        return GatewayException.forbidden(ruleId, message);
    }
}
