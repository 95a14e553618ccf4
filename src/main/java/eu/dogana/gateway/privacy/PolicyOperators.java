package eu.dogana.gateway.privacy;

import eu.dogana.pii.EntityType;
import eu.dogana.pii.transform.Operator;
import eu.dogana.policy.Transform;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** A policy's transforms as the PII operators that carry them out. */
public final class PolicyOperators {

    private PolicyOperators() {
    }

    public static Map<EntityType, Operator> of(Map<EntityType, Transform> transforms) {
        Map<EntityType, Operator> operators = new EnumMap<>(EntityType.class);
        transforms.forEach((type, transform) -> operators.put(type, of(transform)));
        return operators;
    }

    static Operator of(Transform transform) {
        return switch (transform.operator()) {
            case KEEP -> Operator.KEEP;
            case MASK -> new Operator.Mask('*', transform.keepLast());
            case PSEUDONYMIZE -> Operator.PSEUDONYMIZE;
            case HASH -> Operator.HASH;
            case REPLACE -> new Operator.Replace(transform.replacement().isEmpty()
                    ? Optional.empty() : Optional.of(transform.replacement()));
            case REDACT -> Operator.REDACT;
        };
    }
}
