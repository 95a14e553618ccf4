package eu.dogana.pii.date;

import eu.dogana.pii.ContextWords;
import eu.dogana.pii.Detector;
import eu.dogana.pii.DigitWords;
import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import eu.dogana.pii.FindingSink;
import eu.dogana.pii.ScanText;
import java.util.Set;

/**
 * Calendar dates ({@link EntityType#DATE_TIME}), reported as {@link EntityType#DATE_OF_BIRTH} when birth context
 * ("born", "Geburtsdatum", "nata il", "né le", "fecha de nacimiento", "geboren op", "data urodzenia", "nascido" …)
 * stands just before or after. Every date is checked against the calendar (no 31 April, 29 February only in leap
 * years); years run from 1800 to 2199.
 *
 * <ul>
 *   <li>Numeric: {@code d.m.yyyy}, {@code d/m/yyyy}, {@code d-m-yyyy} (day first, or month first as in the US when
 *       only that reading is a real date), and ISO {@code yyyy-mm-dd} (also with {@code /} or {@code .}). A dotted
 *       or slashed date with a two-digit year counts only with birth context ("nato il 3/4/80").</li>
 *   <li>Written: day, month name, year in any of the eight languages — "3 marzo 1985", "3. März 1985",
 *       "le 1er mars 1985", "3 de marzo de 1985", "3 marca 1985", "March 3, 1985", "3rd of March 1985".</li>
 * </ul>
 */
public final class DateDetector implements Detector {

    private static final double NUMERIC_SCORE = 0.6;
    private static final double WRITTEN_SCORE = 0.65;
    private static final double BIRTH_SCORE = 0.9;
    private static final double BIRTH_SHORT_YEAR_SCORE = 0.8;
    private static final int BIRTH_WINDOW_BEFORE = 6;
    private static final int BIRTH_WINDOW_AFTER = 3;
    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2199;
    private static final int SHORT_YEAR_PIVOT = 30;

    private static final ContextWords BIRTH = ContextWords.of("born", "birth", "birthday", "birthdate", "dob", "d.o.b",
            "geboren", "geb", "geburtsdatum", "geburtstag", "nato", "nata", "nascita", "né", "née", "naissance",
            "nacido", "nacida", "nacimiento", "geboortedatum", "urodzony", "urodzona", "urodzenia", "urodzin",
            "nascido", "nascida", "nascimento");

    /** Words that may stand between the parts of a written date: "3 de marzo de 1985", "3rd of March". */
    private static final ContextWords CONNECTIVES = ContextWords.of("de", "del", "of", "the");

