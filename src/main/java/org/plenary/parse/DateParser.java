package org.plenary.parse;

import java.time.LocalDate;
import java.time.Month;
import java.time.DateTimeException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as UN documents print them: "22 December 1999" (also run into other text). */
public final class DateParser {
    public static final Pattern DATE = Pattern.compile(
            "(\\d{1,2})\\s+(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(\\d{4})");

    private DateParser() {
    }

    public static Optional<Resolution.PrintedDate> find(String text) {
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(m.group(3)),
                        Month.valueOf(m.group(2).toUpperCase(Locale.ROOT)), Integer.parseInt(m.group(1)));
                return Optional.of(new Resolution.PrintedDate(date, m.group()));
            } catch (DateTimeException impossible) {
                // "31 February": not a date; look further.
            }
        }
        return Optional.empty();
    }
}
