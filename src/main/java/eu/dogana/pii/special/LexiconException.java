package eu.dogana.pii.special;

/**
 * A lexicon file could not be used: a malformed line, an unknown file name, a phrase listed under two categories.
 * The message names the file and line, e.g. {@code de/health.txt:12: weight must be a number in [0, 1]; got: 'x'}.
 */
public final class LexiconException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LexiconException(String message) {
        super(message);
    }

    public LexiconException(String message, Throwable cause) {
        super(message, cause);
    }
}
