package eu.dogana.backend;

import jakarta.inject.Singleton;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The configured backends and the models they serve, validated and indexed once at start-up.
 * A configuration error (bad URL, unknown country code, model without a name) stops the start with a message
 * naming the key.
 */
@Singleton
public final class BackendRegistry {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final List<Backend> backends;
    private final Map<String, List<ModelRoute>> routesByModel;

    BackendRegistry(BackendsConfig config) {
        List<Backend> all = new ArrayList<>();
        Map<String, List<ModelRoute>> routes = new TreeMap<>();
        // Sorted ids make the order of equally good routes deterministic.
        for (var entry : new TreeMap<>(config.servers()).entrySet()) {
            BackendsConfig.Server server = entry.getValue();
            if (!server.enabled()) {
                continue;
            }
            Backend backend = toBackend(entry.getKey(), server);
            all.add(backend);
            for (String declared : server.models()) {
                ModelRoute route = toRoute(entry.getKey(), declared.strip(), backend);
                routes.computeIfAbsent(route.model(), model -> new ArrayList<>()).add(route);
            }
        }
        this.backends = List.copyOf(all);
        Map<String, List<ModelRoute>> frozen = new LinkedHashMap<>();
        routes.forEach((model, list) -> frozen.put(model, List.copyOf(list)));
        this.routesByModel = Collections.unmodifiableMap(frozen);
    }

    public List<Backend> backends() {
        return backends;
    }

    /** Public model names, sorted. */
    public Set<String> models() {
        return routesByModel.keySet();
    }

    /** Every route serving {@code model}, in configuration order; empty when no backend serves it. */
    public List<ModelRoute> routes(String model) {
        return routesByModel.getOrDefault(model, List.of());
    }

    private static Backend toBackend(String id, BackendsConfig.Server server) {
        String key = "dogana.backends." + id;
        URI url = server.url();
        String scheme = url.getScheme();
        if (url.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
            throw new IllegalArgumentException(key + ".url must be an absolute http(s) URL, got: " + url);
        }
        String base = url.toString();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        String region = server.region().strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(region)) {
            throw new IllegalArgumentException(key + ".region must be an ISO 3166-1 alpha-2 country code, got: "
                    + server.region());
        }
        return new Backend(id, URI.create(base), region, server.apiKey().filter(k -> !k.isBlank()),
                server.connectTimeout(), server.firstByteTimeout(), server.idleTimeout());
    }

    private static ModelRoute toRoute(String id, String declared, Backend backend) {
        int equals = declared.indexOf('=');
        String model = equals < 0 ? declared : declared.substring(0, equals).strip();
        String upstream = equals < 0 ? declared : declared.substring(equals + 1).strip();
        if (model.isEmpty() || upstream.isEmpty()) {
            throw new IllegalArgumentException("dogana.backends." + id
                    + ".models has an empty entry; use 'name' or 'public=upstream', got: '" + declared + "'");
        }
        return new ModelRoute(model, upstream, backend);
    }
}
