package eu.dogana.pii.name;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;

/**
 * Reads the name and city lists of the Datafaker jar on the classpath (its per-locale YAML files, e.g.
 * {@code de.yml} → {@code de.faker.name.last_name}) into the entries of the shared {@link Gazetteer}. The data stays
 * in the dependency; only which list feeds which {@link Gazetteer.Kind} and {@link NameLocale} is decided here.
 * Template entries ({@code "#{Name.first_name}dorf"}) are skipped; stop words some lists contain ("De", "Le", "The"
 * as surnames) lose their name bits when the gazetteer is compiled.
 */
final class DatafakerLists {

    /** One list: the resource, the path below {@code <locale>.faker}, what it names and in which locale. */
    private record Source(String resource, String section, String list, Gazetteer.Kind kind, NameLocale locale) {
    }

    private static final List<Source> SOURCES = List.of(
            new Source("en/name.yml", "name", "male_first_name", Gazetteer.Kind.FIRST_NAME, NameLocale.EN),
            new Source("en/name.yml", "name", "female_first_name", Gazetteer.Kind.FIRST_NAME, NameLocale.EN),
            new Source("en/name.yml", "name", "last_name", Gazetteer.Kind.SURNAME, NameLocale.EN),
            // Ireland: the EU's English-speaking member state, whose names the generic English lists lack
            new Source("en-IE.yml", "name", "first_name", Gazetteer.Kind.FIRST_NAME, NameLocale.EN),
            new Source("en-IE.yml", "name", "last_name", Gazetteer.Kind.SURNAME, NameLocale.EN),
            new Source("en-IE.yml", "address", "city", Gazetteer.Kind.CITY, NameLocale.EN),
            new Source("de.yml", "name", "male_first_name", Gazetteer.Kind.FIRST_NAME, NameLocale.DE),
            new Source("de.yml", "name", "female_first_name", Gazetteer.Kind.FIRST_NAME, NameLocale.DE),
            new Source("de.yml", "name", "last_name", Gazetteer.Kind.SURNAME, NameLocale.DE),
            new Source("de-AT.yml", "name", "first_name", Gazetteer.Kind.FIRST_NAME, NameLocale.DE),
            new Source("de-AT.yml", "name", "last_name", Gazetteer.Kind.SURNAME, NameLocale.DE),
            new Source("de-AT.yml", "address", "city_name", Gazetteer.Kind.CITY, NameLocale.DE),
            new Source("it.yml", "name", "first_name", Gazetteer.Kind.FIRST_NAME, NameLocale.IT),
            new Source("it.yml", "name", "last_name", Gazetteer.Kind.SURNAME, NameLocale.IT),
            // Italian "states" are the provinces, named after their chief towns
            new Source("it.yml", "address", "state", Gazetteer.Kind.CITY, NameLocale.IT),
            new Source("fr.yml", "name", "first_name", Gazetteer.Kind.FIRST_NAME, NameLocale.FR),
            new Source("fr.yml", "name", "last_name", Gazetteer.Kind.SURNAME, NameLocale.FR),
            new Source("fr.yml", "address", "city_name", Gazetteer.Kind.CITY, NameLocale.FR),
            new Source("es.yml", "name", "male_first_name", Gazetteer.Kind.FIRST_NAME, NameLocale.ES),
            new Source("es.yml", "name", "female_first_name", Gazetteer.Kind.FIRST_NAME, NameLocale.ES),
            new Source("es.yml", "name", "last_name", Gazetteer.Kind.SURNAME, NameLocale.ES),
            // Spanish "city prefixes" are whole city names
            new Source("es.yml", "address", "city_prefix", Gazetteer.Kind.CITY, NameLocale.ES),
            new Source("nl.yml", "name", "first_name", Gazetteer.Kind.FIRST_NAME, NameLocale.NL),
            new Source("nl.yml", "name", "last_name", Gazetteer.Kind.SURNAME, NameLocale.NL),
            new Source("pl.yml", "name", "first_name", Gazetteer.Kind.FIRST_NAME, NameLocale.PL),
            new Source("pl.yml", "name", "last_name", Gazetteer.Kind.SURNAME, NameLocale.PL),
            new Source("pl.yml", "address", "city_name", Gazetteer.Kind.CITY, NameLocale.PL),
            new Source("pt.yml", "name", "first_name", Gazetteer.Kind.FIRST_NAME, NameLocale.PT),
            new Source("pt.yml", "name", "last_name", Gazetteer.Kind.SURNAME, NameLocale.PT),
            new Source("pt.yml", "address", "city_name", Gazetteer.Kind.CITY, NameLocale.PT),
            new Source("pt-BR.yml", "name", "male_first_name", Gazetteer.Kind.FIRST_NAME, NameLocale.PT),
            new Source("pt-BR.yml", "name", "female_first_name", Gazetteer.Kind.FIRST_NAME, NameLocale.PT),
            new Source("pt-BR.yml", "name", "last_name", Gazetteer.Kind.SURNAME, NameLocale.PT));

    private DatafakerLists() {
    }

