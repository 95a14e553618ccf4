package eu.dogana.gateway.privacy;

/** What a text field of an OpenAI document holds, which decides how values are written back into it. */
public enum TextKind {
    /** Prose: message content, a completion prompt, an embedding input. */
    PLAIN,
    /**
     * One string value inside tool-call arguments that are valid JSON, decoded: values are written back as they are,
     * and {@link JsonArguments} encodes the document around them again.
     */
    ARGUMENT_VALUE,
    /**
     * Tool-call arguments that are not valid JSON (truncated, say), as raw text: values written back must be
     * JSON-escaped ({@link JsonArguments#applyRaw}).
     */
    JSON_ARGUMENTS
}
