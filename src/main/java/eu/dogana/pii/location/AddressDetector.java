package eu.dogana.pii.location;

import eu.dogana.pii.Detector;
import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import eu.dogana.pii.FindingSink;
import eu.dogana.pii.ScanText;
import eu.dogana.pii.name.Capitals;
import eu.dogana.pii.name.Gazetteer;
import eu.dogana.pii.name.GazetteerMatcher;
import java.util.Objects;
import java.util.Set;

/**
 * Finds postal addresses and place names as {@link EntityType#LOCATION}:
 * <ul>
 *   <li>a street with its house number, in the order each language writes it — "Via Roma 1", "Hauptstraße 5",
 *       "Berliner Straße 5", "Keizersgracht 123", "ul. Długa 5", "Calle Mayor 10", "12 rue de Rivoli",
 *       "221B Baker Street" — together with the postcode and city that follow it ("…, 10115 Berlin",
 *       "…, London SW1A 2AA") — {@value #STREET};</li>
 *   <li>a postcode and city without a street: five digits (DE, IT, FR, ES) before a city of the
 *       {@link Gazetteer} — {@value #POSTCODE_KNOWN_CITY}; the Dutch "1015 CJ", Polish "00-950", Portuguese
 *       "1000-001" and British "SW1A 1AA" shapes before any capitalised word — {@value #POSTCODE_SPECIFIC};</li>
 *   <li>a known city after a preposition ("in Berlin", "a Roma", "nach München") — {@value #CITY_AFTER_PREPOSITION}.
 *   </li>
 * </ul>
 * A five-digit number before an unknown capitalised word ("12000 Euro", "50000 Einwohner") is not an address on its
 * own; after a street it is.
 *
 * <p>Cost: the pass visits digit-initial and upper-case-initial words only, found from the word flags the
 * segmentation records ({@link ScanText#STARTS_DIGIT}, {@link ScanText#STARTS_UPPER_CASE}) without reading the text; a
 * number longer than five characters is no postcode or house number and is left at once, and a capitalised word
 * without a digit is no British postcode. Street words are looked for backwards or forwards from a house number, so
 * text without numbers pays nothing for them. Street words and the preposition before a capitalised word are compared
 * in place ({@link FoldedWordSet}: most words fail a length, first- and last-letter test before any hashing), and
 * postcode digits are read from the word flags, so a number that is no house number ("in 2024") costs no folded
 * String. The gazetteer is asked only for a city: after a postcode, a street, or a preposition.
 */
public final class AddressDetector implements Detector {

    public static final String ID = "address";

    static final double STREET = 0.9;
    static final double POSTCODE_KNOWN_CITY = 0.85;
    static final double POSTCODE_SPECIFIC = 0.7;
    static final double CITY_AFTER_PREPOSITION = 0.5;

    /** Words between a street type and its number: "Corso Vittorio Emanuele II 12", "Calle de la Paz 3". */
    private static final int MAX_STREET_NAME_WORDS = 6;
    private static final int MAX_CITY_WORDS = 4;
    /** The longest word a postcode or house number begins with: five digits, or four and a letter ("221B"). */
    private static final int MAX_NUMBER_LENGTH = 5;
    /**
     * "in", "a", "nach" …: asked before each capitalised word, so compared in place with these few words rather than
     * looked up in the whole gazetteer.
     */
    private static final FoldedWordSet PLACE_PREPOSITIONS =
            new FoldedWordSet(Gazetteer.WordClass.PLACE_PREPOSITION.words());

    /** The words an address or place can begin with: a digit (a postcode or house number) or a capital. */
    private static final int CANDIDATES = ScanText.STARTS_DIGIT | ScanText.STARTS_UPPER_CASE;

    private final Gazetteer gazetteer;

    /** Uses the {@link Gazetteer#shared() shared} gazetteer, built on first use. */
    public AddressDetector() {
        this(Gazetteer.shared());
    }

    public AddressDetector(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer is null");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.LOCATION);
    }

    @Override
    public void detect(ScanText text, FindingSink sink) {
        int count = text.wordCount();
        GazetteerMatcher matcher = null;
        // from candidate to candidate by the words' flags: most words begin with a lower-case letter
        for (int word = text.nextWordWithAny(0, CANDIDATES); word < count;
                word = text.nextWordWithAny(word + 1, CANDIDATES)) {
            if (matcher == null) {
                matcher = gazetteer.matcher();
            }
            boolean digit = (text.wordFlags(word) & ScanText.STARTS_DIGIT) != 0;
            int end = digit ? atNumber(text, word, matcher, sink) : atCapital(text, word, matcher, sink);
            word = Math.max(word, end);
        }
    }

