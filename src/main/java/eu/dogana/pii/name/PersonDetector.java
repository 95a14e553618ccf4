package eu.dogana.pii.name;

import eu.dogana.pii.Detector;
import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import eu.dogana.pii.FindingSink;
import eu.dogana.pii.ScanText;
import java.util.Objects;
import java.util.Set;

/**
 * Finds names of people in English, German, Italian, French, Spanish, Dutch, Polish and Portuguese text with the
 * {@link Gazetteer} and the shape of the words around a capitalised word. A finding needs two signals:
 * <ul>
 *   <li>a courtesy title before capitalised words ("Herr Müller", "la señora García", "Dhr. de Vries",
 *       "Sig.ra Bianchi") — {@value #TITLED}; the title itself is not part of the span;</li>
 *   <li>a known first name followed by a known surname or further first names ("Mario Rossi", "Jan Kowalski",
 *       "Ludwig van Beethoven") — {@value #FULL_NAME}; the inverted "Rossi, Mario" — {@value #INVERTED};</li>
 *   <li>a known first name followed by an unknown capitalised word, or a first name that is also a common word
 *       ("Will", "Rose", "Paris") followed by a known surname — {@value #WEAK_PAIR};</li>
 *   <li>a known first name alone, mid-sentence, that is not also a common word — {@value #FIRST_NAME_ONLY}.</li>
 * </ul>
 * A first name after a determiner ("the Rose Garden") or at the start of a sentence counts for less, and stop words
 * (articles, pronouns, weekdays, greetings) are never part of a name.
 *
 * <p>Cost: the pass visits only the capitalised words, found from the word flags the segmentation records ({@link
 * ScanText#CAPITALISED}, a byte per word) without reading the text, and looks each up once: a word of up to eight
 * characters is packed into a long straight from the text (an ASCII word lower-cased, a Latin one folded as it is
 * packed) and found in one cache line ({@link ShortKeyTable}); any other is folded into a reused buffer (no string) and
 * found in the gazetteer's general hash table ({@link FoldedKeyTable}). The word before is looked up only when its
 * length and first letter fit a lower-case title or particle, and the words after only when the lookup finds a name or
 * the word is a title. About 4.2 µs best-of CPU per 4 KB dense prompt of the benchmark, alone on pre-segmented text
 * (7.1 µs when every word's first letter was read and every key looked up in the general table; 35 µs when the
 * gazetteer was an FST walked letter by letter).
 */
public final class PersonDetector implements Detector {

    public static final String ID = "person-gazetteer";

    static final double TITLED = 0.85;
    static final double FULL_NAME = 0.85;
    static final double INVERTED = 0.75;
    static final double WEAK_PAIR = 0.6;
    static final double FIRST_NAME_ONLY = 0.45;

    /** Name words (not counting particles and initials) one finding may span. */
    private static final int MAX_NAME_WORDS = 4;
    /** Particles and initials in a row inside a name: "van der", "de la", "J. R.". */
    private static final int MAX_CONNECTORS = 3;

    /** The word classes that can stand before a name in lower case: "la señora García", "il sig. Rossi", "de Vries". */
    private static final long LEAD_IN_CLASSES = Gazetteer.WordClass.PARTICLE.bit()
            | Gazetteer.WordClass.TITLE_ANY_CASE.bit() | Gazetteer.WordClass.TITLE_ENDING.bit();
    /** Lead-ins are short: a longer word before a capitalised one is not looked up. */
    private static final int MAX_LEAD_IN_LENGTH = 13;

    private final Gazetteer gazetteer;
    /**
     * Per length, the first letters (bit {@code c - 'a'}) of the gazetteer's {@link #LEAD_IN_CLASSES} words: they
     * rule out most words before a capitalised word without a lookup.
     */
    private final int[] leadInInitials;

    /** Uses the {@link Gazetteer#shared() shared} gazetteer, built on first use. */
    public PersonDetector() {
        this(Gazetteer.shared());
    }

