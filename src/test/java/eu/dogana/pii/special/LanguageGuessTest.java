package eu.dogana.pii.special;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import eu.dogana.pii.ScanText;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageGuessTest {

    private final LanguageGuess guess = new LanguageGuess();

    /** The text's words as the guess sees them; no lexicon is needed for clue words. */
    private KeyedWords words(String text) {
        KeyedWords words = new KeyedWords(new PhraseMatcher[LexiconLanguage.values().length], guess);
        words.load(new ScanText(text));
        return words;
    }

    @Test
    void aShortTextIsAnalysedInEveryLanguage() {
        assertThat(guess.languagesOf(words("Diabetes Typ 1"))).isEqualTo(EnumSet.allOf(LexiconLanguage.class));
    }

    @Test
    void anEnglishTextIsAnalysedAsEnglishOnly() {
        String text = "The manager said that the report was not ready and that he is waiting for the numbers from "
                + "the finance team, which have been late for a week.";
        assertThat(guess.languagesOf(words(text))).containsExactly(LexiconLanguage.EN);
    }

    @Test
    void eachLanguageIsRecognised() {
        assertThat(guess.languagesOf(words(
                "Der Bericht ist noch nicht fertig, und wir warten auf die Zahlen von der Abteilung, die sich "
                        + "auch mit dem Kunden abstimmen muss.")))
                .contains(LexiconLanguage.DE).doesNotContain(LexiconLanguage.EN, LexiconLanguage.PL);
        assertThat(guess.languagesOf(words(
                "Il rapporto non è pronto e il responsabile ha detto che aspetta i dati del cliente per "
                        + "chiudere la pratica con gli uffici.")))
                .contains(LexiconLanguage.IT).doesNotContain(LexiconLanguage.EN, LexiconLanguage.DE);
        assertThat(guess.languagesOf(words(
                "Le rapport n'est pas prêt et le responsable a dit qu'il attend les chiffres du client pour "
                        + "clore le dossier avec les services.")))
                .contains(LexiconLanguage.FR).doesNotContain(LexiconLanguage.EN, LexiconLanguage.DE);
        assertThat(guess.languagesOf(words(
                "El informe no está listo y el responsable dijo que espera los datos del cliente para cerrar "
                        + "el expediente con las oficinas.")))
                .contains(LexiconLanguage.ES).doesNotContain(LexiconLanguage.EN, LexiconLanguage.DE);
        assertThat(guess.languagesOf(words(
                "Het rapport is nog niet klaar en de manager zegt dat hij op de cijfers van de klant wacht "
                        + "voor het dossier.")))
                .contains(LexiconLanguage.NL).doesNotContain(LexiconLanguage.IT, LexiconLanguage.PL);
        assertThat(guess.languagesOf(words(
                "Raport nie jest jeszcze gotowy i kierownik powiedział, że czeka na dane od klienta, aby "
                        + "zamknąć sprawę w biurze.")))
                .contains(LexiconLanguage.PL).doesNotContain(LexiconLanguage.EN, LexiconLanguage.DE);
        assertThat(guess.languagesOf(words(
                "O relatório não está pronto e o responsável disse que espera os dados do cliente para fechar "
                        + "o processo com os serviços.")))
                .contains(LexiconLanguage.PT).doesNotContain(LexiconLanguage.EN, LexiconLanguage.DE);
    }

    @Test
    void aQuotedParagraphInAnotherLanguageKeepsThatLanguage() {
        String text = "Hi all, please see the note from the Munich office below and tell me what you think of it. "
                + "Der Kunde hat die Rechnung nicht bezahlt und will mit dem Chef sprechen.";
        assertThat(guess.languagesOf(words(text))).contains(LexiconLanguage.EN, LexiconLanguage.DE);
    }

    @Test
    void eachSentenceIsAnalysedInItsOwnLanguagesAndNeighboursWithTheSameLanguagesShareASegment() {
        String english = "The patient said that he was tired and that the pain was worse. ";
        String moreEnglish = "She is waiting for the results of the test. ";
        String german = "Der Patient hat gesagt, dass er mit dem Arzt sprechen will.\n";
        String heading = "Diagnose: Diabetes.";
        String text = english + moreEnglish + german + heading;

        List<LanguageGuess.Segment> segments = guess.segmentsOf(words(text), text);

        int germanStart = english.length() + moreEnglish.length();
        int headingStart = germanStart + german.length();
        assertThat(segments).extracting(LanguageGuess.Segment::start, LanguageGuess.Segment::end)
                .containsExactly(tuple(0, germanStart), tuple(germanStart, headingStart),
                        tuple(headingStart, text.length()));
        KeyedWords words = words(text);
        assertThat(segments).allSatisfy(segment -> {
            assertThat(words.start(segment.firstWord())).isEqualTo(segment.start());
            assertThat(words.end(segment.endWord() - 1)).isLessThanOrEqualTo(segment.end());
        });
        assertThat(segments.getLast().endWord()).isEqualTo(words.count());
        assertThat(segments.get(0).languages()).containsExactly(LexiconLanguage.EN);
        assertThat(segments.get(1).languages()).contains(LexiconLanguage.DE).doesNotContain(LexiconLanguage.EN);
        // too few clue words of its own: the heading takes the languages of the whole text
        assertThat(segments.get(2).languages()).isEqualTo(guess.languagesOf(words(text)))
                .contains(LexiconLanguage.EN, LexiconLanguage.DE);
    }

    @Test
    void aTextWithoutWordsHasNoSegments() {
        assertThat(guess.segmentsOf(words(" … !? "), " … !? ")).isEmpty();
    }

    /** One Segments serves text after text, and holds as many sentences and segments as a text has. */
    @Test
    void segmentsAreReusedAndGrowPastTheirFirstSize() {
        String english = "The patient said that he was tired and that the pain was worse. ";
        String german = "Der Patient hat gesagt, dass er mit dem Arzt sprechen will. ";
        String text = (english + german).repeat(100);
        LanguageGuess.Segments segments = new LanguageGuess.Segments();
        KeyedWords words = words(text);

        guess.segment(words, text, segments);
        assertThat(segments.count()).isEqualTo(200);
        assertThat(segments.endWord(199)).isEqualTo(words.count());
        assertThat(segments.languageBits(0)).isEqualTo(1 << LexiconLanguage.EN.ordinal());

        String short1 = "Diagnose: Diabetes.";
        guess.segment(words(short1), short1, segments);
        assertThat(segments.count()).isOne();
        assertThat(segments.end(0)).isEqualTo(short1.length());
        assertThat(segments.languageBits(0)).isEqualTo((1 << LexiconLanguage.values().length) - 1);
    }

    /** A char whose low byte is a line feed (U+200A, a hair space) is no line break; a line feed in a huge text is. */
    @Test
    void onlyARealLineBreakEndsASentenceInOneCharGap() {
        String english = "The patient said that he was tired and that the pain was worse";
        String german = "Der Patient hat gesagt, dass er mit dem Arzt sprechen will";

        String hairSpace = english + "\u200A" + german;
        assertThat(guess.segmentsOf(words(hairSpace), hairSpace)).hasSize(1);

        String lineFeed = english + "\n" + german;
        assertThat(guess.segmentsOf(words(lineFeed), lineFeed)).hasSize(2);

        String huge = "x ".repeat(40_000) + lineFeed;
        List<LanguageGuess.Segment> segments = guess.segmentsOf(words(huge), huge);
        assertThat(segments.getLast().start()).isEqualTo(huge.indexOf('\n') + 1);
    }

    /** Counts past what a byte holds, in one sentence and in the whole text, are counted exactly. */
    @Test
    void countsManyClueWordsInOneSentence() {
        String text = "the ".repeat(300) + "und ".repeat(200);
        List<LanguageGuess.Segment> segments = guess.segmentsOf(words(text), text);

        assertThat(segments).hasSize(1);
        assertThat(segments.get(0).languages()).containsExactlyInAnyOrder(LexiconLanguage.EN, LexiconLanguage.DE);
        assertThat(guess.languagesOf(words("the ".repeat(300) + "und ".repeat(99))))
                .containsExactly(LexiconLanguage.EN);
    }
}
