package eu.dogana.pii.name;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The closed word classes the person and place rules lean on, all written folded
 * ({@link eu.dogana.pii.Folding#fold}): stop words that are capitalised often but never a name, names that are
 * also common words, name particles, determiners, courtesy titles and place prepositions, for the eight
 * {@link NameLocale}s. They are compiled into the {@link Gazetteer} as {@link Gazetteer.WordClass} bits, so one lookup
 * of a word of the text answers every question the rules ask about it, without making a string.
 */
final class NameWords {

    /**
     * Function words, greetings, days and months: capitalised at the start of a sentence (or, in German, as nouns),
     * found in some Datafaker name lists ("De", "Le", "The" are listed surnames), never evidence of a person.
     */
    private static final Set<String> STOP = words(
            // English
            "the", "a", "an", "this", "that", "these", "those", "and", "or", "but", "if", "then", "so", "as", "of",
            "in", "on", "at", "to", "for", "from", "with", "by", "about", "into", "after", "before", "over", "under",
            "i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them", "my", "your", "his",
            "its", "our", "their", "what", "who", "which", "when", "where", "why", "how", "is", "are", "was",
            "were", "be", "been", "do", "does", "did", "have", "has", "had", "can", "could", "would", "should",
            "shall", "must", "not", "no", "yes", "all", "any", "some", "please", "thanks", "thank", "hi", "hello",
            "dear", "regards", "best", "kind", "there", "here", "also", "just", "now", "today", "tomorrow",
            "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
            "february", "march", "october", "november", "december", "mr", "mrs", "ms", "dr", "street", "road",
            "avenue", "lane", "mon", "new", "per",
            // German
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und", "oder",
            "aber", "wenn", "weil", "dass", "als", "auch", "nicht", "kein", "keine", "ich", "du", "er", "sie",
            "es", "wir", "ihr", "mein", "meine", "sein", "seine", "unser", "unsere", "ist", "sind", "war", "hat",
            "haben", "wird", "werden", "kann", "bitte", "danke", "hallo", "liebe", "lieber", "sehr", "geehrte",
            "geehrter", "im", "am", "zum", "zur", "vom", "beim", "mit", "nach", "bei", "aus", "von", "zu", "auf",
            "fur", "uber", "unter", "vor", "hinter", "neben", "zwischen", "durch", "gegen", "ohne", "um", "wie",
            "was", "wer", "wo", "warum", "heute", "morgen", "gestern", "montag", "dienstag", "mittwoch",
            "donnerstag", "freitag", "samstag", "sonntag", "januar", "februar", "marz", "oktober", "dezember",
            "herr", "frau", "strasse", "platz",
            // Italian
            "il", "lo", "la", "le", "gli", "un", "uno", "una", "e", "ed", "o", "ma", "se", "che", "chi", "non",
            "di", "da", "del", "della", "dei", "delle", "degli", "al", "alla", "nel", "nella", "con", "su", "tra",
            "fra", "io", "tu", "lui", "lei", "noi", "voi", "loro", "questo", "questa", "quello", "quella", "come",
            "dove", "quando", "perche", "sono", "ho", "ha", "abbiamo", "hanno", "grazie", "ciao", "buongiorno",
            "cara", "gentile", "oggi", "domani", "ieri", "lunedi", "martedi", "mercoledi", "giovedi",
            "venerdi", "sabato", "domenica", "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
            "luglio", "agosto", "settembre", "ottobre", "dicembre", "signor", "signora", "via", "piazza",
            // French
            "les", "du", "au", "aux", "et", "ou", "mais", "donc", "je", "il", "elle", "nous", "vous", "ils",
            "elles", "ce", "cette", "ces", "mon", "ma", "mes", "son", "sa", "ses", "est", "sont", "avec", "pour",
            "par", "sur", "dans", "chez", "sans", "qui", "que", "quoi", "ou", "merci", "bonjour", "bonsoir",
            "cher", "chere", "madame", "monsieur", "aujourd", "hier", "demain", "lundi", "mardi", "mercredi",
            "jeudi", "vendredi", "samedi", "dimanche", "janvier", "fevrier", "mars", "avril", "juin", "juillet",
            "aout", "septembre", "octobre", "novembre", "decembre", "rue",
            // Spanish
            "el", "los", "las", "y", "pero", "yo", "ella", "nosotros", "ellos", "este", "esta", "ese", "esa",
            "mi", "su", "sus", "es", "son", "con", "para", "por", "sin", "en", "que", "como", "donde", "cuando",
            "gracias", "hola", "querido", "querida", "estimado", "estimada", "hoy", "ayer", "manana", "lunes",
            "martes", "miercoles", "jueves", "viernes", "sabado", "enero", "febrero", "abril", "mayo",
            "junio", "septiembre", "octubre", "noviembre", "diciembre", "senor", "senora", "calle",
            // Dutch
            "de", "het", "een", "en", "of", "maar", "ik", "jij", "hij", "zij", "wij", "jullie", "mijn", "zijn",
            "haar", "ons", "onze", "is", "op", "voor", "met", "naar", "uit", "bij", "om", "door", "niet", "wat",
            "wie", "waar", "hoe", "bedankt", "dank", "beste", "geachte", "vandaag", "gisteren", "maandag",
            "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "januari", "februari", "maart",
            "mei", "juni", "juli", "augustus", "oktober", "van", "ten", "ter", "te", "straat",
            // Polish
            "i", "w", "we", "z", "ze", "na", "do", "od", "po", "przy", "dla", "nie", "tak", "jak", "ja", "ty",
            "on", "ona", "ono", "my", "wy", "oni", "jest", "sa", "to", "ten", "ta", "dziekuje", "dzien",
            "dobry", "szanowny", "szanowna", "dzis", "jutro", "wczoraj", "poniedzialek", "wtorek", "sroda",
            "czwartek", "piatek", "sobota", "niedziela", "styczen", "luty", "marzec", "kwiecien", "maj",
            "czerwiec", "lipiec", "sierpien", "wrzesien", "pazdziernik", "listopad", "grudzien", "ul", "ulica",
            // Portuguese
            "os", "as", "um", "uma", "do", "dos", "das", "no", "nos", "na", "nas", "ao", "em", "eu", "ele",
            "ela", "nao", "sim", "obrigado", "obrigada", "prezado", "prezada", "hoje", "ontem",
            "amanha", "segunda", "terca", "quarta", "quinta", "sexta", "janeiro", "fevereiro", "maio",
            "junho", "julho", "setembro", "outubro", "novembro", "dezembro", "rua", "senhor", "senhora");

    /**
     * First names that are also ordinary words or months ("Will", "Mark", "Rose", "May", "Mai"): alone they are no
     * evidence, so a rule needs a second signal (a title, a known surname) before calling them a person.
     */
    private static final Set<String> AMBIGUOUS = words(
            "will", "mark", "rose", "may", "june", "april", "august", "grace", "hope", "faith", "joy", "bill",
            "art", "guy", "frank", "sue", "pat", "ray", "rich", "sky", "amber", "ruby", "iris", "lily", "daisy",
            "dawn", "spring", "summer", "autumn", "winter", "sommer", "java", "crystal", "pearl", "jade", "chase", "hunter", "drew", "gene", "miles", "wade",
            "max", "mai", "king", "young", "long", "page", "date", "lane", "brook", "ella", "dan", "bene",
            "wolf", "german", "easter", "christ", "jesus", "sunny", "star", "rain", "storm", "river", "sterling",
            "august", "don", "pan", "angel", "major", "rock", "golden", "china", "india", "carmen", "dolores",
            "mercedes", "pilar", "paz", "luz", "cruz", "rosario", "santos", "natal", "victoria", "florence",
            "jordan", "paris", "london", "milano", "lima", "regina", "fortuna", "gloria", "aurora", "fiore",
            "stella", "bella", "bianca", "rosa", "viola", "elle", "lange", "klein", "jung", "herbst",
            "kaiser", "konig", "bauer", "post", "berg", "stern", "fisher", "baker", "smith", "cook", "short",
            "white", "black", "brown", "green", "hall", "park", "bank", "best", "hill", "well", "ma", "pa", "ja",
            "sol", "mar", "ola", "caro", "julio", "domingo");

    /** Lower-case words that sit inside a name: "Ludwig van Beethoven", "Leonardo da Vinci", "Dhr. de Vries". */
    private static final Set<String> PARTICLES = words(
            "van", "der", "den", "de", "del", "della", "dello", "delle", "degli", "dei", "di", "da", "das", "do",
            "dos", "du", "des", "le", "la", "von", "vom", "zu", "zur", "ter", "ten", "te", "y", "t", "d", "het",
            "bin", "ibn", "af", "av");

    /** Words that make the capitalised word after them a thing, not a person ("the Rose Garden", "die Rose"). */
    private static final Set<String> DETERMINERS = words(
            "the", "a", "an", "this", "that", "our", "your", "their", "its", "der", "die", "das", "dem", "des",
            "ein", "eine", "einen", "einem", "il", "lo", "gli", "un", "uno", "una", "les", "une", "el", "los",
            "las", "het", "een", "o", "os", "um", "uma");

    /** Courtesy titles and forms of address written in any case: "la señora García", "il signor Rossi". */
    private static final Set<String> TITLES_ANY_CASE = words(
            "herr", "frau", "signor", "signora", "signore", "signorina", "dottore", "dottoressa", "monsieur",
            "madame", "mademoiselle", "senor", "senora", "senorita", "don", "dona", "senhor", "senhora", "meneer",
            "mevrouw", "pan", "pani", "panie", "pania", "pana", "panu", "panem", "professor", "professore", "professoressa", "professeur", "doktor",
            "doctor", "avvocato", "ingegnere", "maitre");

    /** Abbreviated titles, capitalised, with or without their period: "Dr Smith", "Mme Dupont", "Dhr. de Vries". */
    private static final Set<String> TITLES_CAPITALISED = words(
            "dr", "prof", "mr", "mrs", "ms", "mme", "mmes", "mlle", "sr", "sra", "srta", "dhr", "mevr", "sig",
            "dott", "ing", "avv", "mag", "dipl", "miss", "sir", "dna", "sta");

    /** One-letter or ambiguous abbreviations that are titles only with their period: "M. Dupont", "D. José". */
    private static final Set<String> TITLES_WITH_PERIOD = words("m", "d", "hr", "fr", "mw");

    /** Prepositions before a place: "in Berlin", "a Roma", "à Paris", "en Madrid", "nach München", "em Lisboa". */
    private static final Set<String> PLACE_PREPOSITIONS = words(
            "in", "a", "en", "nach", "w", "we", "em", "bei", "da", "naar", "aus", "from", "to", "near", "at", "uit",
            "vicino", "desde", "hacia", "para", "pour", "vers", "z", "do", "von");

    /** Second halves of Italian abbreviations written with an inner period: "Sig.ra", "Sig.na", "Dott.ssa". */
    private static final Set<String> TITLE_ENDINGS = words("ra", "na", "ssa");

    private NameWords() {
    }

    /** Lists above overlap across languages ("il", "ma", "en"), which {@code Set.of} would reject. */
    private static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    /** Every word of every class with its {@link Gazetteer.WordClass} bit, for the gazetteer build. */
    static void forEach(BiConsumer<String, Long> consumer) {
        add(consumer, STOP, Gazetteer.WordClass.STOP);
        add(consumer, AMBIGUOUS, Gazetteer.WordClass.AMBIGUOUS);
        add(consumer, PARTICLES, Gazetteer.WordClass.PARTICLE);
        add(consumer, DETERMINERS, Gazetteer.WordClass.DETERMINER);
        add(consumer, TITLES_ANY_CASE, Gazetteer.WordClass.TITLE_ANY_CASE);
        add(consumer, TITLES_CAPITALISED, Gazetteer.WordClass.TITLE_CAPITALISED);
        add(consumer, TITLES_WITH_PERIOD, Gazetteer.WordClass.TITLE_WITH_PERIOD);
        add(consumer, TITLE_ENDINGS, Gazetteer.WordClass.TITLE_ENDING);
        add(consumer, PLACE_PREPOSITIONS, Gazetteer.WordClass.PLACE_PREPOSITION);
    }

    /** The words of one class. */
    static Set<String> of(Gazetteer.WordClass wordClass) {
        Set<String> words = new HashSet<>();
        forEach((word, bit) -> {
            if (bit == wordClass.bit()) {
                words.add(word);
            }
        });
        return Set.copyOf(words);
    }

    private static void add(BiConsumer<String, Long> consumer, Set<String> words, Gazetteer.WordClass wordClass) {
        for (String word : words) {
            consumer.accept(word, wordClass.bit());
        }
    }
}
