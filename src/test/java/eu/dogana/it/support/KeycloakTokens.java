package eu.dogana.it.support;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Obtains real access tokens from a Keycloak server, the way a Dogana client would.
 *
 * <p>The client secret goes in the form body ({@code client_secret_post}), which Keycloak accepts for
 * every confidential client without extra configuration.
 */
public final class KeycloakTokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String baseUrl;
    private final HttpClient http;

    /** Talks to the JVM-wide {@link KeycloakServer#shared()} server, starting it if necessary. */
    public KeycloakTokens() {
        this(KeycloakServer.shared().baseUrl());
    }

    /** @param baseUrl e.g. {@code http://127.0.0.1:8180}, without {@code /realms/...} */
    public KeycloakTokens(String baseUrl) {
        this.baseUrl = requireNonNull(baseUrl, "baseUrl");
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Resource-owner password grant: a token carrying {@code user}'s roles and attributes. */
    public String passwordGrant(String realm, String clientId, String secret, String user, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", requireNonNull(clientId, "clientId"));
        form.put("client_secret", requireNonNull(secret, "secret"));
        form.put("username", requireNonNull(user, "user"));
        form.put("password", requireNonNull(password, "password"));
        return accessToken(realm, form, "password grant for user '" + user + "' via client '" + clientId + "'");
    }

    /** Client-credentials grant: a token for the client's service-account user. */
    public String clientCredentials(String realm, String clientId, String secret) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", requireNonNull(clientId, "clientId"));
        form.put("client_secret", requireNonNull(secret, "secret"));
        return accessToken(realm, form, "client_credentials grant for client '" + clientId + "'");
    }

    /**
     * Decodes the payload of a JWT <em>without verifying it</em>: for asserting what Keycloak put in a
     * token, never for deciding whether to trust it.
     */
    public static Map<String, Object> claims(String jwt) {
        requireNonNull(jwt, "jwt");
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not a signed JWT (expected 3 parts, got " + parts.length + ")");
        }
        byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
        try {
            return JSON.readValue(payload, new TypeReference<>() {});
        } catch (IOException e) {
            throw new IllegalArgumentException("JWT payload is not a JSON object", e);
        }
    }

    private String accessToken(String realm, Map<String, String> form, String what) {
        requireNonNull(realm, "realm");
        URI endpoint = URI.create(baseUrl + "/realms/" + realm + "/protocol/openid-connect/token");
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(formEncode(form)))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(what + " failed: cannot reach " + endpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + " interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException(what + " in realm '" + realm + "' failed: HTTP "
                    + response.statusCode() + " from " + endpoint + ": " + response.body());
        }
        JsonNode token;
        try {
            token = JSON.readTree(response.body()).path("access_token");
        } catch (IOException e) {
            throw new IllegalStateException(what + " returned a non-JSON body: " + response.body(), e);
        }
        if (!token.isTextual() || token.asText().isEmpty()) {
            throw new IllegalStateException(what + " returned no access_token: " + response.body());
        }
        return token.asText();
    }

    private static String formEncode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), UTF_8) + "=" + URLEncoder.encode(e.getValue(), UTF_8))
                .collect(Collectors.joining("&"));
    }
}
