package eu.dogana.gateway.decision;

import eu.dogana.audit.retention.PurposeRetentions;
import eu.dogana.policy.PolicyBundles;
import eu.dogana.policy.Purpose;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Each purpose's {@code retention_days} in the policy bundle in force, for the register's retention job. */
@Singleton
public final class PolicyRetentions implements PurposeRetentions {

    private final PolicyBundles bundles;

    PolicyRetentions(PolicyBundles bundles) {
        this.bundles = bundles;
    }

    @Override
    public Map<String, Duration> current() {
        Map<String, Duration> retentions = new LinkedHashMap<>();
        for (Purpose purpose : bundles.current().purposes().values()) {
            retentions.put(purpose.id(), Duration.ofDays(purpose.retentionDays()));
        }
        return retentions;
    }
}
