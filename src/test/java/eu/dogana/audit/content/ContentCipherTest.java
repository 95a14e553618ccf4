package eu.dogana.audit.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentCipherTest {

    private static final byte[] PROMPT = "{\"messages\":[{\"role\":\"user\",\"content\":\"IBAN IT60X0542811101000000123456\"}]}"
            .getBytes(StandardCharsets.UTF_8);

    private final ContentCipher cipher = new ContentCipher();
    private final byte[] context = ContentStore.itemContext("acme", "req-1", ContentPart.PROMPT);

    @Test
    void sealedContentOpensUnderItsKeyAndContext() {
        byte[] key = cipher.newKey();
        ContentCipher.Sealed sealed = cipher.seal(key, PROMPT, context);
        assertThat(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("IT60");
        assertThat(sealed.ciphertext()).hasSize(PROMPT.length + 16);
        assertThat(cipher.open(key, sealed, context)).isEqualTo(PROMPT);
        // a fresh nonce each time: the same content never gives the same ciphertext or hash
        ContentCipher.Sealed again = cipher.seal(key, PROMPT, context);
        assertThat(again.nonce()).isNotEqualTo(sealed.nonce());
        assertThat(ContentStore.contentHash(again)).isNotEqualTo(ContentStore.contentHash(sealed)).hasSize(64);
    }

    @Test
    void aChangedByteOfCiphertextOrNonceIsRejected() {
        byte[] key = cipher.newKey();
        ContentCipher.Sealed sealed = cipher.seal(key, PROMPT, context);
        for (int i : new int[] {0, PROMPT.length / 2, sealed.ciphertext().length - 1}) {
            byte[] tampered = sealed.ciphertext().clone();
            tampered[i] ^= 0x01;
            assertThatThrownBy(() -> cipher.open(key, new ContentCipher.Sealed(sealed.nonce(), tampered), context))
                    .isInstanceOf(ContentUnreadableException.class);
        }
        byte[] nonce = sealed.nonce().clone();
        nonce[3] ^= (byte) 0x80;
        assertThatThrownBy(() -> cipher.open(key, new ContentCipher.Sealed(nonce, sealed.ciphertext()), context))
                .isInstanceOf(ContentUnreadableException.class);
        byte[] cut = java.util.Arrays.copyOf(sealed.ciphertext(), sealed.ciphertext().length - 1);
        assertThatThrownBy(() -> cipher.open(key, new ContentCipher.Sealed(sealed.nonce(), cut), context))
                .isInstanceOf(ContentUnreadableException.class);
    }

    @Test
    void aWrongKeyOrAnotherPlaceIsRejected() {
        byte[] key = cipher.newKey();
        ContentCipher.Sealed sealed = cipher.seal(key, PROMPT, context);
        assertThatThrownBy(() -> cipher.open(cipher.newKey(), sealed, context))
                .isInstanceOf(ContentUnreadableException.class)
                .hasMessageNotContaining("IT60");
        // the same ciphertext moved to another request, part or tenant does not open
        for (byte[] elsewhere : List.of(ContentStore.itemContext("acme", "req-2", ContentPart.PROMPT),
                ContentStore.itemContext("acme", "req-1", ContentPart.ANSWER),
                ContentStore.itemContext("other", "req-1", ContentPart.PROMPT))) {
            assertThatThrownBy(() -> cipher.open(key, sealed, elsewhere)).isInstanceOf(ContentUnreadableException.class);
        }
        assertThatThrownBy(() -> cipher.open(new byte[16], sealed, context)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyShareIsNeededToRebuildTheDataKey() {
        KeyShares shares = new KeyShares();
        byte[] key = cipher.newKey();
        ContentCipher.Sealed sealed = cipher.seal(key, PROMPT, context);
        for (int subjects = 1; subjects <= 4; subjects++) {
            List<byte[]> split = shares.split(key, subjects);
            assertThat(split).hasSize(subjects);
            assertThat(KeyShares.combine(split)).isEqualTo(key);
            if (subjects > 1) {
                split.forEach(share -> assertThat(share).isNotEqualTo(key));
                for (int erased = 0; erased < subjects; erased++) {
                    List<byte[]> survivors = new ArrayList<>(split);
                    survivors.remove(erased);
                    byte[] rebuilt = KeyShares.combine(survivors);
                    assertThat(rebuilt).isNotEqualTo(key);
                    assertThatThrownBy(() -> cipher.open(rebuilt, sealed, context))
                            .isInstanceOf(ContentUnreadableException.class);
                }
            }
        }
        assertThatThrownBy(() -> shares.split(key, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sharesUnwrapOnlyUnderTheirMasterKeyAndInTheirRow() {
        MasterContentKey master = new MasterContentKey("master secret one", cipher);
        byte[] share = cipher.newKey();
        byte[] row = ContentStore.shareContext("acme", "req-1", "k1", "hmac:aa");
        byte[] wrapped = master.wrap(share, row);
        assertThat(master.unwrap(wrapped, row)).isEqualTo(share);
        assertThatThrownBy(() -> new MasterContentKey("master secret two", cipher).unwrap(wrapped, row))
                .isInstanceOf(ContentUnreadableException.class);
        assertThatThrownBy(() -> master.unwrap(wrapped, ContentStore.shareContext("acme", "req-1", "k1", "hmac:bb")))
                .isInstanceOf(ContentUnreadableException.class);
        byte[] tampered = wrapped.clone();
        tampered[tampered.length - 5] ^= 0x10;
        assertThatThrownBy(() -> master.unwrap(tampered, row)).isInstanceOf(ContentUnreadableException.class);
        assertThatThrownBy(() -> master.unwrap(new byte[5], row)).isInstanceOf(ContentUnreadableException.class);
    }
}