    public PersonDetector(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer is null");
        this.leadInInitials = leadInInitials(gazetteer);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.PERSON);
    }

    @Override
    public void detect(ScanText text, FindingSink sink) {
        int count = text.wordCount();
        GazetteerMatcher matcher = null;
        // from capitalised word to capitalised word: the others are never the start of a name
        for (int word = text.nextWordWithAny(0, ScanText.CAPITALISED); word < count;
                word = text.nextWordWithAny(word + 1, ScanText.CAPITALISED)) {
            if (matcher == null) {
                matcher = gazetteer.matcher();
            }
            word = atCapital(text, word, matcher, sink);
        }
    }

    /** Examines the capitalised word {@code word}; returns the last word it used up. */
    private int atCapital(ScanText text, int word, GazetteerMatcher matcher, FindingSink sink) {
        long flags = matcher.flags(text, word);
        int titleEnd = titleAt(text, word, flags, matcher);
        if (titleEnd >= 0) {
            return Math.max(titleEnd, afterTitle(text, titleEnd, matcher, sink));
        }
        int titled = lowerCaseTitleBefore(text, word, matcher);
        if (titled >= 0) {
            int end = afterTitle(text, titled, matcher, sink);
            if (end >= word) {
                return end;
            }
        }
        if (Gazetteer.WordClass.STOP.in(flags) || Gazetteer.WordClass.PARTICLE.in(flags)) {
            return word;
        }
        if (Gazetteer.Kind.FIRST_NAME.in(flags)) {
            int end = fromFirstName(text, word, flags, matcher, sink);
            if (end >= 0) {
                return end;
            }
        }
        if (Gazetteer.Kind.SURNAME.in(flags) && !Gazetteer.Kind.FIRST_NAME.in(flags)) {
            return inverted(text, word, matcher, sink);
        }
        return word;
    }

    /** "Mario Rossi", "Will Smith", "Anna": returns the last word of a finding, or -1 when there is none. */
    private int fromFirstName(ScanText text, int word, long flags, GazetteerMatcher matcher, FindingSink sink) {
        boolean ambiguous = Gazetteer.WordClass.AMBIGUOUS.in(flags) || Gazetteer.Kind.CITY.in(flags)
                || Capitals.isAllCaps(text, word);
        long chain = word + 1 < text.wordCount() && nameJoin(text, word) ? chain(text, word + 1, matcher) : -1;
        if (chain >= 0) {
            int end = (int) chain;
            boolean known = (chain >>> 32) != 0;
            double score;
            if (known && !ambiguous) {
                score = FULL_NAME;
            } else if ((known || !ambiguous) && !afterDeterminer(text, word, matcher)) {
                score = WEAK_PAIR;
            } else {
                return -1;
            }
            emit(text, word, end, score, sink);
            return end;
        }
        if (!ambiguous && text.wordEnd(word) - text.wordStart(word) >= 3 && !Capitals.startsSentence(text, word)
                && !afterDeterminer(text, word, matcher)) {
            emit(text, word, word, FIRST_NAME_ONLY, sink);
            return word;
        }
        return -1;
    }

    /** "Rossi, Mario": a surname that is no first name, a comma, then an unambiguous first name. */
    private int inverted(ScanText text, int word, GazetteerMatcher matcher, FindingSink sink) {
        int next = word + 1;
        if (next >= text.wordCount() || Capitals.isAllCaps(text, word)) {
            return word;
        }
        int gapStart = text.wordEnd(word);
        if (text.wordStart(next) - gapStart != 2 || text.charAt(gapStart) != ','
                || text.charAt(gapStart + 1) != ' ' || !Capitals.isCapitalised(text, next)) {
            return word;
        }
        long flags = matcher.flags(text, next);
        if (!Gazetteer.Kind.FIRST_NAME.in(flags) || Gazetteer.Kind.CITY.in(flags)
                || Gazetteer.WordClass.AMBIGUOUS.in(flags)) {
            return word;
        }
        emit(text, word, next, INVERTED, sink);
        return next;
    }

    /** The name after a title: returns its last word, or -1 when no name follows. */
    private int afterTitle(ScanText text, int titleEnd, GazetteerMatcher matcher, FindingSink sink) {
        int from = titleEnd + 1;
        if (from >= text.wordCount() || !titleGap(text, titleEnd)) {
            return -1;
        }
        long chain = chain(text, from, matcher);
        if (chain < 0) {
            return -1;
        }
        int end = (int) chain;
        emit(text, from, end, TITLED, sink);
        return end;
    }

    /**
     * The name that starts at {@code from}: name words joined by a space, hyphen or apostrophe, with particles and
     * initials between them. Returns -1 when it holds no name word, else the index of its last name word, with
     * bit 32 set when some word is a known first name or surname (or particles plus the word form a known surname:
     * "de Vries").
     */
    private static long chain(ScanText text, int from, GazetteerMatcher matcher) {
        int count = text.wordCount();
        int last = -1;
        int names = 0;
        int connectors = 0;
        boolean known = false;
        for (int w = from; w < count && names < MAX_NAME_WORDS; w++) {
            if (w > from && !nameJoin(text, w - 1)) {
                break;
            }
            long flags = matcher.flags(text, w);
            if (Gazetteer.WordClass.PARTICLE.in(flags) || Capitals.isInitial(text, w) || elided(text, w)) {
                if (++connectors > MAX_CONNECTORS) {
                    break;
                }
                continue;
            }
            if (!Capitals.isCapitalised(text, w) || Gazetteer.WordClass.STOP.in(flags)
                    || text.wordEnd(w) - text.wordStart(w) < 2) {
                break;
            }
            boolean listed = Gazetteer.Kind.SURNAME.in(flags) || Gazetteer.Kind.FIRST_NAME.in(flags);
            if (Capitals.isAllCaps(text, w) && !listed) {
                break;
            }
            if (connectors > 0 && !listed) {
                listed = matcher.longest(text, w - connectors, connectors + 1, Gazetteer.Kind.SURNAME.mask()) == w;
            }
            known |= listed && !Gazetteer.WordClass.AMBIGUOUS.in(flags);
            last = w;
            names++;
            connectors = 0;
        }
        return last < 0 ? -1 : last | (known ? 1L << 32 : 0);
    }

    /**
     * A title at {@code word}, which is capitalised: returns the title's last word ("Sig.ra" is two words), or -1.
     */
    private static int titleAt(ScanText text, int word, long flags, GazetteerMatcher matcher) {
        if (Gazetteer.WordClass.TITLE_CAPITALISED.in(flags) || Gazetteer.WordClass.TITLE_ANY_CASE.in(flags)) {
            return compositeEnd(text, word, matcher);
        }
        int end = text.wordEnd(word);
        if (Gazetteer.WordClass.TITLE_WITH_PERIOD.in(flags) && end < text.length() && text.charAt(end) == '.') {
            return word;
        }
        return -1;
    }

    /** "Sig" followed by ".ra" is the title "Sig.ra": returns the second word, else {@code word} itself. */
    private static int compositeEnd(ScanText text, int word, GazetteerMatcher matcher) {
        int next = word + 1;
        if (next < text.wordCount() && text.wordStart(next) == text.wordEnd(word) + 1
                && text.charAt(text.wordEnd(word)) == '.'
                && Gazetteer.WordClass.TITLE_ENDING.in(matcher.flags(text, next))) {
            return next;
        }
        return word;
    }

    /**
     * A lower-case title ("la señora García", "il signor Rossi", "la sig.ra Bianchi") before {@code word}, possibly
     * through particles ("la señora de la Fuente"): returns the title's last word, or -1.
     */
    private int lowerCaseTitleBefore(ScanText text, int word, GazetteerMatcher matcher) {
        int previous = word - 1;
        long flags = 0;
        for (int particles = 0; previous >= 0; particles++, previous--) {
            if (Capitals.isCapitalised(text, previous) || !mayLeadIn(text, previous)) {
                return -1; // cheap exits before the lookup: lead-ins are lower case, short, and begin with few letters
            }
            flags = matcher.flags(text, previous);
            if (particles >= MAX_CONNECTORS || !Gazetteer.WordClass.PARTICLE.in(flags)
                    || !Capitals.spaced(text, previous, 1)) {
                break;
            }
        }
        if (previous < 0) {
            return -1;
        }
        if (Gazetteer.WordClass.TITLE_ANY_CASE.in(flags)) {
            return previous;
        }
        if (Gazetteer.WordClass.TITLE_ENDING.in(flags) && previous > 0
                && compositeEnd(text, previous - 1, matcher) == previous
                && Gazetteer.WordClass.TITLE_CAPITALISED.in(matcher.flags(text, previous - 1))) {
            return previous;
        }
        return -1;
    }

    /**
     * Whether the word may be of the {@link #LEAD_IN_CLASSES}: an ASCII word folds to its own lower case, so its
     * length and first letter tell most words apart from them.
     */
    private boolean mayLeadIn(ScanText text, int word) {
        int start = text.wordStart(word);
        int length = text.wordEnd(word) - start;
        if (length > MAX_LEAD_IN_LENGTH) {
            return false;
        }
        if ((text.wordFlags(word) & ScanText.ALL_ASCII) == 0) {
            return true;
        }
        int letter = (text.charAt(start) | 0x20) - 'a'; // ASCII letters to lower case
        return letter >= 0 && letter < 26 && (leadInInitials[length] & (1 << letter)) != 0;
    }

    private static int[] leadInInitials(Gazetteer gazetteer) {
        int[] initials = new int[MAX_LEAD_IN_LENGTH + 1];
        gazetteer.forEachKeyWith(LEAD_IN_CLASSES, key -> {
            if (key.length() <= MAX_LEAD_IN_LENGTH) {
                int letter = key.charAt(0) - 'a';
                initials[key.length()] |= letter >= 0 && letter < 26 ? 1 << letter : -1;
            }
        });
        return initials;
    }

    /** After a title: its period, if any, then one or two spaces. */
    private static boolean titleGap(ScanText text, int titleEnd) {
        int from = text.wordEnd(titleEnd);
        int to = text.wordStart(titleEnd + 1);
        if (from < to && text.charAt(from) == '.') {
            from++;
        }
        if (to - from < 1 || to - from > 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code word} and the next are joined as the parts of one name are. */
    private static boolean nameJoin(ScanText text, int word) {
        int from = text.wordEnd(word);
        int to = text.wordStart(word + 1);
        if (to - from == 1) {
            char c = text.charAt(from);
            return c == ' ' || c == '\u00A0' || c == '-' || c == '\'' || c == '\u2019'
                    || c == '.' && Capitals.isInitial(text, word);
        }
        return to - from == 2 && text.charAt(from) == '.' && text.charAt(from + 1) == ' '
                && Capitals.isInitial(text, word);
    }

    /** A capital letter elided onto the next word: the "O" of "O'Brien", the "D" of "D'Angelo". */
    private static boolean elided(ScanText text, int word) {
        int end = text.wordEnd(word);
        if (end - text.wordStart(word) != 1 || end >= text.length() || !Capitals.isCapitalised(text, word)) {
            return false;
        }
        char c = text.charAt(end);
        return c == '\'' || c == '\u2019';
    }

    /** "the Rose", "die Rose", "il Mario": a determiner right before makes a thing of the word. */
    private static boolean afterDeterminer(ScanText text, int word, GazetteerMatcher matcher) {
        return word > 0 && Capitals.spaced(text, word - 1, 1)
                && Gazetteer.WordClass.DETERMINER.in(matcher.flags(text, word - 1));
    }

    private static void emit(ScanText text, int first, int last, double score, FindingSink sink) {
        sink.add(new Finding(EntityType.PERSON, text.wordStart(first), text.wordEnd(last), score, ID));
    }
}
