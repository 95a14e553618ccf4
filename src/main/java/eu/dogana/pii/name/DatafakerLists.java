package eu.dogana.pii.name;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the name and city lists of the Datafaker jar on the classpath (its per-locale YAML files, e.g.
 * {@code de.yml} → {@code de.faker.name.last_name}) into the entries of the shared {@link Gazetteer}. The data stays
 * in the dependency; only which list feeds which {@link Gazetteer.Kind} and {@link NameLocale} is decided here.
 * Template entries ({@code "#{Name.first_name}dorf"}) are skipped, and so are {@link NameWords#isStopWord stop words}
 * that some lists contain ("De", "Le", "The" as surnames).
 */
final class DatafakerLists {

    /** One list: the resource, the path below {@code <locale>.faker}, what it names and in which locale. */
    private record Source(String resource, String section, String list, Gazetteer.Kind kind, NameLocale locale) {
    }

    private static final List<Source> SOURCES = List.of(
            new Source("en/name.yml", "name", "male_first_name", Gazetteer.Kind.FIRST_NAME, NameLocale.EN),
            new Source("en/name.yml", "name", "female_first_name", Gazetteer.Kind.FIRST_NAME, NameLocale.EN),
            new Source("en/name.yml", "name", "last_name", Gazetteer.Kind.SURNAME, NameLocale.EN),
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

    static Gazetteer load() {
        Map<String, Long> keyed = new HashMap<>(1 << 16);
        Map<String, Object> document = null;
        String loaded = null;
        for (Source source : SOURCES) {
            if (!source.resource().equals(loaded)) {
                document = read(source.resource());
                loaded = source.resource();
            }
            for (String entry : list(document, source)) {
                add(keyed, entry, source.locale().bit(source.kind()));
            }
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
        if (key.length() < 2 || NameWords.isStopWord(key)) {
            return;
        }
        keyed.merge(key, bit, (a, b) -> a | b);
    }

    private static Map<String, Object> read(String resource) {
        ClassLoader loader = DatafakerLists.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Datafaker resource not on the classpath: " + resource);
            }
            Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
            return yaml.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Datafaker resource " + resource, e);
        }
    }

    /** {@code <locale>.faker.<section>.<list>}, whatever the single top-level locale key is called. */
    private static List<String> list(Map<String, Object> document, Source source) {
        Object node = document.values().iterator().next();
        for (String step : new String[] {"faker", source.section(), source.list()}) {
            if (!(node instanceof Map<?, ?> map)) {
                node = null;
                break;
            }
            node = map.get(step);
        }
        if (!(node instanceof List<?> entries)) {
            throw new IllegalStateException("Datafaker " + source.resource() + " has no list " + source.section()
                    + "." + source.list() + " (changed layout in a new Datafaker version?)");
        }
        return entries.stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }
}
