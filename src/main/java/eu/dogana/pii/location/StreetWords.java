package eu.dogana.pii.location;

import eu.dogana.pii.ScanText;

/**
 * The words that make a street, stored folded ({@link eu.dogana.pii.Folding#fold}, so "Straße" is
 * {@code strasse} and "Praça" {@code praca}), by where the house number goes.
 */
final class StreetWords {

    /** Type before the name, number after: "Via Roma 1", "Calle Mayor 10", "ul. Długa 5", "Rua Augusta 27". */
    private static final FoldedWordSet BEFORE_NAME = new FoldedWordSet(
            "via", "viale", "piazza", "piazzale", "corso", "largo", "vicolo", "strada", "lungomare", "contrada",
            "calle", "avenida", "avda", "plaza", "paseo", "carrer", "rambla", "camino", "ronda", "travesia",
            "rua", "praca", "travessa", "alameda", "estrada", "rodovia", "ul", "ulica", "al", "aleja", "plac",
            "os", "osiedle");

    /** French: number, type, name — "12 rue de Rivoli", "3 bd Haussmann". */
    private static final FoldedWordSet AFTER_NUMBER = new FoldedWordSet(
            "rue", "avenue", "av", "boulevard", "bd", "place", "allee", "impasse", "chemin", "quai", "cours", "route",
            "passage", "square", "faubourg", "voie");

    /** English: number, name, type — "221B Baker Street", "10 Downing St". */
    private static final FoldedWordSet AFTER_NAME = new FoldedWordSet(
            "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "way", "close", "court", "ct",
            "place", "square", "sq", "crescent", "terrace", "boulevard", "blvd", "gardens", "grove", "row", "walk",
            "mews", "parade");

    /** German and Dutch types written as a word of their own after the name: "Berliner Straße 5", "Am Weg 3". */
    private static final FoldedWordSet STANDALONE = new FoldedWordSet(
            "strasse", "str", "weg", "platz", "allee", "gasse", "ring", "damm", "ufer", "chaussee", "straat", "laan",
            "plein", "gracht", "kade", "singel");

    /** German and Dutch types fused onto the name: "Hauptstraße", "Keizersgracht", "Lindenallee". */
    private static final FoldedWordSet SUFFIXES = new FoldedWordSet(
            "strasse", "str", "weg", "platz", "allee", "gasse", "damm", "ufer", "steig", "pfad", "straat", "laan",
            "plein", "gracht", "kade", "singel", "steeg", "dreef", "dijk");

    /** Lower-case words inside a street name: "Via dei Mille", "Rua da Prata", "Calle de la Paz". */
    private static final FoldedWordSet CONNECTORS = new FoldedWordSet(
            "di", "de", "del", "della", "dello", "delle", "dei", "degli", "da", "do", "dos", "das", "du", "des",
            "la", "le", "les", "l", "d", "y", "e", "van", "der", "den", "het", "von", "am", "an", "im");

    private StreetWords() {
    }

    static boolean isTypeBeforeName(ScanText text, int word) {
        return BEFORE_NAME.contains(text, word);
    }

    static boolean isTypeAfterNumber(ScanText text, int word) {
        return AFTER_NUMBER.contains(text, word);
    }

    static boolean isTypeAfterName(ScanText text, int word) {
        return AFTER_NAME.contains(text, word);
    }

    static boolean isStandaloneType(ScanText text, int word) {
        return STANDALONE.contains(text, word);
    }

    /** A name with a fused street type, with at least two letters before the type ("Hauptstraße", not "Weg"). */
    static boolean hasTypeSuffix(ScanText text, int word) {
        return SUFFIXES.isSuffixOf(text, word, 2);
    }

    static boolean isConnector(ScanText text, int word) {
        return CONNECTORS.contains(text, word);
    }
}
