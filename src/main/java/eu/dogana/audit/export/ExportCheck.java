package eu.dogana.audit.export;

import eu.dogana.audit.Verification;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code java -jar quarkus-run.jar audit verify <export.jsonl> [--public-key <public-key.pem>]}: the external
 * auditor's check. Exit 0 when every chain and checkpoint holds, 1 with the first break (node, sequence number,
 * kind), 2 on a usage or file error.
 */
public final class ExportCheck {

    private ExportCheck() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || !args[0].equals("verify") || (args.length != 2 && args.length != 4)
                || (args.length == 4 && !args[2].equals("--public-key"))) {
            err.println("usage: audit verify <export.jsonl> [--public-key <public-key.pem>]");
            return 2;
        }
        try (BufferedReader export = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
            Optional<String> key = args.length == 4 ? Optional.of(Files.readString(Path.of(args[3]))) : Optional.empty();
            if (key.isEmpty()) {
                err.println("warning: trusting the public key inside the export; pass --public-key to check it against "
                        + "the one the organisation published");
            }
            Verification result = new ExportVerifier().verify(export, key);
            if (result.intact()) {
                out.println("intact: " + result.eventsChecked() + " events in " + result.chains().size()
                        + " chain(s), every checkpoint signature, Merkle root and tree root holds");
                result.chains().forEach(chain -> out.println("  " + chain.node() + ": " + chain.lastSeq() + " events, head "
                        + chain.headChainHash()));
                return 0;
            }
            Verification.Break broken = result.firstBreak().orElseThrow();
            out.println("BROKEN at " + broken.node() + "#" + broken.seq() + ": " + broken.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + " - " + broken.detail());
            return 1;
        } catch (IOException e) {
            err.println("cannot verify " + args[1] + ": " + e.getMessage());
            return 2;
        }
    }
}
