package eu.dogana.backend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackendErrorTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void readsVllmShape() {
        assertThat(parse("{\"object\":\"error\",\"message\":\"context too long\",\"type\":\"BadRequestError\",\"param\":null,\"code\":400}"))
                .isEqualTo(new BackendError("context too long", Optional.of("BadRequestError")));
    }

    @Test
    void readsOpenAiAndLlamaCppShape() {
        assertThat(parse("{\"error\":{\"code\":500,\"message\":\"failed to decode\",\"type\":\"server_error\"}}"))
                .isEqualTo(new BackendError("failed to decode", Optional.of("server_error")));
    }

    @Test
    void readsOllamaShape() {
        assertThat(parse("{\"error\":\"model 'x' not found\"}")).isEqualTo(new BackendError("model 'x' not found", Optional.empty()));
    }

    @Test
    void plainTextKeepsFirstLineOnly() {
        assertThat(parse("upstream connect error\nsecond line").message()).isEqualTo("upstream connect error");
    }

    @Test
    void dropsStackTracesAndHtml() {
        assertThat(parse("Traceback (most recent call last):\n  File \"/srv/app.py\"").message()).isEmpty();
        assertThat(parse("java.lang.IllegalStateException: boom\n\tat com.example.Foo.bar(Foo.java:1)").message()).isEmpty();
        assertThat(parse("<html><body>502 Bad Gateway</body></html>").message()).isEmpty();
        assertThat(parse("").message()).isEmpty();
    }

    @Test
    void limitsLengthAndControlCharacters() {
        String message = parse("{\"error\":{\"message\":\"" + "x".repeat(2000) + "\\u0007\"}}").message();
        assertThat(message).hasSize(500).doesNotContain("\u0007");
    }

    private BackendError parse(String body) {
        return BackendError.parse(body.getBytes(StandardCharsets.UTF_8), json);
    }
}
