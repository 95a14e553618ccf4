package eu.dogana.gateway;

/** Headers Dogana adds to its answers (DESIGN.md, "Interfaces"). */
public final class ResponseHeaders {

    public static final String REQUEST_ID = "X-Dogana-Request-Id";
    public static final String DECISION = "X-Dogana-Decision";
    /** SHA-256 of the policy bundle that decided the request, as the register records it. */
    public static final String POLICY = "X-Dogana-Policy";
    /** EU AI Act Art. 50: content produced by an AI system is marked as such, machine-readably. */
    public static final String AI_GENERATED = "X-AI-Generated";

    private ResponseHeaders() {
    }
}
