package eu.dogana.pii.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class BirthYearsTest {

    @Test
    void findsTheYearOfADateAsWritten() {
        assertThat(BirthYears.yearOf("3 marzo 2015")).isEqualTo(OptionalInt.of(2015));
        assertThat(BirthYears.yearOf("2011-04-09")).isEqualTo(OptionalInt.of(2011));
        assertThat(BirthYears.yearOf("09.04.1980")).isEqualTo(OptionalInt.of(1980));
        assertThat(BirthYears.yearOf("09.04.80")).isEmpty();
        assertThat(BirthYears.yearOf("120154")).isEmpty();
    }

    @Test
    void aChildIsUnderTheAgeOfConsentReadProtectively() {
        Year now = Year.of(2026);
        assertThat(BirthYears.mayBeChild(2015, now)).isTrue();
        assertThat(BirthYears.mayBeChild(2010, now)).isTrue();   // may still be 15
        assertThat(BirthYears.mayBeChild(2009, now)).isFalse();
        assertThat(BirthYears.mayBeChild(2030, now)).isFalse();
    }
}
