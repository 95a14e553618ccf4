package eu.dogana.pii.pseudonym;

import java.util.function.UnaryOperator;

/**
 * Puts original values back in place of this request's placeholders in a complete text. Tokens that look like
 * placeholders but are not this request's are left as they are.
 */
public final class Restorer {

    private final PseudonymVault vault;
    private final UnaryOperator<String> escape;

    /**
     * @param escape applied to each restored value: identity for plain text, JSON string escaping for tool-call
     *               arguments (a name with a quote must not break the JSON the model wrote)
     */
    public Restorer(PseudonymVault vault, UnaryOperator<String> escape) {
        this.vault = vault;
        this.escape = escape;
    }

    public Restorer(PseudonymVault vault) {
        this(vault, UnaryOperator.identity());
    }

    public String restore(String text) {
        if (vault.isEmpty()) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 'A' || c > 'Z' || (i > 0 && !Placeholders.canStartAfter(text.charAt(i - 1)))) {
                continue;
            }
            int end = Placeholders.tokenEnd(text, i);
            boolean standsAlone = end == length || !Placeholders.isWordChar(text.charAt(end));
            String value = standsAlone && Placeholders.isPlaceholder(text, i, end)
                    ? vault.valueOf(text.substring(i, end)).orElse(null) : null;
            if (value != null) {
                if (out == null) {
                    out = new StringBuilder(length + 32);
                }
                out.append(text, copied, i).append(escape.apply(value));
                copied = end;
            }
            i = end - 1;
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, length).toString();
    }

    /** Restores one stream of text arriving in pieces; see {@link StreamRestorer}. */
    public StreamRestorer stream() {
        return new StreamRestorer(this, vault);
    }
}
