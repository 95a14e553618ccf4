package eu.dogana.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import eu.dogana.it.support.BackendSimulator;
import eu.dogana.it.support.Gateway;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A deployment that screens streams ({@code dogana.pii.output.screen-streams}) has the answer operators applied to
 * streamed answers: a secret the model leaks is redacted even when it arrives three characters at a time, and the
 * rest of the answer arrives whole and in order.
 */
@QuarkusTest
@TestProfile(StreamScreeningTest.ScreenedStreams.class)
class StreamScreeningTest {

    private static final String TOKEN = "ghp_hwuw4wb8dLVlsdk1wnTRQWhYpZa8fG4aHkY1";

    public static final class ScreenedStreams implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dogana.pii.output.screen-streams", "true");
        }
    }

    @Test
    void aSecretTheModelLeaksIsRedactedFromTheStream() {
        assertThat(BackendSimulator.STREAMED_LEAK).contains(TOKEN);
        StringBuilder content = new StringBuilder();
        try (StreamResponse<ChatCompletionChunk> stream = Gateway.openAi(Gateway.callerKey()).chat().completions()
                .createStreaming(ChatCompletionCreateParams.builder().model("sim-leak")
                        .addUserMessage("Chi altro posso contattare?").build())) {
            stream.stream().forEach(chunk -> chunk.choices()
                    .forEach(choice -> choice.delta().content().ifPresent(content::append)));
        }
        // the default answer operators redact secrets only: the e-mail and IBAN of the leak stay, counted
        assertThat(content.toString()).isEqualTo(BackendSimulator.STREAMED_LEAK.replace(TOKEN, ""));
    }
}
