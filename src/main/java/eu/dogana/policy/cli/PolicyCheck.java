package eu.dogana.policy.cli;

import eu.dogana.policy.Action;
import eu.dogana.policy.LoadResult;
import eu.dogana.policy.PolicyBundle;
import eu.dogana.policy.PolicyError;
import eu.dogana.policy.PolicyLoader;
import eu.dogana.policy.Rule;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code policy check [DIR]}: loads a bundle as the gateway would and reports. On errors, prints each as
 * {@code file:line:col: message} (file relative to DIR) on standard error and exits 1; otherwise prints a summary and
 * the bundle's SHA-256 on standard output and exits 0. Usage errors exit 2. Starts nothing: no HTTP, no database.
 */
public final class PolicyCheck {

    private PolicyCheck() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the check. Accepts {@code check DIR}, {@code DIR}, or nothing (the directory {@code policies}).
     *
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        int first = args.length > 0 && args[0].equals("check") ? 1 : 0;
        if (args.length - first > 1 || (args.length > first && args[first].startsWith("-"))) {
            err.println("usage: policy check [DIR]   (DIR defaults to policies)");
            return 2;
        }
        Path dir = Path.of(args.length > first ? args[first] : "policies");
        LoadResult result = new PolicyLoader().load(dir);
        if (!result.ok()) {
            for (PolicyError error : result.errors()) {
                err.println(error);
            }
            err.println(result.errors().size() + (result.errors().size() == 1 ? " error" : " errors") + " in " + dir);
            return 1;
        }
        PolicyBundle bundle = result.bundle().orElseThrow();
        Map<Action, Integer> byAction = new EnumMap<>(Action.class);
        for (Rule rule : bundle.rules()) {
            byAction.merge(rule.action(), 1, Integer::sum);
        }
        out.println("policy bundle " + dir + ": OK");
        out.println("  files:     " + bundle.files().size() + " " + bundle.files());
        out.println("  purposes:  " + bundle.purposes().size() + " " + bundle.purposes().keySet());
        out.println("  rules:     " + bundle.rules().size() + " " + byAction);
        out.println("  residency: " + new TreeSet<>(bundle.allowedRegions()));
        out.println("  sha256:    " + bundle.hash());
        return 0;
    }
}
