package eu.dogana.pii.pseudonym;

/**
 * Restores placeholders in text that arrives in pieces of any size, such as the {@code content} deltas of a
 * streamed answer, where {@code PERSON_12} may arrive as {@code "PER"}, {@code "SON_1"}, {@code "2 said"}.
 *
 * <p>Only what could still become one of this request's placeholders is held back: the unterminated run of
 * placeholder characters at the end of the text received so far, and only while it is a prefix of a placeholder
 * the vault knows. Everything before it is restored and returned at once, so a stream without placeholders flows
 * through unchanged and undelayed.
 *
 * <p>One instance per stream of text (per choice, per field, per tool call); not thread-safe.
 */
public final class StreamRestorer {

    private final Restorer restorer;
    private final PseudonymVault vault;
    private final StringBuilder held = new StringBuilder();
    private char lastEmitted = ' ';

    StreamRestorer(Restorer restorer, PseudonymVault vault) {
        this.restorer = restorer;
        this.vault = vault;
    }

    /** Takes the next piece; returns the restored text that can be sent now (possibly empty). */
    public String push(String piece) {
        if (vault.isEmpty()) {
            return piece;
        }
        String text = held.isEmpty() ? piece : held.append(piece).toString();
        held.setLength(0);
        int keepFrom = heldTailStart(text);
        String ready = text.substring(0, keepFrom);
        held.append(text, keepFrom, text.length());
        return emit(ready);
    }

    /** The end of the stream: whatever was held back, restored. */
    public String finish() {
        String rest = held.toString();
        held.setLength(0);
        return emit(rest);
    }

    /** Whether text is being held back now. */
    public boolean holding() {
        return !held.isEmpty();
    }

    private String emit(String ready) {
        if (ready.isEmpty()) {
            return ready;
        }
        // A token directly after a word character is no placeholder; the restorer sees only this piece, so
        // guard the join with the last character sent.
        String restored;
        if (!Placeholders.canStartAfter(lastEmitted) && ready.charAt(0) >= 'A' && ready.charAt(0) <= 'Z') {
            int end = Placeholders.tokenEnd(ready, 0);
            restored = ready.substring(0, end) + restorer.restore(ready.substring(end));
        } else {
            restored = restorer.restore(ready);
        }
        lastEmitted = ready.charAt(ready.length() - 1);
        return restored;
    }

    /**
     * Where the tail that must wait begins: the start of the trailing run of placeholder characters, if that run
     * begins a word and is a prefix of a known placeholder; else the end of the text.
     */
    private int heldTailStart(String text) {
        int start = text.length();
        while (start > 0 && Placeholders.isTokenChar(text.charAt(start - 1))) {
            start--;
        }
        if (start == text.length()) {
            return start;
        }
        char before = start > 0 ? text.charAt(start - 1) : lastEmitted;
        if (!Placeholders.canStartAfter(before)) {
            return text.length();
        }
        if (text.charAt(start) < 'A' || text.charAt(start) > 'Z') {
            return text.length();
        }
        return vault.isPrefixOfPlaceholder(text.subSequence(start, text.length())) ? start : text.length();
    }
}
