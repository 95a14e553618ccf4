package eu.dogana.pii.date;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dogana.pii.DetectorHarness;
import eu.dogana.pii.EntityType;
import eu.dogana.pii.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateDetectorTest {

    private final DetectorHarness harness = new DetectorHarness(new DateDetector());

    @Test
    void findsNumericDates() {
        Finding f = harness.assertFinds("Termin am 03.04.2025 um 10 Uhr.", "03.04.2025");
        assertThat(f.type()).isEqualTo(EntityType.DATE_TIME);
        harness.assertFinds("scadenza 31/12/2024, poi", "31/12/2024");
        harness.assertFinds("released on 2024-02-29.", "2024-02-29");
        harness.assertFinds("US style 12/25/2023 works", "12/25/2023");
        harness.assertFinds("le 1-3-1999 à Paris", "1-3-1999");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Il contratto è del 3 marzo 1985.|3 marzo 1985",
        "Vertrag vom 3. März 1985 gilt|3. März 1985",
        "signé le 1er mars 1985 à Lyon|1er mars 1985",
        "Signed on March 3, 1985 in Dublin|March 3, 1985",
        "on the 3rd of March 1985 we|3rd of March 1985",
        "firmado el 3 de marzo de 1985|3 de marzo de 1985",
        "getekend op 3 maart 1985|3 maart 1985",
        "podpisano 3 marca 1985 r.|3 marca 1985",
        "assinado em 3 de março de 1985|3 de março de 1985",
        "am 21. Okt. 2020 und|21. Okt. 2020",
        "the 1° maggio 2021 festa|1° maggio 2021",
        "on 15 października 2020|15 października 2020",
        "due Sept. 30, 2024 latest|Sept. 30, 2024"
    })
    void findsWrittenDatesInEightLanguages(String text, String date) {
        Finding f = harness.assertFinds(text, date);
        assertThat(f.type()).isEqualTo(EntityType.DATE_TIME);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "John Smith, born 12/05/1980, lives in Cork|12/05/1980",
        "Date of birth: 1980-05-12|1980-05-12",
        "DOB 12.05.1980|12.05.1980",
        "Max Mustermann, geboren am 12. Mai 1980 in Köln|12. Mai 1980",
        "Geburtsdatum: 12.05.1980|12.05.1980",
        "Mario Rossi, nato il 12 maggio 1980 a Roma|12 maggio 1980",
        "Giulia, nata il 3/4/85, insegnante|3/4/85",
        "data di nascita 12/05/1980|12/05/1980",
        "Marie, née le 12 mai 1980 à Lyon|12 mai 1980",
        "date de naissance : 12/05/1980|12/05/1980",
        "Juan, nacido el 12 de mayo de 1980|12 de mayo de 1980",
        "fecha de nacimiento 12/05/1980|12/05/1980",
        "Jan, geboren op 12 mei 1980|12 mei 1980",
        "geboortedatum 12-05-1980|12-05-1980",
        "Anna, urodzona 12 maja 1980 r.|12 maja 1980",
        "data urodzenia: 12.05.1980|12.05.1980",
        "João, nascido em 12 de maio de 1980|12 de maio de 1980",
        "data de nascimento 12/05/1980|12/05/1980",
        "12.05.1980 (date of birth)|12.05.1980"
    })
    void birthContextMakesADateOfBirth(String text, String date) {
        Finding f = harness.assertFinds(text, date);
        assertThat(f.type()).isEqualTo(EntityType.DATE_OF_BIRTH);
        assertThat(f.score()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void rejectsImpossibleDates() {
        harness.assertFindsNothing("31.04.2020 has no 31 April");
        harness.assertFindsNothing("29.02.2023 is no leap year");
        harness.assertFindsNothing("29.02.1900 is no leap year either");
        harness.assertFindsNothing("2024-13-01 has no month 13");
        harness.assertFindsNothing("00.01.2020 has no day 0");
        harness.assertFindsNothing("32 marzo 1985 non esiste");
        harness.assertFindsNothing("30 février 2020 n'existe pas");
        harness.assertFindsNothing("1.1.1000 is too early");
    }

    @Test
    void rejectsNumbersThatAreNoDates() {
        harness.assertFindsNothing("version 1.2.3 and 10.20.30.40");
        harness.assertFindsNothing("IP 192.168.1.1 here");
        harness.assertFindsNothing("ratio 3/4/2 of the parts");
        harness.assertFindsNothing("12.05.80 without any context");
        harness.assertFindsNothing("1.12.2020.5 is a longer number");
        harness.assertFindsNothing("3 May without year");
        harness.assertFindsNothing("3 apples 1985 times");
        harness.assertFindsNothing("ABC12.05.2020 glued");
    }

    @Test
    void parsesCalendarRules() {
        assertThat(DateDetector.isDate(2000, 2, 29)).isTrue();
        assertThat(DateDetector.isDate(2100, 2, 29)).isFalse();
        assertThat(DateDetector.isDate(2024, 11, 31)).isFalse();
        assertThat(DateDetector.isDate(2024, 12, 31)).isTrue();
    }
}
