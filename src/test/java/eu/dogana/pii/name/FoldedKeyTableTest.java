package eu.dogana.pii.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Short keys live in a table of their own ({@link ShortKeyTable}); a look-up must not see the seam. */
class FoldedKeyTableTest {

    private static final Map<String, Long> KEYS = Map.of(
            "rossi", 1L, "de", 2L, "abcdefgh", 4L, "abcdefghi", 8L, "łódź", 16L, "le havre", 32L,
            "aix en provence", 64L, "müller", 128L, "東京", 256L, "a", 512L);

    @Test
    void findsShortLongAndWideKeysAlike() {
        FoldedKeyTable table = FoldedKeyTable.of(new HashMap<>(KEYS));
        assertThat(table.size()).isEqualTo(KEYS.size());
        KEYS.forEach((key, flags) -> assertThat(table.flags(key.toCharArray(), key.length())).as(key).isEqualTo(flags));
        for (String absent : new String[] {"ross", "rossii", "abcdefg", "abcdefghij", "lodz", "le", "东京", "b"}) {
            assertThat(table.flags(absent.toCharArray(), absent.length())).as(absent).isZero();
        }
    }

    @Test
    void listsEveryKeyWithAFlagOnce() {
        FoldedKeyTable table = FoldedKeyTable.of(new HashMap<>(KEYS));
        Set<String> listed = new HashSet<>();
        table.forEachKeyWith(-1L, key -> assertThat(listed.add(key)).as(key).isTrue());
        assertThat(listed).isEqualTo(KEYS.keySet());
        Set<String> some = new HashSet<>();
        table.forEachKeyWith(4L | 8L | 16L, some::add);
        assertThat(some).containsExactlyInAnyOrder("abcdefgh", "abcdefghi", "łódź");
    }

    @Test
    void anEmptyTableFindsNothing() {
        FoldedKeyTable table = FoldedKeyTable.of(new HashMap<>());
        assertThat(table.size()).isZero();
        assertThat(table.flags("rossi".toCharArray(), 5)).isZero();
    }

    /** The words of a text find what their folded strings find, through the packed path or the general one. */
    @Test
    void wordsOfATextFindWhatTheirFoldedKeysFind() {
        Gazetteer gazetteer = Gazetteer.shared();
        GazetteerMatcher matcher = gazetteer.matcher();
        eu.dogana.pii.ScanText text = new eu.dogana.pii.ScanText(
                "Mario ROSSI Müller Łódź Kowalski SCHNEIDER Wolfgang de la Fuente Sig ra Zürich Saint Étienne x1 "
                        + "Anna-Lena O'Brien Jean Dupont Παπαδόπουλος Bitte Sie Gespräch");
        for (int w = 0; w < text.wordCount(); w++) {
            String word = text.text().substring(text.wordStart(w), text.wordEnd(w));
            assertThat(matcher.flags(text, w)).as(word).isEqualTo(gazetteer.flags(word));
        }
    }
}
