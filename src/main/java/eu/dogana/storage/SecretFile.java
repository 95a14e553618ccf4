package eu.dogana.storage;

import io.quarkus.logging.Log;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;

/**
 * A secret kept in a file of the register home, created on first use with owner-only permissions (0600).
 * The file is created empty with its final permissions before the secret is written, so the secret is never
 * readable by others, not even for a moment. Two processes racing to create it agree on the first one's value.
 */
public final class SecretFile {

    private SecretFile() {
    }

    /**
     * The secret in {@code file}, generating it with {@code generator} when the file does not exist yet.
     *
     * @param what what the secret is, for the log line that says where it was written (the value never is)
     */
    public static String loadOrCreate(Path file, Supplier<String> generator, String what) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (FileAlreadyExistsException raced) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            String generated = generator.get();
            Files.writeString(file, generated + "\n", StandardCharsets.UTF_8);
            Log.infof("Generated %s into %s (mode 0600)", what, file.toAbsolutePath());
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file.toAbsolutePath(), e);
        }
    }
}
