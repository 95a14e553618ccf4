package eu.dogana.gateway;

/** The OpenAI endpoints that are forwarded to a model, with what their bodies must contain. */
public enum Endpoint {
    CHAT_COMPLETIONS("/chat/completions", "messages", true),
    COMPLETIONS("/completions", "prompt", true),
    EMBEDDINGS("/embeddings", "input", false);

    private final String path;
    private final String inputField;
    private final boolean generative;

    Endpoint(String path, String inputField, boolean generative) {
        this.path = path;
        this.inputField = inputField;
        this.generative = generative;
    }

    /** Path below the API base, the same on the gateway ({@code /v1}) and on a backend's base URL. */
    public String path() {
        return path;
    }

    /** The required field that carries the input to the model. */
    public String inputField() {
        return inputField;
    }

    /** Produces model-generated content (EU AI Act Art. 50 disclosure) and may stream. */
    public boolean generative() {
        return generative;
    }
}
