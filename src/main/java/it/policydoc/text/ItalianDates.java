package it.policydoc.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as Italian readers write them: "15 dicembre 2022", and "1º gennaio 2023" for the first. */
public final class ItalianDates {

    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ITALIAN);

    private ItalianDates() {
    }

    public static String format(LocalDate date) {
        String day = date.getDayOfMonth() == 1 ? "1º" : Integer.toString(date.getDayOfMonth());
        return day + " " + MONTH_YEAR.format(date);
    }
}
