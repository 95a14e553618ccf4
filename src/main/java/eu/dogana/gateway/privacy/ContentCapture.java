package eu.dogana.gateway.privacy;

import static java.util.Objects.requireNonNull;

import eu.dogana.audit.content.ContentPart;
import eu.dogana.audit.content.ContentSeal;
import io.vertx.core.buffer.Buffer;

/**
 * What a request whose purpose keeps content ({@code keep_content}) keeps while it is in flight: the seal that
 * holds its data key from the intent on, and, when the answer is kept too, the answer as the caller receives it —
 * a complete body, or a stream's events as relayed — up to a size limit. Lives on one request's event loop.
 */
public final class ContentCapture {

    private final ContentSeal seal;
    private final boolean keepsAnswer;
    private final int maxAnswerBytes;
    private final Buffer answer = Buffer.buffer();
    private String answerMediaType = "application/json";
    private boolean truncated;

    public ContentCapture(ContentSeal seal, boolean keepsAnswer, int maxAnswerBytes) {
        this.seal = requireNonNull(seal, "seal is null");
        this.keepsAnswer = keepsAnswer;
        this.maxAnswerBytes = maxAnswerBytes;
    }

    /** Whether the relay should hand over the answer's bytes at all. */
    public boolean keepsAnswer() {
        return keepsAnswer;
    }

    /** Appends bytes the caller is sent, as far as the size limit allows. */
    public void answer(String mediaType, Buffer sent) {
        if (!keepsAnswer) {
            return;
        }
        answerMediaType = mediaType;
        int room = maxAnswerBytes - answer.length();
        if (sent.length() > room) {
            truncated = true;
            if (room > 0) {
                answer.appendBuffer(sent, 0, room);
            }
            return;
        }
        answer.appendBuffer(sent);
    }

    public boolean hasAnswer() {
        return keepsAnswer && answer.length() > 0;
    }

    /** Stores the prompt. Blocking; returns its content hash. */
    public String keepPrompt(byte[] prompt) {
        return seal.keep(ContentPart.PROMPT, "application/json", prompt, false);
    }

    /** Stores the answer captured so far. Blocking; returns its content hash. */
    public String keepAnswer() {
        return seal.keep(ContentPart.ANSWER, answerMediaType, answer.getBytes(), truncated);
    }

    /** The request is over: its data key is wiped from memory. */
    public void close() {
        seal.destroy();
    }

    @Override
    public String toString() {
        return "ContentCapture[" + seal + "]";
    }
}
