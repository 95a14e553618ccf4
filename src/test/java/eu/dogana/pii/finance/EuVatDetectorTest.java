package eu.dogana.pii.finance;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dogana.pii.DetectorHarness;
import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import eu.dogana.pii.finance.VatNumberRules.Result;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EuVatDetectorTest {

    /**
     * VAT numbers of every member state as companies publish them, from the test data of python-stdnum
     * ({@code tests/test_eu_vat.doctest}, "found online and should all be valid").
     */
    private static final String PUBLISHED = """
            ATU 142 43 102|ATU 15159209|ATU 28560205|ATU 34172105|ATU 40698107|ATU 46276408
            ATU 49362201|ATU 54299806|ATU 54300000|ATU 56377717|ATU 57194903|ATU 64487479
            ATU13585627|ATU46080404|ATU61195628|BE 0202.239.951|BE 0220.764.971|BE 0248.015.142
            BE 0402 918 402|BE 0407.139.583|BE 0462423150|BE 0897290877|BE 444.503.092|BE 456.973.433
            BE0428759497|BE413562567|BE697449992|BG 103873594|BG 124 551 319|BG7111042925
            BG7523169263|CY 10246672X|CY-10189098G|CY00632993 F|CZ 25123891|CZ 640903926
            CZ 6956220612|CZ00023205|CZ6306150004|DE - 113866163|DE 118619592|DE 125014955
            DE 181 207 708|DE 221.304.969|DE 813 11 38 75|DE119263782|DE129390950|DE136308783
            DE812847601|DK 10 50 32 80|DK 2566 2202|DK-27630308|DK10150817|DK36149213
            DK: 21599336|EE 100 931 558|EE 100523487|EE101256753|EE 101288941|ES - Q0818001J
            ES 54362315K|ES A-28184661|ES A08370314|ES B-58378431|ES F13005293|ES J99216582
            ES Q-2818015-F|ES R9600075G|ES W4003922D|ES X-5253868-R|ES X5277343Q|ES Y5277343F
            ES Z5277343K|ESA78109592|EL 039868210|EL 094012834|EL 998386804|EL 94051189
            EL-082857563|EL094501040|EL: 094279805|FI 02459042|FI 0982651-1|FI 20774740
            FI 2094606-3|FI-214 95 540|FI18261444|FR 04409414364|FR 13 393 892 815|FR 19552143273
            FR 2143 2146 546|FR 40 303 265 045|FR 61 954 506 077|FR K 7399859412|FR01712030113|FR83404833048
            FR16000063601|HU -12509403|HU 10672101|HU 64241281|HU-10402434|HU13852467
            IE 0005306C|IE 4550159S|IE 632 3420 C|IE 6791517I|IE 8223200u|IE 9502346O
            IE6433435IH|IE6433435OA|IE6599001W|IE8D79739I|IE9Y71814N|IT - 01404480202
            IT 00 595 000 217|IT 00118439991|IT 12920760159|IT-09159800011|IT00743110157|IT: 02331250163
            LT 100001354118|LT 119511515|LT290068995116|LU 10059929|LU 109 676 28|LU 1871 0830
            LU 22 22 12 68|LU: 20993674|LU: 2294 4200|LV 4000 3521 600|LV 40003189718|LV 90000528023
            MT 1039-6417|MT 17025737|MT 1894 0705|MT 20630321|NL 001241 643 B01|NL 009122746 B01
            NL 806753742B01|NL-812421267 B01|NL.0094.10.806.B.01|NL001162938B28|NL002455799B11|NL00449544B01
            NL4495445B01|NL68357370B01|NL802003217B01|PL 5211355116|PL 584-030-44-72|PL 645-000-67-50
            PL 687-16-26-585|PL 777 26 68 285|PL-951-157-77-68|PL5261025421|PL6772135826|PT 500 019 720
            PT 500135.495|PT 501 964 843|PT-505 856 468|PT503038083|RO 11358544|RO 1822964
            RO 185 472 90|RO 241 30 20|RO 573768|RO-23867797|RO16241790|SE 202 100-5000 01
            SE 390 806 051 401|SE 55 62 00-0777 01|SE 556.383.740.901|SE-5562245190-01|SE556043606401|SI 26808498
            SI 3609 7152|SI-83815201|SI-89036999|SK 1078449064|SK 202 274 96 19|SK 2020 237 945
            SK2022193459
            """;

    /** The same numbers with one digit changed, from the same source ("their check digit is wrong"). */
    private static final String MANGLED = """
            ATU 143 43 102|ATU 15169209|ATU46080904|ATU61191628|BE 0406.139.583|BE 0793 013 186
            BE 456.973.432|BE697449982|DE 125014855|DE 246 495 415|DE 813 91 38 75|DE - 266297673
            DK 11 96 56 58|DK 2565 2202|DK-27996592|DK10159817|EE 100 941 558|EE 100525487
            EE 101586639|EE101256754|ES 54362415K|ES K-2814015-F|ES-x-2322300w|Es-a48951310
            EL 094013834|EL 094068733|EL094501140|EL: 094269805|FR 04409414264|FR 21 326 565 603
            IE 4731823H|IE 632 3421 C|IE 5339273F|IE8D79729I|SK 1078449164|SK 302 274 96 19
            SK 2030 237 945|SK 2020457679|IT 00687129980
            """;

    /** States matched by format only: a changed digit cannot be noticed there. */
    private static final Set<String> FORMAT_ONLY = Set.of("BG", "CY", "CZ", "LT", "LV");

    private final DetectorHarness harness = new DetectorHarness(new EuVatDetector());

    @Test
    void rulesAcceptEveryPublishedNumber() {
        for (String number : numbers(PUBLISHED)) {
            String compact = compact(number);
            Result result = VatNumberRules.check(compact.substring(0, 2), compact.substring(2));
            assertThat(result).as(number).isNotEqualTo(Result.INVALID);
            if (!FORMAT_ONLY.contains(compact.substring(0, 2)) && !compact.startsWith("FRK")) {
                assertThat(result).as(number).isEqualTo(Result.CHECKSUM);
            }
        }
    }

    @Test
    void rulesRejectMangledCheckDigits() {
        for (String number : numbers(MANGLED)) {
            String compact = compact(number);
            assertThat(VatNumberRules.check(compact.substring(0, 2), compact.substring(2))).as(number)
                    .isEqualTo(Result.INVALID);
        }
    }

    @Test
    void detectorFindsEveryPublishedNumberAsWritten() {
        for (String number : numbers(PUBLISHED)) {
            String upper = number.toUpperCase(Locale.ROOT);
            if (upper.matches("[A-Z]{2}[ -]?[0-9A-Z+*]+([ .-][0-9A-Z+*]+)*")) {
                harness.assertFinds("VAT " + upper + ".", upper);
            }
        }
    }

    @Test
    void findsVatNumbersInSentences() {
        Finding de = harness.assertFinds("USt-IdNr.: DE 181 207 708, Amtsgericht Köln", "DE 181 207 708");
        assertThat(de.type()).isEqualTo(EntityType.EU_VAT_NUMBER);
        assertThat(de.score()).isEqualTo(1.0);
        harness.assertFinds("Partita IVA IT00743110157 - Milano", "IT00743110157");
        harness.assertFinds("N° TVA intracommunautaire : FR40303265045", "FR40303265045");
        harness.assertFinds("btw-nummer NL802003217B01.", "NL802003217B01");
        harness.assertFinds("NIP: PL5261025421", "PL5261025421");
        harness.assertFinds("NIF ESA78109592 (sociedad)", "ESA78109592");
        harness.assertFinds("UID ATU13585627", "ATU13585627");
        harness.assertFinds("Ondernemingsnummer BE 0402 918 402", "BE 0402 918 402");
        harness.assertFinds("NIPC PT501964843", "PT501964843");
        harness.assertFinds("ΑΦΜ EL094501040", "EL094501040");
    }

    @Test
    void checksumAloneScoresHighFormatOnlyNeedsContext() {
        double checked = harness.single("supplier DE136308783 invoice").score();
        double formatOnly = harness.single("supplier CZ25123891 invoice").score();
        double formatWithContext = harness.single("DIČ: CZ25123891").score();
        assertThat(checked).isGreaterThanOrEqualTo(0.9);
        assertThat(formatOnly).isBetween(0.4, 0.6);
        assertThat(formatWithContext).isGreaterThan(formatOnly);
    }

    @Test
    void rejectsBadNumbers() {
        harness.assertFindsNothing("DE 125014855 has a bad check digit");
        harness.assertFindsNothing("ATU15169209 has a bad check digit");
        harness.assertFindsNothing("IT00687129980 has a bad check digit");
        harness.assertFindsNothing("ATU151592092 is too long");
        harness.assertFindsNothing("DE011125440 starts with zero");
        harness.assertFindsNothing("GR094501040 uses GR, VAT uses EL");
        harness.assertFindsNothing("de136308783 needs an upper-case prefix");
        harness.assertFindsNothing("XDE136308783 is glued to a letter");
        harness.assertFindsNothing("IBAN DE89370400440532013000 is no VAT number");
        harness.assertFindsNothing("00743110157 without prefix is IT_VAT_CODE, not ours");
    }

    private static List<String> numbers(String block) {
        return Arrays.stream(block.split("[|\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String compact(String number) {
        return number.toUpperCase(Locale.ROOT).replaceAll("[ .:/()-]", "");
    }
}
