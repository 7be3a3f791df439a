package org.newsum.clean;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * A page's publication date in ISO 8601, from the shapes pages write it in: ISO with or without an offset (or
 * with {@code +0000}), {@code 2026-03-03 09:30:00 GMT}, RFC 1123 ({@code Tue, 3 Mar 2026 09:30:00 -0600}),
 * {@code 2026/03/03}, {@code March 3, 2026}, {@code 3 March 2026}.
 */
final class PageDate {

    /** Shapes with a zone or an offset, tried in order. */
    private static final List<DateTimeFormatter> ZONED = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            formatter("uuuu-MM-dd'T'HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS]XX"),
            formatter("uuuu-MM-dd[ ]['T']HH:mm[:ss][.SSS] z"),
            formatter("uuuu-MM-dd[ ]['T']HH:mm[:ss][.SSS] XX"),
            formatter("uuuu-MM-dd[ ]['T']HH:mm[:ss][.SSS]XXX"),
            DateTimeFormatter.RFC_1123_DATE_TIME,
            formatter("EEE, d MMM uuuu HH:mm[:ss] z"),
            formatter("EEE MMM d HH:mm:ss z uuuu"),
            formatter("MMMM d, uuuu[,] h:mm[ ]a z"),
            formatter("MMM d, uuuu[,] h:mm[ ]a z"));
    /** Shapes without a zone: a local date and time. */
    private static final List<DateTimeFormatter> LOCAL = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            formatter("uuuu-MM-dd HH:mm[:ss][.SSS]"),
            formatter("uuuu/MM/dd HH:mm[:ss]"),
            formatter("MMMM d, uuuu[ 'at'] h:mm[ ]a"),
            formatter("MMM d, uuuu[ 'at'] h:mm[ ]a"),
            formatter("MMMM d, uuuu[,] HH:mm"));
    /** Shapes of a date alone. */
    private static final List<DateTimeFormatter> DAY = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            formatter("uuuu/MM/dd"),
            formatter("MMMM d, uuuu"),
            formatter("MMM d, uuuu"),
            formatter("MMM. d, uuuu"),
            formatter("d MMMM uuuu"),
            formatter("d MMM uuuu"),
            formatter("EEEE, MMMM d, uuuu"));

    private PageDate() {
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }

    /** The date in ISO 8601, with its offset when it has one; a date in no shape known is returned as written. */
    static String iso(String written) {
        String d = written.strip();
        for (DateTimeFormatter f : ZONED) {
            try {
                return ZonedDateTime.parse(d, f).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } catch (DateTimeParseException e) {
                // next shape
            }
            try {
                return OffsetDateTime.parse(d, f).truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } catch (DateTimeParseException e) {
                // next shape
            }
        }
        for (DateTimeFormatter f : LOCAL) {
            try {
                return LocalDateTime.parse(d, f).truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            } catch (DateTimeParseException e) {
                // next shape
            }
        }
        for (DateTimeFormatter f : DAY) {
            try {
                return LocalDate.parse(d, f).toString();
            } catch (DateTimeParseException e) {
                // next shape
            }
        }
        return d;
    }
}
