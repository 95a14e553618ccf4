package eu.dogana.gateway.sse;

import io.vertx.core.buffer.Buffer;

/** Serialises events the way OpenAI's API does: {@code data: <payload>\n\n}, one {@code data:} line per line. */
public final class SseWriter {

    private SseWriter() {
    }

    public static void append(Buffer out, SseEvent event) {
        if (!SseEvent.DEFAULT_NAME.equals(event.name())) {
            out.appendString("event: ").appendString(event.name()).appendString("\n");
        }
        String data = event.data();
        int start = 0;
        int newline;
        while ((newline = data.indexOf('\n', start)) >= 0) {
            out.appendString("data: ").appendString(data.substring(start, newline)).appendString("\n");
            start = newline + 1;
        }
        out.appendString("data: ").appendString(start == 0 ? data : data.substring(start)).appendString("\n\n");
    }

    public static void appendData(Buffer out, String data) {
        append(out, new SseEvent(SseEvent.DEFAULT_NAME, data));
    }
}
