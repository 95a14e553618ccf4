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
     * One object key inside tool-call arguments that are valid JSON, decoded, handed over just before its value;
     * written back like a value. Usually schema ({@code "email"}), but a map keyed by e-mail address or name holds
     * personal data in its keys.
     */
    ARGUMENT_KEY,
    /**
     * Tool-call arguments that are not valid JSON (truncated, say), as raw text: values written back must be
     * JSON-escaped ({@link JsonArguments#applyRaw}).
     */
    JSON_ARGUMENTS
}
