package eu.dogana.pii.nationalid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NordicAndIrishIdentifiersTest {

    private final SwedishPersonnummerDetector swedish = new SwedishPersonnummerDetector();
    private final FinnishHetuDetector finnish = new FinnishHetuDetector();
    private final DanishCprDetector danish = new DanishCprDetector();
    private final IrishPpsnDetector irish = new IrishPpsnDetector();

    @ParameterizedTest
    @ValueSource(strings = {"811228-9874", "8112289874", "19811228-9874", "198112289874", "811228+9874",
        "900101-1239", "121212-1212", "000229-1235", "811288-9871"})
    void personnummerValidatorAcceptsAllForms(String number) {
        assertThat(SwedishPersonnummer.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8112289874", "9001011239", "1212121212"})
    void personnummerValidatorRejectsEverySingleDigitChange(String number) {
        assertThat(Detections.singleDigitChanges(number)).noneMatch(SwedishPersonnummer::isValid);
    }

    @Test
    void personnummerValidatorChecksDatesAndCentury() {
        // Luhn-valid, but 29 February 2001 (or 1901) did not exist
        assertThat(SwedishPersonnummer.isValid("010229-4568")).isFalse();
        assertThat(SwedishPersonnummer.isValid("218112289874")).isFalse();
    }

    @Test
    void findsPersonnummerInItsWrittenForms() {
        assertThat(Detections.score(swedish, "Mitt personnummer är 811228-9874.", "811228-9874"))
                .isGreaterThanOrEqualTo(0.85);
        assertThat(Detections.score(swedish, "Patient 19811228-9874 eingeliefert", "19811228-9874"))
                .isBetween(0.6, 0.85);
        assertThat(Detections.score(swedish, "Hon är född 1912, 121212+1212 står i pappren", "121212+1212"))
                .isBetween(0.6, 0.85);
        assertThat(Detections.score(swedish, "Ordernummer 8112289874", "8112289874")).isBetween(0.4, 0.5);
        Detections.none(swedish, "Mitt personnummer är 811228-9875.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"131052-308T", "010594Y9032", "020502A123T", "311299E456X", "010180+0025",
        "290200B234V", "131052-308t"})
    void hetuValidatorAcceptsAllCenturySigns(String hetu) {
        assertThat(FinnishHetu.isValid(hetu)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"131052-308T", "010594Y9032", "020502A123T"})
    void hetuValidatorRejectsEverySingleDigitChange(String hetu) {
        assertThat(Detections.singleDigitChanges(hetu)).noneMatch(FinnishHetu::isValid);
    }

    @Test
    void hetuValidatorRejectsUnknownSignsAndDates() {
        assertThat(FinnishHetu.isValid("131052G308T")).isFalse();
        assertThat(FinnishHetu.isValid("131052*308T")).isFalse();
        assertThat(FinnishHetu.isValid("290201B234V")).isFalse();
        assertThat(FinnishHetu.isValid("131052-001R")).isFalse();
    }

    @Test
    void findsHetusAloneWithHighScore() {
        assertThat(Detections.score(finnish, "Henkilötunnus: 131052-308T", "131052-308T")).isEqualTo(1.0);
        assertThat(Detections.score(finnish, "Der Patient 010594Y9032 wurde entlassen", "010594Y9032"))
                .isGreaterThanOrEqualTo(0.85);
        assertThat(Detections.score(finnish, "born 1880: 010180+0025.", "010180+0025")).isGreaterThanOrEqualTo(0.85);
        Detections.none(finnish, "Henkilötunnus: 131052-309T");
        Detections.none(finnish, "Code 131052/308T");
    }

    @Test
    void cprValidatorChecksTheDateOnly() {
        assertThat(DanishCpr.isValid("010180-1234")).isTrue();
        assertThat(DanishCpr.isValid("290200-4321")).isTrue();
        assertThat(DanishCpr.isValid("320180-1234")).isFalse();
        assertThat(DanishCpr.isValid("011380-1234")).isFalse();
        assertThat(DanishCpr.passesModulus11("070761-4285")).isTrue();
        assertThat(DanishCpr.passesModulus11("070761-4286")).isFalse();
    }

    @Test
    void findsCprNumbersOnlyWithContext() {
        assertThat(Detections.score(danish, "Mit CPR-nummer er 010180-1234.", "010180-1234"))
                .isGreaterThanOrEqualTo(0.85);
        assertThat(Detections.score(danish, "Sein dänisches CPR: 0707614285", "0707614285"))
                .isGreaterThanOrEqualTo(0.85);
        Detections.none(danish, "Ordre 010180-1234 er sendt.");
        Detections.none(danish, "Mit CPR-nummer er 320180-1234.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567T", "1234567FA", "7654321GW", "2468135HH", "1234567tw"})
    void ppsnValidatorAcceptsOldAndNewFormats(String ppsn) {
        assertThat(IrishPpsn.isValid(ppsn)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567T", "1234567FA", "2468135HH"})
    void ppsnValidatorRejectsEverySingleDigitChange(String ppsn) {
        assertThat(Detections.singleDigitChanges(ppsn)).noneMatch(IrishPpsn::isValid);
        assertThat(IrishPpsn.isValid("1234567TZ")).isFalse();
    }

    @Test
    void findsPpsnsWithContextRaisingTheScore() {
        assertThat(Detections.score(irish, "My PPS number is 1234567FA.", "1234567FA")).isGreaterThanOrEqualTo(0.85);
        assertThat(Detections.score(irish, "Ticket 2468135HH closed", "2468135HH")).isBetween(0.5, 0.7);
        Detections.none(irish, "My PPS number is 1234568FA.");
    }
}