    /** A word starting with a digit: a postcode, or a house number with its street. Returns the last word used. */
    private int atNumber(ScanText text, int word, GazetteerMatcher matcher, FindingSink sink) {
        if (text.wordEnd(word) - text.wordStart(word) > MAX_NUMBER_LENGTH) {
            return word; // a phone number, an IBAN, an amount: no postcode or house number is that long
        }
        long locality = locality(text, word, matcher, false);
        if (locality >= 0) {
            int end = (int) locality;
            emit(text, word, end, (locality >>> 32) == KNOWN_CITY ? POSTCODE_KNOWN_CITY : POSTCODE_SPECIFIC, sink);
            return end;
        }
        int number = houseNumberEnd(text, word);
        if (number < 0) {
            return word;
        }
        int start = streetBefore(text, word);
        int end = number;
        if (start < 0) {
            end = streetAfterNumber(text, word);
            start = word;
        }
        if (end < 0) {
            return word;
        }
        end = withLocality(text, end, matcher);
        emit(text, start, end, STREET, sink);
        return end;
    }

    /** A capitalised word: a British postcode, or a known city after a preposition. */
    private int atCapital(ScanText text, int word, GazetteerMatcher matcher, FindingSink sink) {
        if (Postcodes.mayBeOutward(text, word)) {
            int end = Postcodes.british(text, word);
            if (end >= 0) {
                emit(text, word, end, POSTCODE_SPECIFIC, sink);
                return end;
            }
        }
        if (word == 0 || !Capitals.isCapitalised(text, word) || !Capitals.spaced(text, word - 1, 1)
                || !PLACE_PREPOSITIONS.contains(text, word - 1)) {
            return word;
        }
        int end = matcher.longest(text, word, MAX_CITY_WORDS, Gazetteer.Kind.CITY.mask());
        if (end < 0) {
            return word;
        }
        emit(text, word, end, CITY_AFTER_PREPOSITION, sink);
        return end;
    }

    private static final long CAPITALISED_CITY = 1;
    private static final long SPECIFIC_POSTCODE = 2;
    private static final long KNOWN_CITY = 3;

    /**
     * A postcode at {@code word} followed by its city: returns the city's last word with the evidence in bits 32+
     * ({@link #KNOWN_CITY}, {@link #SPECIFIC_POSTCODE}, {@link #CAPITALISED_CITY}), or -1. An unknown capitalised
     * city after five digits counts only when {@code afterStreet}.
     */
    private static long locality(ScanText text, int word, GazetteerMatcher matcher, boolean afterStreet) {
        int postcode = Postcodes.specific(text, word);
        boolean specific = postcode >= 0;
        if (!specific) {
            postcode = Postcodes.fiveDigits(text, word);
        }
        int city = postcode + 1;
        if (postcode < 0 || city >= text.wordCount() || !Capitals.spaced(text, postcode, 1)
                || !Capitals.isCapitalised(text, city)) {
            return -1;
        }
        int known = matcher.longest(text, city, MAX_CITY_WORDS, Gazetteer.Kind.CITY.mask());
        if (known >= 0) {
            return known | KNOWN_CITY << 32;
        }
        if (!specific && !afterStreet || Capitals.isAllCaps(text, city)) {
            return -1;
        }
        int end = city;
        while (end + 1 < text.wordCount() && end - city < 2 && hyphenated(text, end)
                && Capitals.isCapitalised(text, end + 1)) {
            end++;
        }
        return end | (specific ? SPECIFIC_POSTCODE : CAPITALISED_CITY) << 32;
    }

    /** After a street and number: ", 10115 Berlin", " 1015 CJ Amsterdam", ", London SW1A 2AA", ", Milano". */
    private static int withLocality(ScanText text, int end, GazetteerMatcher matcher) {
        int next = end + 1;
        if (next >= text.wordCount() || !localityGap(text, end)) {
            return end;
        }
        char first = text.charAt(text.wordStart(next));
        if (first >= '0' && first <= '9') {
            long locality = locality(text, next, matcher, true);
            return locality >= 0 ? (int) locality : end;
        }
        int postcode = Postcodes.mayBeOutward(text, next) ? Postcodes.british(text, next) : -1;
        if (postcode >= 0) {
            return postcode;
        }
        if (!Capitals.isCapitalised(text, next)) {
            return end;
        }
        int city = matcher.longest(text, next, MAX_CITY_WORDS, Gazetteer.Kind.CITY.mask());
        if (city < 0) {
            return end;
        }
        if (city + 1 < text.wordCount() && Capitals.spaced(text, city, 1) && Postcodes.mayBeOutward(text, city + 1)) {
            postcode = Postcodes.british(text, city + 1);
            if (postcode >= 0) {
                return postcode;
            }
        }
        return city;
    }

