package eu.dogana.gateway;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Request ids: {@code req_} and 24 hex digits, unique enough to find one request among billions in the register
 * and the logs. Not secrets, so a fast generator will do.
 */
final class RequestIds {

    private RequestIds() {
    }

    static String next() {
        byte[] bytes = new byte[12];
        ThreadLocalRandom.current().nextBytes(bytes);
        return "req_" + HexFormat.of().formatHex(bytes);
    }
}