    /**
     * Reads every list and compiles the gazetteer. The files are parsed in parallel (YAML parsing is most of the
     * cost, and the files are independent); the merge and the table build run on the calling thread.
     */
    static Gazetteer load() {
        Map<String, List<Source>> byResource = new LinkedHashMap<>();
        for (Source source : SOURCES) {
            byResource.computeIfAbsent(source.resource(), r -> new ArrayList<>()).add(source);
        }
        List<Map<String, Long>> parts = byResource.entrySet().parallelStream().map(resource -> {
            Map<String, Long> part = new HashMap<>(1 << 12);
            read(resource.getKey(), resource.getValue(),
                    (source, entry) -> add(part, entry, source.locale().bit(source.kind())));
            return part;
        }).toList();
        Map<String, Long> keyed = new HashMap<>(1 << 17);
        for (Map<String, Long> part : parts) {
            part.forEach((key, flags) -> keyed.merge(key, flags, (a, b) -> a | b));
        }
        Supplement.forEachCity((locale, city) -> add(keyed, city, locale.bit(Gazetteer.Kind.CITY)));
        Supplement.forEachSurname((locale, name) -> add(keyed, name, locale.bit(Gazetteer.Kind.SURNAME)));
        return Gazetteer.compile(keyed);
    }

    private static void add(Map<String, Long> keyed, String entry, long bit) {
        if (entry.indexOf('#') >= 0) {
            return;
        }
        String key = Gazetteer.key(entry);
        if (key.length() < 2) {
            return;
        }
        keyed.merge(key, bit, (a, b) -> a | b);
    }

    /**
     * Streams the parser's events and keeps only the scalars of the wanted lists: building the whole document (the
     * Dutch file alone holds 33,000 nodes, most of them lorem ipsum) would cost more than the gazetteer itself.
     */
    private static void read(String resource, List<Source> sources, BiConsumer<Source, String> sink) {
        ClassLoader loader = DatafakerLists.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Datafaker resource not on the classpath: " + resource);
            }
            Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
            ListCollector collector = new ListCollector(sources, sink);
            for (Event event : yaml.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                collector.accept(event);
            }
            collector.checkAllFound(resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Datafaker resource " + resource, e);
        }
    }

    /**
     * Follows the mapping keys down the event stream (root, {@code <locale>}, {@code faker}, section, list) and
     * hands the scalars of each wanted sequence to the sink.
     */
    private static final class ListCollector {

        /** Depth of a wanted list: root mapping, locale, faker, section, then the list itself. */
        private static final int LIST_DEPTH = 5;

        /** An open mapping or sequence and the key it sits under ("" for the root and for sequence items). */
        private static final class Frame {
            final String key;
            final boolean mapping;
            boolean expectingKey;

            Frame(String key, boolean mapping) {
                this.key = key;
                this.mapping = mapping;
                this.expectingKey = mapping;
            }
        }

        private final List<Source> sources;
        private final BiConsumer<Source, String> sink;
        private final boolean[] found;
        private final ArrayDeque<Frame> frames = new ArrayDeque<>();
        private String pendingKey = "";
        private Source collecting;

        ListCollector(List<Source> sources, BiConsumer<Source, String> sink) {
            this.sources = sources;
            this.sink = sink;
            this.found = new boolean[sources.size()];
        }

        void accept(Event event) {
            Frame top = frames.peek();
            if (event instanceof ScalarEvent scalar) {
                if (top != null && top.expectingKey) {
                    pendingKey = scalar.getValue();
                    top.expectingKey = false;
                } else {
                    if (collecting != null && frames.size() == LIST_DEPTH) {
                        sink.accept(collecting, scalar.getValue());
                    }
                    valueDone();
                }
            } else if (event instanceof AliasEvent) {
                valueDone();
            } else if (event instanceof MappingStartEvent || event instanceof SequenceStartEvent) {
                frames.push(new Frame(top != null && top.mapping ? pendingKey : "",
                        event instanceof MappingStartEvent));
                if (frames.size() == LIST_DEPTH && !frames.peek().mapping) {
                    collecting = wanted();
                }
            } else if (event instanceof MappingEndEvent || event instanceof SequenceEndEvent) {
                if (frames.size() == LIST_DEPTH) {
                    collecting = null;
                }
                frames.pop();
                valueDone();
            }
        }

        private void valueDone() {
            Frame top = frames.peek();
            if (top != null && top.mapping) {
                top.expectingKey = true;
            }
        }

        private Source wanted() {
            Iterator<Frame> open = frames.iterator(); // innermost first: list, section, faker
            String list = open.next().key;
            String section = open.next().key;
            if (!"faker".equals(open.next().key)) {
                return null;
            }
            for (int i = 0; i < sources.size(); i++) {
                Source source = sources.get(i);
                if (source.list().equals(list) && source.section().equals(section)) {
                    found[i] = true;
                    return source;
                }
            }
            return null;
        }

        void checkAllFound(String resource) {
            for (int i = 0; i < found.length; i++) {
                if (!found[i]) {
                    Source source = sources.get(i);
                    throw new IllegalStateException("Datafaker " + resource + " has no list " + source.section()
                            + "." + source.list() + " (changed layout in a new Datafaker version?)");
                }
            }
        }
    }
}
