package eu.dogana;

import eu.dogana.audit.export.ExportCheck;
import eu.dogana.policy.cli.PolicyCheck;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.Arrays;

/**
 * The entry point of {@code quarkus-run.jar}. {@code java -jar quarkus-run.jar policy check policies/} checks a
 * policy bundle and {@code java -jar quarkus-run.jar audit verify <export>} verifies a register export, each
 * without starting the application (no HTTP port, no database); any other arguments start
 * the gateway as usual.
 */
@QuarkusMain
public final class DoganaMain {

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("policy")) {
            System.exit(PolicyCheck.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("audit")) {
            System.exit(ExportCheck.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        Quarkus.run(args);
    }
}
