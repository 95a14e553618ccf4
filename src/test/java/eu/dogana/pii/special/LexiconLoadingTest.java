package eu.dogana.pii.special;

import static eu.dogana.pii.special.SpecialCategoryDetectorTest.detect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lexicon files: bundled content, DPO overrides, and errors that name file and line. */
class LexiconLoadingTest {

    @TempDir
    Path dir;

    @Test
    void everyLanguageHasEveryCategoryBundled() throws IOException {
        for (LexiconLanguage language : LexiconLanguage.values()) {
            for (EntityType type : SpecialCategoryDetector.TYPES) {
                String name = LexiconLoader.BUNDLED_ROOT + "/" + LexiconLoader.fileName(language, type);
                try (var in = getClass().getClassLoader().getResourceAsStream(name)) {
                    assertThat(in).as(name).isNotNull();
                    long entries = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                            .map(line -> line.replaceAll("#.*", "").strip())
                            .filter(line -> !line.isEmpty())
                            .count();
                    assertThat(entries).as(name).isGreaterThanOrEqualTo(type == EntityType.HEALTH ? 40 : 15);
                }
            }
        }
    }

    @Test
    void anOverrideReplacesOneFileAndKeepsTheOthers() throws IOException {
        write("de/health.txt", """
                # Hausliste der Klinik
                Stationsaufnahme | 0.6
                """);
        SpecialCategoryDetector detector = new SpecialCategoryDetector(dir);
        String text = "Stationsaufnahme am Montag, Diabetes bekannt. Der Patient ist vorbestraft.";
        assertThat(detect(detector, text)).extracting(f -> f.valueIn(text), Finding::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Stationsaufnahme", EntityType.HEALTH),
                // "Diabetes" still comes from the other languages' bundled health lists
                org.assertj.core.groups.Tuple.tuple("Diabetes", EntityType.HEALTH),
                org.assertj.core.groups.Tuple.tuple("vorbestraft", EntityType.CRIMINAL_RECORD));
    }

    @Test
    void filesThatAreNotLexiconsAreLeftAlone() throws IOException {
        write("README.md", "notes for the DPO");
        write("de/notes.bak", "whatever");
        assertThat(new SpecialCategoryDetector(dir).id()).isEqualTo("special-categories");
    }

    @Test
    void aMisnamedFileIsAnError() throws IOException {
        write("de/helth.txt", "Diabetes\n");
        assertThatThrownBy(() -> new SpecialCategoryDetector(dir))
                .isInstanceOf(LexiconException.class)
                .hasMessageStartingWith("de/helth.txt: unknown lexicon file")
                .hasMessageContaining("health");
        Files.delete(dir.resolve("de/helth.txt"));
        write("xx/health.txt", "Diabetes\n");
        assertThatThrownBy(() -> new SpecialCategoryDetector(dir))
                .hasMessageStartingWith("xx/health.txt: unknown lexicon file");
    }

    @Test
    void aMissingDirectoryIsAnError() {
        assertThatThrownBy(() -> new SpecialCategoryDetector(dir.resolve("nope")))
                .isInstanceOf(LexiconException.class)
                .hasMessageEndingWith("lexicon directory does not exist");
    }

    @Test
    void aWeightThatIsNotANumberNamesFileAndLine() throws IOException {
        write("it/religion.txt", "# commento\n\nè cattolico | 0.9\nmusulmano | molto\n");
        assertThatThrownBy(() -> new SpecialCategoryDetector(dir))
                .isInstanceOf(LexiconException.class)
                .hasMessage("it/religion.txt:4: weight must be a number in [0, 1]; got: 'molto'");
    }

    @Test
    void aWeightOutOfRangeNamesFileAndLine() throws IOException {
        write("fr/health.txt", "diabète | 1.5\n");
        assertThatThrownBy(() -> new SpecialCategoryDetector(dir))
                .hasMessage("fr/health.txt:1: weight must be a number in [0, 1]; got: '1.5'");
        write("fr/health.txt", "diabète | -0.1\n");
        assertThatThrownBy(() -> new SpecialCategoryDetector(dir))
                .hasMessage("fr/health.txt:1: weight must be a number in [0, 1]; got: '-0.1'");
    }

    @Test
    void otherMalformedLinesNameFileAndLine() throws IOException {
        write("en/genetic.txt", "DNA test\nDNA | 0.5 | 0.7\n");
        assertThatThrownBy(() -> new SpecialCategoryDetector(dir))
                .hasMessageStartingWith("en/genetic.txt:2: expected 'term' or 'term | weight'");
        write("en/genetic.txt", "DNA test\n\n  | 0.5\n");
        assertThatThrownBy(() -> new SpecialCategoryDetector(dir))
                .hasMessage("en/genetic.txt:3: empty term before '|'");
        write("en/genetic.txt", "DNA test\n--- | 0.5\n");
        assertThatThrownBy(() -> new SpecialCategoryDetector(dir))
                .hasMessage("en/genetic.txt:2: term has no letters or digits: '---'");
    }

    @Test
    void onePhraseUnderTwoCategoriesIsAnErrorNamingBoth() throws IOException {
        write("nl/genetic.txt", "# per ongeluk ook hier\nvaderschapstest\nsuikerziekte\n");
        assertThatThrownBy(() -> new SpecialCategoryDetector(dir))
                .isInstanceOf(LexiconException.class)
                .hasMessageStartingWith("nl/genetic.txt:3: 'suikerziekte' is listed as GENETIC but already as HEALTH"
                        + " at nl/health.txt:");
    }

    @Test
    void aFileThatIsNotUtf8IsAnError() throws IOException {
        Files.createDirectories(dir.resolve("pt"));
        Files.write(dir.resolve("pt/religion.txt"), "é católico\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> new SpecialCategoryDetector(dir))
                .isInstanceOf(LexiconException.class)
                .hasMessage("pt/religion.txt: not valid UTF-8");
    }

    @Test
    void theSamePhraseTwiceInOneCategoryKeepsTheHigherWeight() throws IOException {
        write("en/health.txt", "asthma | 0.6\nAsthma | 0.8\nasthmas | 0.7\n");
        String text = "She has asthma.";
        assertThat(detect(new SpecialCategoryDetector(dir), text)).singleElement()
                .satisfies(f -> assertThat(f.score()).isEqualTo(0.8));
    }

    private void write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
