package it.policydoc.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ItalianDatesTest {

    @Test
    void writesDayMonthNameAndYear() {
        assertEquals("15 dicembre 2022", ItalianDates.format(LocalDate.of(2022, 12, 15)));
        assertEquals("29 dicembre 2022", ItalianDates.format(LocalDate.of(2022, 12, 29)));
    }

    @Test
    void writesTheFirstOfTheMonthAsAnOrdinal() {
        assertEquals("1º agosto 2023", ItalianDates.format(LocalDate.of(2023, 8, 1)));
    }
}
