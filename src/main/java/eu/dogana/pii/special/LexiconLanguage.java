package eu.dogana.pii.special;

import java.util.List;

/**
 * A language the special-category lexicons are written in. Each has its own directory of lexicon files
 * ({@code pii/lexicons/<code>/}), its own analysis chain ({@link LexiconAnalyzer}) and a handful of very common short
 * words ({@link #clueWords()}) that {@link LanguageGuess} counts to decide which chains a text needs.
 */
enum LexiconLanguage {
    EN("en", "the", "and", "is", "are", "was", "of", "with", "has", "have", "had", "he", "she", "his", "her",
            "my", "this", "that", "for", "not", "to", "be", "been", "it", "they", "from", "our", "we", "you"),
    DE("de", "und", "der", "die", "das", "ist", "kein", "mit", "ein", "eine", "ich", "er", "sie", "hat", "wird",
            "auf", "den", "dem", "des", "sich", "auch", "mein", "sein", "von", "zu", "im", "bei", "wie", "wir",
            "war", "für", "nach", "aus", "sind", "ihr", "nur"),
    IT("it", "il", "lo", "che", "di", "del", "dei", "non", "sono", "una", "per", "con", "gli", "è", "ha", "suo",
            "sua", "nel", "alla", "mio", "mia", "ed", "è", "sta", "ho", "hai", "anni", "al", "dal", "agli"),
    FR("fr", "le", "les", "des", "est", "et", "une", "un", "pour", "pas", "il", "elle", "du", "au", "aux", "sur",
            "qui", "ne", "je", "son", "sa", "ses", "mon", "ma", "été", "dans", "avec", "nous", "vous", "mais"),
    ES("es", "el", "los", "las", "que", "por", "con", "una", "es", "del", "se", "su", "sus", "mi", "no", "y",
            "al", "está", "muy", "pero", "fue", "ha", "hay", "como", "para", "ella"),
    NL("nl", "de", "het", "een", "van", "en", "niet", "ik", "is", "zijn", "hij", "zij", "met", "op", "dat",
            "die", "voor", "bij", "ook", "mijn", "aan", "werd", "heb", "naar", "wij", "maar"),
    PL("pl", "i", "w", "z", "na", "nie", "jest", "się", "że", "do", "to", "od", "jak", "ale", "jego", "jej",
            "był", "przy", "dla", "po", "mój", "ma", "są", "pan", "pani", "oraz", "czy", "już"),
    PT("pt", "o", "os", "de", "que", "não", "uma", "um", "com", "é", "do", "da", "dos", "das", "em", "no", "na",
            "ele", "ela", "meu", "seu", "foi", "está", "tem", "para", "pelo", "pela", "mas");

    private final String code;
    private final List<String> clueWords;

    LexiconLanguage(String code, String... clueWords) {
        this.code = code;
        this.clueWords = List.of(clueWords).stream().distinct().toList();
    }

    /** ISO 639-1 code, also the lexicon directory name. */
    String code() {
        return code;
    }

    /**
     * Short, very frequent words of the language, lower case, at most {@value LanguageGuess#MAX_CLUE_LENGTH}
     * characters. Several languages may share one ("de", "die"): it then counts for each of them.
     */
    List<String> clueWords() {
        return clueWords;
    }
}
