package eu.dogana.audit.retention;

import java.time.Duration;
import java.util.Map;

/**
 * The retention of each purpose of processing in force now (the policy bundle's {@code retention_days}), by purpose
 * id. Supplied by the layer that knows the policy, so the register does not depend on it.
 */
public interface PurposeRetentions {

    Map<String, Duration> current();
}