    @Override
    public String id() {
        return "date";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.DATE_TIME, EntityType.DATE_OF_BIRTH);
    }

    @Override
    public void detect(ScanText scan, FindingSink sink) {
        String text = scan.text();
        DigitWords digitWords = DigitWords.of(scan);
        int i = 0; // where the next date may start: after the last one found or the last candidate rejected
        // a date starts with a digit not glued to what precedes it: only words holding a digit are visited
        for (int k = 0; k < digitWords.size(); k++) {
            int w = digitWords.word(k);
            int wordStart = digitWords.start(k);
            // in a word of ASCII letters and digits only its first character follows no letter or digit; in another
            // word a combining mark or an emoji half may precede a digit inside it
            int last = (digitWords.flags(k) & ScanText.ALL_ASCII) != 0 ? wordStart + 1 : digitWords.end(k);
            for (int p = Math.max(i, wordStart); p < last; p++) {
                if (p < i || !isDigit(text.charAt(p)) || (p > 0 && isBlockedBefore(text.charAt(p - 1)))) {
                    continue;
                }
                int end = numeric(scan, sink, w, p);
                if (end < 0 && p == wordStart) {
                    end = written(scan, sink, w);
                }
                i = end > p ? end : letterOrDigitRunEnd(scan, w, p);
            }
        }
    }

    /**
     * Where the run of letters and digits from {@code p} in word {@code w} ends: no date starts inside it. It never
     * runs past the word (what follows a word is no letter or digit), and in an ASCII word it is the word's end.
     */
    private static int letterOrDigitRunEnd(ScanText scan, int w, int p) {
        int wordEnd = scan.wordEnd(w);
        if ((scan.wordFlags(w) & ScanText.ALL_ASCII) != 0) {
            return wordEnd;
        }
        int i = p;
        while (i < wordEnd && ScanText.isLetterOrDigit(scan.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A numeric date starting at {@code start}, in word {@code word}: reports it and returns its end, or returns -1. */
    private int numeric(ScanText scan, FindingSink sink, int word, int start) {
        String text = scan.text();
        int len = text.length();
        int aEnd = digitsEnd(text, start, 4);
        if (aEnd >= len) {
            return -1;
        }
        char separator = text.charAt(aEnd);
        if (separator != '.' && separator != '/' && separator != '-') {
            return -1;
        }
        int bEnd = digitsEnd(text, aEnd + 1, 2);
        if (bEnd == aEnd + 1 || bEnd >= len || text.charAt(bEnd) != separator) {
            return -1;
        }
        int cEnd = digitsEnd(text, bEnd + 1, 4);
        int aLen = aEnd - start;
        int cLen = cEnd - bEnd - 1;
        if (cLen == 0 || (cEnd < len && (ScanText.isLetterOrDigit(text.charAt(cEnd))
                || (text.charAt(cEnd) == separator && cEnd + 1 < len && isDigit(text.charAt(cEnd + 1)))))) {
            return -1;
        }
        int a = parse(text, start, aEnd);
        int b = parse(text, aEnd + 1, bEnd);
        int c = parse(text, bEnd + 1, cEnd);
        boolean valid;
        boolean shortYear = false;
        if (aLen == 4 && cLen <= 2) {
            valid = isDate(a, b, c);
        } else if (aLen <= 2 && cLen == 4) {
            valid = isDate(c, b, a) || (separator == '/' && isDate(c, a, b));
        } else if (aLen <= 2 && cLen == 2 && separator != '-') {
            int year = c < SHORT_YEAR_PIVOT ? 2000 + c : 1900 + c;
            valid = isDate(year, b, a) || (separator == '/' && isDate(year, a, b));
            shortYear = true;
        } else {
            return -1;
        }
        if (!valid) {
            return -1;
        }
        boolean birth = isBirth(scan, word, cEnd);
        if (shortYear && !birth) {
            return -1;
        }
        report(sink, start, cEnd, birth, NUMERIC_SCORE, shortYear ? BIRTH_SHORT_YEAR_SCORE : BIRTH_SCORE);
        return cEnd;
    }

    /**
     * A written date whose day is the number that word {@code word} begins with ("3 marzo 1985"), or whose month is
     * the word before it ("March 3, 1985"): reports it and returns its end, or returns -1.
     */
    private int written(ScanText scan, FindingSink sink, int word) {
        int start = scan.wordStart(word);
        int day = dayOf(scan, word);
        if (day == 0) {
            return -1;
        }
        String text = scan.text();
        // day first: "3 marzo 1985", "3. März 1985", "3 de marzo de 1985", "1° maggio 1985"
        int monthWord = follow(scan, scan.wordEnd(word), word + 1, ". °º");
        int month = monthWord < 0 ? 0 : MonthNames.month(scan, monthWord);
        if (month > 0) {
            int yearWord = follow(scan, monthEnd(text, scan.wordEnd(monthWord)), monthWord + 1, ",");
            int year = yearWord < 0 ? 0 : yearOf(scan, yearWord);
            if (isDate(year, month, day)) {
                int end = scan.wordEnd(yearWord);
                report(sink, start, end, isBirth(scan, word, end), WRITTEN_SCORE, BIRTH_SCORE);
                return end;
            }
        }
        // month first: "March 3, 1985", "March 3rd 1985"
        if (word > 0 && word + 1 < scan.wordCount() && gapIs(text, scan.wordEnd(word - 1), start, " .")) {
            int monthBefore = MonthNames.month(scan, word - 1);
            int yearWord = word + 1;
            if (monthBefore > 0 && gapIs(text, scan.wordEnd(word), scan.wordStart(yearWord), " ,")) {
                int year = yearOf(scan, yearWord);
                if (isDate(year, monthBefore, day)) {
                    int monthStart = scan.wordStart(word - 1);
                    int end = scan.wordEnd(yearWord);
                    report(sink, monthStart, end, isBirth(scan, word - 1, end), WRITTEN_SCORE, BIRTH_SCORE);
                    return end;
                }
            }
        }
        return -1;
    }

    private void report(FindingSink sink, int start, int end, boolean birth, double dateScore, double birthScore) {
        if (birth) {
            sink.add(new Finding(EntityType.DATE_OF_BIRTH, start, end, birthScore, id()));
        } else {
            sink.add(new Finding(EntityType.DATE_TIME, start, end, dateScore, id()));
        }
    }

    /** Whether birth context stands before the date, whose first word is {@code word}, or after its {@code end}. */
    private static boolean isBirth(ScanText scan, int word, int end) {
        return scan.hasContextBeforeWord(word, BIRTH, BIRTH_WINDOW_BEFORE)
                || scan.hasContextAfterWord(word, end, BIRTH, BIRTH_WINDOW_AFTER);
    }

    /** The day 1–31 of a word like "3", "03", "3rd", "1er", "1st", "1o"; 0 when it is none. */
    private static int dayOf(ScanText scan, int word) {
        String text = scan.text();
        int start = scan.wordStart(word);
        int end = scan.wordEnd(word);
        int digitsEnd = digitsEnd(text, start, 3);
        int digits = digitsEnd - start;
        if (digits == 0 || digits > 2) {
            return 0;
        }
        if (digitsEnd < end && !hasOrdinalSuffix(scan, word, digits)) {
            return 0;
        }
        int day = parse(text, start, digitsEnd);
        return day >= 1 && day <= 31 ? day : 0;
    }

    /**
     * Whether the word's letters after its {@code digits} leading digits are an ordinal ending: "st", "nd", "rd",
     * "th", "er", "re", "o", "e". An ASCII word is read in place, any other through its folded string.
     */
    private static boolean hasOrdinalSuffix(ScanText scan, int word, int digits) {
        if ((scan.wordFlags(word) & ScanText.ALL_ASCII) == 0) {
            return isOrdinalSuffix(scan.foldedWord(word).substring(digits));
        }
        int from = scan.wordStart(word) + digits;
        int length = scan.wordEnd(word) - from;
        if (length == 1) {
            char c = lowerCase(scan.charAt(from));
            return c == 'o' || c == 'e';
        }
        if (length != 2) {
            return false;
        }
        char first = lowerCase(scan.charAt(from));
        char second = lowerCase(scan.charAt(from + 1));
        return switch (first) {
            case 's' -> second == 't';
            case 'n' -> second == 'd';
            case 'r' -> second == 'd' || second == 'e';
            case 't' -> second == 'h';
            case 'e' -> second == 'r';
            default -> false;
        };
    }

    private static boolean isOrdinalSuffix(String suffix) {
        return suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th")
                || suffix.equals("er") || suffix.equals("re") || suffix.equals("o") || suffix.equals("e");
    }

    private static char lowerCase(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** A four-digit year word, or 0. */
    private static int yearOf(ScanText scan, int word) {
        int start = scan.wordStart(word);
        int end = scan.wordEnd(word);
        if (end - start != 4 || digitsEnd(scan.text(), start, 4) != end) {
            return 0;
        }
        return parse(scan.text(), start, end);
    }

    /** After an abbreviated month its full stop belongs to it: "3 Sept. 1985". */
    private static int monthEnd(String text, int wordEnd) {
        return wordEnd < text.length() && text.charAt(wordEnd) == '.' ? wordEnd + 1 : wordEnd;
    }

    /**
     * The first word from {@code word} on that is not a connective ("de", "of" …, at most two), provided every gap
     * from {@code previousEnd} is short and holds only spaces or {@code allowed}; -1 otherwise.
     */
    private static int follow(ScanText scan, int previousEnd, int word, String allowed) {
        int end = previousEnd;
        for (int w = word; w < scan.wordCount() && w - word <= 2; w++) {
            if (!gapIs(scan.text(), end, scan.wordStart(w), allowed)) {
                return -1;
            }
            if (!scan.isOneOf(w, CONNECTIVES)) {
                return w;
            }
            end = scan.wordEnd(w);
        }
        return -1;
    }

    /** Whether {@code text[from, to)} is 1–4 characters, each a space or one of {@code allowed}. */
    private static boolean gapIs(String text, int from, int to, String allowed) {
        int gap = to - from;
        if (gap < 1 || gap > 4) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '\u00a0' && allowed.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    static boolean isDate(int year, int month, int day) {
        if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static int digitsEnd(String text, int from, int max) {
        int i = from;
        while (i < text.length() && i - from <= max && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int parse(String text, int start, int end) {
        int value = 0;
        for (int k = start; k < end; k++) {
            value = value * 10 + (text.charAt(k) - '0');
        }
        return value;
    }

    private static boolean isBlockedBefore(char c) {
        return ScanText.isLetterOrDigit(c) || c == '.' || c == '/' || c == '-' || c == ',';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
