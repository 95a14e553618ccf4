package eu.dogana.pii.name;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dogana.pii.ScanText;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static final Gazetteer SHARED = Gazetteer.shared();

    @Test
    void loadsFirstNamesSurnamesAndCitiesPerLocaleFromDatafaker() {
        assertThat(SHARED.size()).isGreaterThan(30_000);
        assertThat(SHARED.flags("Matteo") & NameLocale.IT.bit(Gazetteer.Kind.FIRST_NAME)).isNotZero();
        assertThat(Gazetteer.Kind.FIRST_NAME.in(SHARED.flags("Mario"))).isTrue();
        assertThat(SHARED.flags("Rossi") & NameLocale.IT.bit(Gazetteer.Kind.SURNAME)).isNotZero();
        assertThat(SHARED.flags("Kowalski") & NameLocale.PL.bit(Gazetteer.Kind.SURNAME)).isNotZero();
        assertThat(SHARED.flags("Warszawa") & NameLocale.PL.bit(Gazetteer.Kind.CITY)).isNotZero();
        assertThat(SHARED.flags("Aix-en-Provence") & NameLocale.FR.bit(Gazetteer.Kind.CITY)).isNotZero();
        assertThat(Gazetteer.Kind.CITY.in(SHARED.flags("Berlin"))).isTrue();
    }

    @Test
    void foldsCaseAndAccentsSoBothSpellingsMatch() {
        assertThat(SHARED.flags("José")).isNotZero().isEqualTo(SHARED.flags("jose")).isEqualTo(SHARED.flags("JOSE"));
        assertThat(SHARED.flags("Müller")).isEqualTo(SHARED.flags("muller"));
    }

    @Test
    void stopWordsCarryTheirWordClassButNoNameBits() {
        long names = Gazetteer.Kind.FIRST_NAME.mask() | Gazetteer.Kind.SURNAME.mask() | Gazetteer.Kind.CITY.mask();
        // "The" and "De" are surnames in Datafaker's Dutch list
        assertThat(SHARED.flags("The")).isEqualTo(Gazetteer.WordClass.STOP.bit()
                | Gazetteer.WordClass.DETERMINER.bit());
        assertThat(SHARED.flags("de") & names).isZero();
        assertThat(Gazetteer.WordClass.PARTICLE.in(SHARED.flags("de"))).isTrue();
        assertThat(Gazetteer.WordClass.AMBIGUOUS.in(SHARED.flags("Will"))).isTrue();
        assertThat(Gazetteer.Kind.FIRST_NAME.in(SHARED.flags("Will"))).isTrue();
        assertThat(Gazetteer.WordClass.TITLE_ANY_CASE.in(SHARED.flags("señora"))).isTrue();
        assertThat(SHARED.flags("xqzvbn")).isZero();
        assertThat(SHARED.flags("#{Name.first_name}")).isZero();
    }

    @Test
    void matcherWalksTheTextWithoutFoldedCopiesAndMatchesMultiWordEntries() {
        Gazetteer gazetteer = Gazetteer.of(Map.of(
                "Port Havre", Gazetteer.Kind.CITY.mask(),
                "Port", Gazetteer.Kind.SURNAME.mask(),
                "Łódź", Gazetteer.Kind.CITY.mask(),
                "Zoë", Gazetteer.Kind.FIRST_NAME.mask()));
        ScanText text = new ScanText("De PORT-HAVRE à Lodz, Zoe et ŁÓDŹ. Port\nHavre");
        GazetteerMatcher matcher = gazetteer.matcher();

        assertThat(matcher.longest(text, 1, 3, Gazetteer.Kind.CITY.mask())).isEqualTo(2);
        assertThat(matcher.matchFlags()).isEqualTo(Gazetteer.Kind.CITY.mask());
        assertThat(matcher.flags(text, 1)).isEqualTo(Gazetteer.Kind.SURNAME.mask());
        // "Lodz" has no ł: folding keeps ł, which NFD does not decompose
        assertThat(matcher.flags(text, 4)).isZero();
        assertThat(matcher.flags(text, 5)).isEqualTo(Gazetteer.Kind.FIRST_NAME.mask());
        assertThat(matcher.flags(text, 7)).isEqualTo(Gazetteer.Kind.CITY.mask());
        // a line break does not join the words of an entry
        assertThat(matcher.longest(text, 8, 3, Gazetteer.Kind.CITY.mask())).isEqualTo(-1);
    }

    @Test
    void foldsOnTheFlyExactlyAsTheKeysWereFolded() {
        Gazetteer gazetteer = Gazetteer.of(Map.of(
                "Weißenburg", 1L, "Nguyễn", 2L, "Großễ", 4L, "Øresund", 8L, "Şahin", 16L));
        ScanText text = new ScanText("WEISSENBURG weissenburg Nguyen NGUYỄN grossê Großễ ØRESUND Sahin Grosse");
        GazetteerMatcher matcher = gazetteer.matcher();
        assertThat(matcher.flags(text, 0)).isEqualTo(1L);
        assertThat(matcher.flags(text, 1)).isEqualTo(1L);
        assertThat(matcher.flags(text, 2)).isEqualTo(2L);
        assertThat(matcher.flags(text, 3)).isEqualTo(2L);
        assertThat(matcher.flags(text, 4)).isEqualTo(4L);
        // ß folded by the table, then ễ beyond it: the walk resumes in the folded string at the right place
        assertThat(matcher.flags(text, 5)).isEqualTo(4L);
        assertThat(matcher.flags(text, 6)).isEqualTo(8L);
        assertThat(matcher.flags(text, 7)).isEqualTo(16L);
        assertThat(matcher.flags(text, 8)).isEqualTo(4L);
    }

    @Test
    void compilesKeysInCodePointOrderWhateverTheInputOrder() {
        Gazetteer gazetteer = Gazetteer.of(Map.of(
                "zeta", 1L, "alpha", 2L, "\uD835\uDC00bc", 4L, "\uFB01x", 8L, "alphabet", 16L));
        assertThat(gazetteer.flags("alpha")).isEqualTo(2L);
        assertThat(gazetteer.flags("alphabet")).isEqualTo(16L);
        assertThat(gazetteer.flags("\uFB01x")).isEqualTo(8L);
        assertThat(gazetteer.flags("\uD835\uDC00bc")).isEqualTo(4L);
    }
}
