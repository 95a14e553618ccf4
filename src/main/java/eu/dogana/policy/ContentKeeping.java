package eu.dogana.policy;

import java.util.Optional;

/**
 * What a purpose keeps of its requests' content ({@code keep_content} in the bundle), for as long as the purpose's
 * {@code retention_days}. Kept content lives only in the register's erasable, encrypted side tables
 * ({@code eu.dogana.audit.content}); the chained events hold its hash. Keeping content is a decision of the DPO,
 * recorded in the record of processing: the baseline keeps nothing.
 */
public enum ContentKeeping {
    /** Nothing of the prompt or answer is kept (the default): the register holds metadata only. */
    NONE("none"),
    /** The request as the caller sent it. */
    PROMPT("prompt"),
    /** The request as the caller sent it and the answer as the caller received it. */
    PROMPT_AND_ANSWER("prompt_and_answer");

    private final String wireName;

    ContentKeeping(String wireName) {
        this.wireName = wireName;
    }

    /** The name in the policy YAML. */
    public String wireName() {
        return wireName;
    }

    public boolean keepsPrompt() {
        return this != NONE;
    }

    public boolean keepsAnswer() {
        return this == PROMPT_AND_ANSWER;
    }

    public static Optional<ContentKeeping> fromWireName(String name) {
        for (ContentKeeping keeping : values()) {
            if (keeping.wireName.equals(name)) {
                return Optional.of(keeping);
            }
        }
        return Optional.empty();
    }
}
