package eu.dogana.audit.content;

import java.util.Locale;

/** Which part of a request's content a kept item is. */
public enum ContentPart {
    /** The request as the caller sent it. */
    PROMPT,
    /** The answer as the caller received it. */
    ANSWER;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
