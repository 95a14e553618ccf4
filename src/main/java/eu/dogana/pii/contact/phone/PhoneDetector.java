package eu.dogana.pii.contact.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import eu.dogana.pii.ContextWords;
import eu.dogana.pii.Detector;
import eu.dogana.pii.DigitWords;
import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import eu.dogana.pii.FindingSink;
import eu.dogana.pii.Folding;
import eu.dogana.pii.ScanText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Phone numbers ({@link EntityType#PHONE_NUMBER}), valid by libphonenumber's metadata. libphonenumber's own
 * extraction ({@code findNumbers}) and validation ({@code parse}, {@code isValidNumber}) are slow, so candidates are
 * found here: a run of digits and phone separators ({@code + ( ) - . / space}) with 6 to 17 digits, standing alone
 * between non-word characters; and validity is decided by {@link NationalNumberShape}, an automaton per region
 * compiled from the same metadata that decides exactly as {@code isValidNumberForRegion} does.
 *
 * <p><b>Which country.</b> A number written with {@code +} or {@code 00} names its country, and is validated against
 * that country's metadata (every EU/EEA state, Switzerland and the UK included). A national number ("030 1234567",
 * "347 123 4567") is ambiguous: the same digits may be valid in several countries. We try a short ordered list of
 * regions and report the first under which the number is valid:
 * <ol>
 *   <li>regions suggested by a language-specific context word just before the number ("Handy" → DE, AT, CH;
 *       "cellulare" → IT; "telemóvel" → PT …);</li>
 *   <li>then the deployment's home regions (constructor argument; by default one per supported language: DE, IT,
 *       FR, ES, NL, PL, PT).</li>
 * </ol>
 * Trying every EU/EEA region for every digit run would cost ~30 validations per non-phone number and find
 * "valid" numbers in ordinary figures; a short, context-first list keeps both cost and false positives down. A
 * national number therefore scores lower than an international one unless a context word vouches for it.
 *
 * <p>Cost: only words with digits are visited, and a run is checked for its digit count and for the shape of a date
 * or an IP address before any region is tried. A national number is first checked against one automaton of every
 * region it could be read in (home regions and hinted ones together): most runs end there, before any hint word is
 * looked for. The regions a hint word suggests, and then the home regions, are each tried as one automaton
 * ({@link NationalNumberShape#anyOf}), on the text's digits in place. An international number is checked by its
 * region's automaton, or by {@link SharedCallingCode} for the codes several regions share (+39, +44, +47, +358);
 * {@code parse} is left for calling codes outside Europe.
 */
public final class PhoneDetector implements Detector {

    /** Every region whose numbers this detector is meant for: EU/EEA plus Switzerland and the United Kingdom. */
    public static final List<String> EUROPEAN_REGIONS = List.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI",
            "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
            "IS", "LI", "NO", "CH", "GB");

    /** One home region per supported language. */
    public static final List<String> DEFAULT_HOME_REGIONS = List.of("DE", "IT", "FR", "ES", "NL", "PL", "PT");

    private static final double INTERNATIONAL_SCORE = 0.75;
    private static final double NATIONAL_SCORE = 0.5;
    private static final double CONTEXT_BOOST = 0.25;
    private static final double HINTED_REGION_BOOST = 0.35;
    private static final int CONTEXT_WINDOW = 4;
    private static final int MIN_DIGITS = 6;
    private static final int MAX_DIGITS = 17;

    /** Folded context word → the regions whose national numbers it suggests. */
    private static final Map<String, List<String>> REGION_HINTS = Map.ofEntries(
            Map.entry("handy", List.of("DE", "AT", "CH")),
            Map.entry("mobil", List.of("DE", "AT", "CH")),
            Map.entry("mobilnummer", List.of("DE", "AT", "CH")),
            Map.entry("festnetz", List.of("DE", "AT", "CH")),
            Map.entry("rufnummer", List.of("DE", "AT", "CH")),
            Map.entry("telefonnummer", List.of("DE", "AT", "CH")),
            Map.entry("telefon", List.of("DE", "AT", "CH", "PL", "DK", "SE", "NO", "CZ")),
            Map.entry("cellulare", List.of("IT")),
            Map.entry("cell", List.of("IT")),
            Map.entry("telefono", List.of("IT", "ES")),
            Map.entry("movil", List.of("ES")),
            Map.entry("telephone", List.of("FR", "BE", "LU", "CH")),
            Map.entry("portable", List.of("FR", "BE", "LU", "CH")),
            Map.entry("telefoon", List.of("NL", "BE")),
            Map.entry("mobiel", List.of("NL", "BE")),
            Map.entry("telemovel", List.of("PT")),
            Map.entry("telefone", List.of("PT")),
            Map.entry("komorka", List.of("PL")),
            Map.entry("komorkowy", List.of("PL")));

    /** The {@link #REGION_HINTS} words, to tell which one a word of the text is. */
    private static final ContextWords HINTS = ContextWords.of(REGION_HINTS.keySet());

    private static final ContextWords CONTEXT = HINTS
            .union(ContextWords.of("tel", "phone", "telephone", "mobile", "cellphone", "fax", "whatsapp", "call",
                    "chiamare", "anrufen", "appeler", "llamar", "bellen", "ligar", "zadzwon", "numer", "telefonico"));

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final List<String> homeRegions;
    /** The national numbers valid in at least one home region: trying the regions in turn, in one pass. */
    private final DigitAutomaton homeNumbers;
    /** Per {@link #REGION_HINTS} word, the national numbers valid in at least one region it suggests. */
    private final Map<String, DigitAutomaton> hintedNumbers;
    /**
     * The national numbers valid in a home region or in one any hint word suggests: a run outside them is no number
     * whatever the words before it, so they are not looked at.
     */
    private final DigitAutomaton anyNationalNumbers;
    /** Per calling code (1 to 999), the shape of the one region that has it; null for the others. */
    private final NationalNumberShape[] byCallingCode = new NationalNumberShape[1000];
    /** Per calling code (1 to 999), the regions of a European code several regions share; null for the others. */
    private final SharedCallingCode[] sharedByCallingCode = new SharedCallingCode[1000];

    public PhoneDetector() {
        this(DEFAULT_HOME_REGIONS);
    }

    /**
     * @param homeRegions ISO 3166 region codes tried, in order, for national numbers without a context hint; each
     *                    must be one of {@link #EUROPEAN_REGIONS}
     */
    public PhoneDetector(List<String> homeRegions) {
        if (homeRegions.isEmpty()) {
            throw new IllegalArgumentException("homeRegions must not be empty");
        }
        for (String region : homeRegions) {
            if (!EUROPEAN_REGIONS.contains(region)) {
                throw new IllegalArgumentException("not an EU/EEA/CH/GB region: " + region);
            }
        }
        this.homeRegions = List.copyOf(homeRegions);
        Map<String, NationalNumberShape> byRegion = new HashMap<>();
        for (String region : EUROPEAN_REGIONS) {
            byRegion.put(region, NationalNumberShape.of(region));
        }
        this.homeNumbers = NationalNumberShape.anyOf(this.homeRegions.stream().map(byRegion::get).toList());
        Map<List<String>, DigitAutomaton> byRegionList = new HashMap<>();
        Map<String, DigitAutomaton> byHint = new HashMap<>();
        REGION_HINTS.forEach((hint, regions) -> byHint.put(Folding.fold(hint), byRegionList.computeIfAbsent(regions,
                list -> NationalNumberShape.anyOf(list.stream().map(byRegion::get).toList()))));
        this.hintedNumbers = Map.copyOf(byHint);
        Set<String> anyRegion = new TreeSet<>(this.homeRegions);
        REGION_HINTS.values().forEach(anyRegion::addAll);
        this.anyNationalNumbers = NationalNumberShape.anyOf(anyRegion.stream().map(byRegion::get).toList());
        for (String region : EUROPEAN_REGIONS) {
            NationalNumberShape shape = byRegion.get(region);
            // a calling code of one region is checked by that region's automaton; one that several regions share
            // (+39, +44, +47, +358) by SharedCallingCode, or by parse where SharedCallingCode declines the code
            if (util.getRegionCodesForCountryCode(shape.countryCode()).size() == 1) {
                byCallingCode[shape.countryCode()] = shape;
            } else if (sharedByCallingCode[shape.countryCode()] == null) {
                SharedCallingCode.of(shape.countryCode())
                        .ifPresent(shared -> sharedByCallingCode[shared.countryCode()] = shared);
            }
        }
    }

    @Override
    public String id() {
        return "phone";
    }

    @Override
    public Set<EntityType> types() {
        return Set.of(EntityType.PHONE_NUMBER);
    }

    @Override
    public void detect(ScanText scan, FindingSink sink) {
        String text = scan.text();
        int next = 0;
        // A number starts a word of digits, or just before one with "+" or "(": only words with digits are visited.
        DigitWords words = DigitWords.of(scan);
        for (int k = 0; k < words.size(); k++) {
            int start = words.start(k);
            if (start < next || !isDigit(text.charAt(start))) {
                continue;
            }
            if (start > 0 && (text.charAt(start - 1) == '+' || text.charAt(start - 1) == '(')
                    && (start == 1 || !isWordChar(text.charAt(start - 2))) && start - 1 >= next) {
                start--;
            } else if (start > 0 && isWordChar(text.charAt(start - 1))) {
                continue;
            }
            next = scanRun(scan, sink, start, runEnd(text, start));
        }
    }

    /** Checks the run {@code [start, end)} and returns where scanning continues. */
    private int scanRun(ScanText scan, FindingSink sink, int start, int end) {
        String text = scan.text();
        if (end < text.length() && isWordChar(text.charAt(end))) {
            return skipWord(text, end);
        }
        int digits = 0;
        for (int k = start; k < end; k++) {
            if (isDigit(text.charAt(k))) {
                digits++;
            }
        }
        if (digits < MIN_DIGITS || digits > MAX_DIGITS || looksLikeDateOrAddress(text, start, end)) {
            return end;
        }
        boolean international = text.charAt(start) == '+'
                || (text.charAt(start) == '0' && start + 1 < end && text.charAt(start + 1) == '0');
        if (international) {
            if (isValidInternational(text, start, end)) {
                report(scan, sink, start, end, INTERNATIONAL_SCORE, false);
            }
            return end;
        }
        // The first region under which the number is valid decides nothing but whether it was hinted: so each hint
        // word's regions, and then the home regions, are tried as one.
        if (!anyNationalNumbers.accepts(text, start, end, digits)) {
            return end;
        }
        if (isValidInHintedRegion(scan, start, end, digits)) {
            report(scan, sink, start, end, NATIONAL_SCORE, true);
        } else if (homeNumbers.accepts(text, start, end, digits)) {
            report(scan, sink, start, end, NATIONAL_SCORE, false);
        }
        return end;
    }

    /**
     * Whether a number written with {@code +} or {@code 00} is valid. For the European calling codes the digits after
     * the code are checked by the region's {@link NationalNumberShape}, also with a trunk prefix written after the
     * calling code ("+49 (0)30 …") dropped, as {@code parse} would; {@code parse} itself (regex extraction, several
     * microseconds) is left for the calling codes of the rest of the world. A European code several regions share
     * is decided by {@link SharedCallingCode} as {@code parse} would, when {@code parse} reads the code as written:
     * right after "+" or "00", not after a further zero.
     */
    private boolean isValidInternational(String text, int start, int end) {
        String bare = digitsOf(text, start, end);
        String digits = bare.startsWith("00") ? bare.substring(2) : bare;
        boolean codeAsWritten = text.charAt(start) == '+' ? bare.charAt(0) != '0' : bare.charAt(2) != '0';
        for (int ccLength = 1; ccLength <= 3 && ccLength < digits.length(); ccLength++) {
            int callingCode = Integer.parseInt(digits, 0, ccLength, 10);
            NationalNumberShape shape = byCallingCode[callingCode];
            if (shape != null) {
                String nsn = digits.substring(ccLength);
                return shape.isValidSignificant(nsn) || shape.isValidNational(nsn);
            }
            if (codeAsWritten && sharedByCallingCode[callingCode] != null) {
                return sharedByCallingCode[callingCode].isValid(digits.substring(ccLength));
            }
        }
        return isValid(text.substring(start, end), homeRegions.get(0));
    }

    /**
     * Whether the whole window, written internationally, is one valid number. The window is already one isolated
     * run, so parsing it directly does what {@code findNumbers} would, without its extraction. National forms skip
     * even the parse ({@link NationalNumberShape#number}).
     */
    private boolean isValid(String window, String region) {
        try {
            return util.isValidNumber(util.parse(window, region));
        } catch (NumberParseException notANumber) {
            return false;
        }
    }

    private void report(ScanText scan, FindingSink sink, int start, int end, double base, boolean hintedRegion) {
        double score = base;
        if (hintedRegion) {
            score += HINTED_REGION_BOOST;
        } else if (scan.hasContext(start, end, CONTEXT, CONTEXT_WINDOW)) {
            score += CONTEXT_BOOST;
        }
        sink.add(new Finding(EntityType.PHONE_NUMBER, start, end, Math.min(1.0, score), id()));
    }

    /**
     * Whether the national number {@code [start, end)} is valid in a region that a language-specific word shortly
     * before it suggests.
     */
    private boolean isValidInHintedRegion(ScanText scan, int start, int end, int digits) {
        int word = scan.wordAfter(start) - 1;
        while (word >= 0 && scan.wordEnd(word) > start) {
            word--;
        }
        for (int seen = 0; word >= 0 && seen < CONTEXT_WINDOW; word--, seen++) {
            String hint = scan.whichOf(word, HINTS);
            if (hint != null && hintedNumbers.get(hint).accepts(scan.text(), start, end, digits)) {
                return true;
            }
        }
        return false;
    }

    /**
     * End of the run of digits and separators starting at {@code start}: at most two separator characters in a row,
     * and a run never ends on a separator (bar a closing parenthesis).
     */
    private static int runEnd(String text, int start) {
        int len = text.length();
        int i = start + 1;
        int end = isDigit(text.charAt(start)) ? i : start;
        int separators = 0;
        while (i < len) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                separators = 0;
                end = ++i;
            } else if (isSeparator(c) && ++separators <= 2) {
                if (c == ')') {
                    end = i + 1;
                }
                i++;
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * Dotted quads (IP addresses) and d.m.y dates: libphonenumber would accept some of them as numbers, and their own
     * detectors know them better.
     */
    private static boolean looksLikeDateOrAddress(String text, int start, int end) {
        int groups = 0;
        int first = 0;
        int second = 0;
        int groupLen = 0;
        int maxGroup = 0;
        char separator = 0;
        for (int k = start; k <= end; k++) {
            char c = k < end ? text.charAt(k) : 0;
            if (k < end && isDigit(c)) {
                groupLen++;
                continue;
            }
            if (k < end && ((c != '.' && c != '/' && c != '-') || (separator != 0 && c != separator))) {
                return false;
            }
            if (k < end) {
                separator = c;
            }
            if (groups == 0) {
                first = groupLen;
            } else if (groups == 1) {
                second = groupLen;
            }
            maxGroup = Math.max(maxGroup, groupLen);
            groups++;
            groupLen = 0;
        }
        int last = lastGroup(text, end);
        if (groups == 4 && separator == '.' && maxGroup <= 3) {
            return true;
        }
        return groups == 3 && second <= 2
                && ((first <= 2 && (last == 2 || last == 4)) || (first == 4 && last <= 2));
    }

    private static int lastGroup(String text, int end) {
        int k = end;
        while (k > 0 && isDigit(text.charAt(k - 1))) {
            k--;
        }
        return end - k;
    }

    private static String digitsOf(String text, int start, int end) {
        StringBuilder digits = new StringBuilder(end - start);
        for (int k = start; k < end; k++) {
            if (isDigit(text.charAt(k))) {
                digits.append(text.charAt(k));
            }
        }
        return digits.toString();
    }

    private static int skipWord(String text, int from) {
        int i = from;
        while (i < text.length() && isWordChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')' || c == '\u00a0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordChar(char c) {
        return c == '_' || ScanText.isWordChar(c);
    }
}
