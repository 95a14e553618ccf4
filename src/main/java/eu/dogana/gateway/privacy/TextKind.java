package eu.dogana.gateway.privacy;

/** What a text field of an OpenAI document holds, which decides how values are written back into it. */
public enum TextKind {
    /** Prose: message content, a completion prompt, an embedding input. */
    PLAIN,
    /** A JSON document in a string: tool-call arguments. Restored values must be JSON-escaped. */
    JSON_ARGUMENTS
}