    /**
     * The first word of the street before the house number at {@code number}: "Hauptstraße", "Berliner Straße",
     * "Via Roma", "ul. Długa", "Calle de la Paz". Returns -1 when there is none.
     */
    private static int streetBefore(ScanText text, int number) {
        int last = number - 1;
        if (last < 0 || !numberGap(text, last)) {
            return -1;
        }
        if (Capitals.isCapitalised(text, last) && StreetWords.hasTypeSuffix(text, last)) {
            int start = last;
            while (start > 0 && hyphenated(text, start - 1) && Capitals.isCapitalised(text, start - 1)) {
                start--;
            }
            return start;
        }
        if (StreetWords.isStandaloneType(text, last)) {
            int start = last;
            while (start > 0 && last - start < 3 && nameJoin(text, start - 1)
                    && Capitals.isCapitalised(text, start - 1)
                    && !StreetWords.isStandaloneType(text, start - 1)) {
                start--;
            }
            return start < last ? start : -1;
        }
        boolean named = false;
        for (int w = last; w >= 0 && last - w <= MAX_STREET_NAME_WORDS; w--) {
            if (w < last && !nameJoin(text, w)) {
                return -1;
            }
            if (named && w < last && StreetWords.isTypeBeforeName(text, w)) {
                return w;
            }
            if (Capitals.isCapitalised(text, w) || Postcodes.digits(text, w) > 0 && w < last) {
                named = true;
            } else if (!StreetWords.isConnector(text, w)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The street after a house number: French "12 rue de Rivoli" (type first, returns the name's last word) and
     * English "221B Baker Street" (returns the type). -1 when there is none.
     */
    private static int streetAfterNumber(ScanText text, int number) {
        int type = number + 1;
        if (type >= text.wordCount() || !numberGap(text, number)) {
            return -1;
        }
        if (StreetWords.isTypeAfterNumber(text, type)) {
            int end = -1;
            for (int w = type + 1; w < text.wordCount() && w - type <= MAX_STREET_NAME_WORDS; w++) {
                if (!nameJoin(text, w - 1)) {
                    break;
                }
                if (Capitals.isCapitalised(text, w)) {
                    end = w;
                } else if (!StreetWords.isConnector(text, w)) {
                    break;
                }
            }
            if (end >= 0) {
                return end;
            }
        }
        for (int w = type; w < text.wordCount() && w - type <= 3; w++) {
            if (w > type && !nameJoin(text, w - 1) || !Capitals.isCapitalised(text, w)) {
                return -1;
            }
            if (w > type && StreetWords.isTypeAfterName(text, w)) {
                return w;
            }
        }
        return -1;
    }

    /**
     * A house number at {@code word}: one to four digits and at most one letter ("5", "12a", "221B"), possibly a
     * range ("12-14", "5/7"). Returns its last word, or -1.
     */
    private static int houseNumberEnd(ScanText text, int word) {
        if (!isHouseNumber(text, word)) {
            return -1;
        }
        int next = word + 1;
        if (next < text.wordCount() && text.wordStart(next) - text.wordEnd(word) == 1
                && (text.charAt(text.wordEnd(word)) == '-' || text.charAt(text.wordEnd(word)) == '/')
                && isHouseNumber(text, next)) {
            return next;
        }
        return word;
    }

    private static boolean isHouseNumber(ScanText text, int word) {
        int start = text.wordStart(word);
        int end = text.wordEnd(word);
        int i = start;
        while (i < end && i - start < 5 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        int digits = i - start;
        return digits >= 1 && digits <= 4 && (i == end || i + 1 == end && Character.isLetter(text.charAt(i)));
    }

    /** Between the words of a street name: a space, a hyphen, an apostrophe, or an abbreviation's ". ". */
    private static boolean nameJoin(ScanText text, int word) {
        int from = text.wordEnd(word);
        int gap = text.wordStart(word + 1) - from;
        char c = text.charAt(from);
        if (gap == 1) {
            return c == ' ' || c == '-' || c == '\'' || c == '\u2019' || c == '\u00A0';
        }
        return gap == 2 && c == '.' && text.charAt(from + 1) == ' ';
    }

    /** Between a street name and its number: a space, or a comma or period then a space ("Via Roma, 5"). */
    private static boolean numberGap(ScanText text, int word) {
        int from = text.wordEnd(word);
        int gap = text.wordStart(word + 1) - from;
        char c = text.charAt(from);
        if (gap == 1) {
            return c == ' ' || c == '\u00A0';
        }
        return gap == 2 && (c == ',' || c == '.') && text.charAt(from + 1) == ' ';
    }

    /** Between a street and its locality: spaces, at most one comma, at most one line break. */
    private static boolean localityGap(ScanText text, int word) {
        int from = text.wordEnd(word);
        int to = text.wordStart(word + 1);
        if (to - from > 4) {
            return false;
        }
        int commas = 0;
        int breaks = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',') {
                commas++;
            } else if (c == '\n') {
                breaks++;
            } else if (c != ' ' && c != '\r' && c != '\u00A0') {
                return false;
            }
        }
        return commas <= 1 && breaks <= 1;
    }

    private static boolean hyphenated(ScanText text, int word) {
        int from = text.wordEnd(word);
        return text.wordStart(word + 1) - from == 1 && text.charAt(from) == '-';
    }

    private static void emit(ScanText text, int first, int last, double score, FindingSink sink) {
        sink.add(new Finding(EntityType.LOCATION, text.wordStart(first), text.wordEnd(last), score, ID));
    }
}
