package com.shopperspectrum.io;

import static com.shopperspectrum.io.Fixtures.UCI;
import static com.shopperspectrum.io.Fixtures.csv;
import static com.shopperspectrum.io.Fixtures.dateFormat;
import static com.shopperspectrum.io.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.data.TransactionTable;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DateFormatTest {
    @TempDir
    Path dir;

    private Path withDates(String... dates) {
        List<String> lines = new ArrayList<>();
        lines.add(UCI);
        for (int i = 0; i < dates.length; i++) {
            lines.add((536365 + i) + ",85123A,HEART,6," + dates[i] + ",2.55,17850,United Kingdom");
        }
        return csv(dir, "dates.csv", lines.toArray(String[]::new));
    }

    private static List<LocalDateTime> times(TransactionTable t) {
        List<LocalDateTime> out = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            out.add(t.dateTime(r));
        }
        return out;
    }

    @Test
    void dottedDatesAreDayFirst() {
        TransactionTable t = read(withDates("01.12.2010 08:26", "3.4.2011", "31.12.2011 23:59:58"))
                .table();

        assertThat(times(t))
                .containsExactly(
                        LocalDateTime.of(2010, 12, 1, 8, 26),
                        LocalDateTime.of(2011, 4, 3, 0, 0),
                        LocalDateTime.of(2011, 12, 31, 23, 59, 58));
    }

    @Test
    void isoWithAndWithoutSecondsAndDateOnly() {
        TransactionTable t = read(withDates(
                        "2010-12-01 08:26:00",
                        "2010-12-01 08:26",
                        "2011-02-03",
                        "2011-02-03T17:05:09",
                        "2011-2-3 7:05"))
                .table();

        assertThat(times(t))
                .containsExactly(
                        LocalDateTime.of(2010, 12, 1, 8, 26),
                        LocalDateTime.of(2010, 12, 1, 8, 26),
                        LocalDateTime.of(2011, 2, 3, 0, 0),
                        LocalDateTime.of(2011, 2, 3, 17, 5, 9),
                        LocalDateTime.of(2011, 2, 3, 7, 5));
    }

    @Test
    void kaggleMonthFirstIsRecognisedFromALaterRow() {
        TransactionTable t = read(withDates("12/1/2010 8:26", "12/9/2010 12:00", "12/13/2010 9:00", "1/2/2011"))
                .table();

        assertThat(times(t))
                .containsExactly(
                        LocalDateTime.of(2010, 12, 1, 8, 26),
                        LocalDateTime.of(2010, 12, 9, 12, 0),
                        LocalDateTime.of(2010, 12, 13, 9, 0),
                        LocalDateTime.of(2011, 1, 2, 0, 0));
    }

    @Test
    void dayFirstIsRecognisedFromALaterRow() {
        TransactionTable t =
                read(withDates("01/12/2010 08:26", "25/12/2010 10:00:30")).table();

        assertThat(times(t))
                .containsExactly(LocalDateTime.of(2010, 12, 1, 8, 26), LocalDateTime.of(2010, 12, 25, 10, 0, 30));
    }

    @Test
    void slashDatesThatNeverDecideAreAnErrorAskingForTheFormat() {
        Path file = withDates("12/1/2010 8:26", "3/4/2011 10:00", "12/12/2011 10:00");

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(file + ": column InvoiceDate: dates such as '12/1/2010 8:26' could be month/day or "
                        + "day/month and no value in the file decides; give --date-format, e.g. --date-format "
                        + "'M/d/yyyy H:mm' or 'd/M/yyyy H:mm'");
    }

    @Test
    void anAmbiguousFileReadsWithAGivenFormat() {
        TransactionTable t = read(withDates("12/1/2010 8:26", "3/4/2011 10:00"), dateFormat("d/M/yyyy H:mm"))
                .table();

        assertThat(times(t)).containsExactly(LocalDateTime.of(2010, 1, 12, 8, 26), LocalDateTime.of(2011, 4, 3, 10, 0));
    }

    @Test
    void aRowContradictingTheOrderIsAnErrorAtThatRow() {
        Path file = withDates("12/1/2010 8:26", "12/13/2010 9:00", "13/12/2010 9:00");

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(file + ": line 4, column InvoiceDate: '13/12/2010 9:00' does not fit the M/d/yyyy order "
                        + "shown by '12/13/2010 9:00' (line 3); give --date-format");
    }

    @Test
    void aGivenPatternOverridesRecognition() {
        TransactionTable t = read(withDates("01-12-2010", "31-12-2010 23:59"), dateFormat("dd-MM-yyyy[ HH:mm]"))
                .table();

        assertThat(times(t))
                .containsExactly(LocalDateTime.of(2010, 12, 1, 0, 0), LocalDateTime.of(2010, 12, 31, 23, 59));
    }

    @Test
    void aValueNotMatchingTheGivenPatternNamesLineAndPattern() {
        Path file = withDates("01-12-2010", "2010-12-31");

        assertThatThrownBy(() -> read(file, dateFormat("dd-MM-yyyy")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(file + ": line 3, column InvoiceDate: '2010-12-31' does not match the date format "
                        + "'dd-MM-yyyy'");
    }

    @Test
    void anInvalidPatternIsAnArgumentError() {
        assertThatThrownBy(() -> read(withDates("2010-12-01"), dateFormat("yyyy-MM-dd qqqqqq")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--date-format: 'yyyy-MM-dd qqqqqq' is not a valid java.time pattern");
    }

    @Test
    void impossibleTimesAreErrors() {
        Path file = withDates("2010-12-01 24:10");

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(file + ": line 2, column InvoiceDate: '2010-12-01 24:10' is not a date");
    }
}
