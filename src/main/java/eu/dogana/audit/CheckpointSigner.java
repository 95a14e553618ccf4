package eu.dogana.audit;

import eu.dogana.storage.SecretFile;
import eu.dogana.storage.StorageConfig;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Signs checkpoints with Ed25519 (the JDK's own implementation). The key pair lives in the register home
 * ({@value #KEY_FILE}, owner-only); the public key is published next to the checkpoint files as
 * {@code checkpoints/public-key.pem}, which is all an external auditor needs besides an export.
 */
@Singleton
public final class CheckpointSigner {

    static final String KEY_FILE = "checkpoint-ed25519.key";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    CheckpointSigner(StorageConfig storage) {
        String stored = SecretFile.loadOrCreate(storage.homeDir().resolve(KEY_FILE), CheckpointSigner::newKeyPair,
                "the checkpoint signing key (Ed25519)");
        String[] parts = stored.split("\\s+");
        try {
            KeyFactory keys = KeyFactory.getInstance("Ed25519");
            this.privateKey = keys.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(parts[0])));
            this.publicKey = keys.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(parts[1])));
        } catch (GeneralSecurityException | ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
            throw new IllegalStateException("the checkpoint signing key in " + KEY_FILE + " is unreadable", e);
        }
        publish(storage.homeDir().resolve("checkpoints").resolve("public-key.pem"));
    }

    /** Base64 Ed25519 signature of the statement's UTF-8 bytes. */
    public String sign(String statement) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(statement.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 15+ platform", e);
        }
    }

    public boolean verify(String statement, String signatureBase64) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(publicKey);
            signature.update(statement.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** PEM of the public key (SubjectPublicKeyInfo). */
    public String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(publicKey.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
    }

    private void publish(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, publicKeyPem(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish the checkpoint public key to " + file, e);
        }
    }

    private static String newKeyPair() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            return Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + " "
                    + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 15+ platform", e);
        }
    }
}
