package eu.dogana.pii.special;

import static java.util.Objects.requireNonNull;

import eu.dogana.pii.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds and compiles the lexicon files: {@code <language>/<entity_type_lower>.txt}, e.g. {@code de/health.txt}, for
 * each {@link LexiconLanguage} and each special-category {@link EntityType}. The bundled files live on the class
 * path under {@value #BUNDLED_ROOT}. An override directory with the same layout replaces bundled files one by one:
 * a DPO who rewrites {@code it/religion.txt} keeps every other bundled list. A missing file is an empty list; a
 * {@code .txt} file whose name is not a known language and type is an error, so a typo cannot silently disable a list.
 * Files are UTF-8; anything else is an error.
 */
final class LexiconLoader {

    static final String BUNDLED_ROOT = "pii/lexicons";

    private LexiconLoader() {
    }

    /** One compiled matcher per language. */
    static Map<LexiconLanguage, PhraseMatcher> load(Optional<Path> overrides) {
        Map<String, Path> overrideFiles = overrides.map(LexiconLoader::listOverrides).orElse(Map.of());
        Map<LexiconLanguage, PhraseMatcher> matchers = new EnumMap<>(LexiconLanguage.class);
        for (LexiconLanguage language : LexiconLanguage.values()) {
            PhraseMatcher.Builder builder = new PhraseMatcher.Builder(new LexiconAnalyzer(language));
            for (EntityType type : SpecialCategoryDetector.TYPES) {
                String name = fileName(language, type);
                for (LexiconEntry entry : read(name, type, overrideFiles.get(name))) {
                    builder.add(entry);
                }
            }
            matchers.put(language, builder.build());
        }
        return matchers;
    }

    static String fileName(LexiconLanguage language, EntityType type) {
        return language.code() + "/" + type.name().toLowerCase(Locale.ROOT) + ".txt";
    }

    private static List<LexiconEntry> read(String name, EntityType type, Path override) {
        try (InputStream in = override != null ? Files.newInputStream(override) : bundled(name)) {
            if (in == null) {
                return List.of();
            }
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
                return LexiconReader.read(name, type, reader);
            }
        } catch (CharacterCodingException e) {
            throw new LexiconException(name + ": not valid UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + name, e);
        }
    }

    private static InputStream bundled(String name) {
        return LexiconLoader.class.getClassLoader().getResourceAsStream(BUNDLED_ROOT + "/" + name);
    }

    /** The override files by relative name; rejects files that are not {@code <language>/<type>.txt}. */
    private static Map<String, Path> listOverrides(Path directory) {
        requireNonNull(directory, "directory is null");
        if (!Files.isDirectory(directory)) {
            throw new LexiconException(directory + ": lexicon directory does not exist");
        }
        Map<String, Path> known = new HashMap<>();
        for (LexiconLanguage language : LexiconLanguage.values()) {
            for (EntityType type : SpecialCategoryDetector.TYPES) {
                known.put(fileName(language, type), null);
            }
        }
        Map<String, Path> found = new HashMap<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : (Iterable<Path>) files.filter(LexiconLoader::isTextFile)::iterator) {
                String name = directory.relativize(file).toString().replace('\\', '/');
                if (!known.containsKey(name)) {
                    throw new LexiconException(name + ": unknown lexicon file; expected <language>/<type>.txt with "
                            + "language in " + codes() + " and type in " + typeNames());
                }
                found.put(name, file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list lexicon directory " + directory, e);
        }
        return found;
    }

    /** Only {@code .txt} files are lexicons; a README or editor backup beside them is left alone. */
    private static boolean isTextFile(Path file) {
        return Files.isRegularFile(file) && file.getFileName().toString().endsWith(".txt");
    }

    private static List<String> codes() {
        return Stream.of(LexiconLanguage.values()).map(LexiconLanguage::code).toList();
    }

    private static List<String> typeNames() {
        return SpecialCategoryDetector.TYPES.stream().map(t -> t.name().toLowerCase(Locale.ROOT)).toList();
    }
}
