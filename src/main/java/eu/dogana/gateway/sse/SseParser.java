package eu.dogana.gateway.sse;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Incremental parser of a {@code text/event-stream} body, as the WHATWG HTML standard defines it, fed with
 * whatever byte chunks the network delivers.
 *
 * <p>It survives what real inference servers send: lines ended by CRLF, LF or a lone CR (a CRLF split across
 * two chunks included); {@code :} comment lines (keep-alives); {@code data:} with or without the space; an
 * event split across many reads or many events in one read; multi-byte UTF-8 characters split between reads
 * (a line is decoded only once complete). A last event not followed by a blank line is still delivered by
 * {@link #end()}, because servers that are cut off, or sloppy, omit it.
 *
 * <p>Not thread-safe; one instance per stream. Events go to the consumer given at construction, in order.
 */
public final class SseParser {

    private static final int MAX_LINE = 16 * 1024 * 1024;

    private final Consumer<SseEvent> events;
    private byte[] line = new byte[256];
    private int lineLength;
    private boolean afterCarriageReturn;
    private final StringBuilder data = new StringBuilder();
    private boolean hasData;
    private String name = SseEvent.DEFAULT_NAME;

    public SseParser(Consumer<SseEvent> events) {
        this.events = requireNonNull(events, "events is null");
    }

    /** Consumes {@code length} bytes of {@code chunk} from {@code offset}, emitting every event completed. */
    public void feed(byte[] chunk, int offset, int length) {
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            byte b = chunk[i];
            if (b == '\n') {
                if (!afterCarriageReturn) {
                    endLine();
                }
                afterCarriageReturn = false;
            } else if (b == '\r') {
                endLine();
                afterCarriageReturn = true;
            } else {
                afterCarriageReturn = false;
                append(b);
            }
        }
    }

    public void feed(byte[] chunk) {
        feed(chunk, 0, chunk.length);
    }

    /** The stream has ended: delivers a pending event that lacked its terminating blank line. */
    public void end() {
        if (lineLength > 0) {
            endLine();
        }
        dispatch();
    }

    private void append(byte b) {
        if (lineLength == line.length) {
            if (line.length >= MAX_LINE) {
                throw new IllegalStateException("event-stream line longer than " + MAX_LINE + " bytes");
            }
            line = Arrays.copyOf(line, line.length * 2);
        }
        line[lineLength++] = b;
    }

    private void endLine() {
        if (lineLength == 0) {
            dispatch();
            return;
        }
        if (line[0] != ':') {
            int colon = indexOfColon();
            String field = colon < 0 ? decode(0, lineLength) : decode(0, colon);
            int valueStart = colon < 0 ? lineLength : colon + 1;
            if (valueStart < lineLength && line[valueStart] == ' ') {
                valueStart++;
            }
            String value = decode(valueStart, lineLength - valueStart);
            switch (field) {
                case "data" -> {
                    if (hasData) {
                        data.append('\n');
                    }
                    data.append(value);
                    hasData = true;
                }
                case "event" -> name = value.isEmpty() ? SseEvent.DEFAULT_NAME : value;
                default -> {
                    // id and retry concern reconnecting browsers, not a proxied completion; unknown fields are
                    // ignored as the standard says.
                }
            }
        }
        lineLength = 0;
    }

    private void dispatch() {
        if (hasData) {
            events.accept(new SseEvent(name, data.toString()));
        }
        data.setLength(0);
        hasData = false;
        name = SseEvent.DEFAULT_NAME;
    }

    private int indexOfColon() {
        for (int i = 0; i < lineLength; i++) {
            if (line[i] == ':') {
                return i;
            }
        }
        return -1;
    }

    private String decode(int from, int length) {
        return new String(line, from, length, StandardCharsets.UTF_8);
    }
}
