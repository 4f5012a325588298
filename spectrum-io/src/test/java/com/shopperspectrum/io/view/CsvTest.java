package com.shopperspectrum.io.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void quotesFieldsThatHoldSeparatorsQuotesOrLineBreaks() {
        assertThat(Csv.field("plain")).isEqualTo("plain");
        assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.field("cr\rhere")).isEqualTo("\"cr\rhere\"");
        assertThat(Csv.field(null)).isEmpty();
        assertThat(Csv.field("")).isEmpty();
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaGetsAnApostrophe() {
        assertThat(Csv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.field("+cmd")).isEqualTo("'+cmd");
        assertThat(Csv.field("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.field("\tx")).isEqualTo("'\tx");
        assertThat(Csv.field("\rx")).isEqualTo("\"'\rx\"");
        assertThat(Csv.field("a=b")).isEqualTo("a=b");
    }

    @Test
    void numbersAreLeftAsTheyAre() {
        for (String n : List.of("-5", "+5", "-2.55", "-.5", "1e3", "-1.5E-3", "42")) {
            assertThat(Csv.field(n)).as(n).isEqualTo(n);
        }
        assertThat(Csv.field("-")).isEqualTo("'-");
        assertThat(Csv.field("-5 boxes")).isEqualTo("'-5 boxes");
    }

    @Test
    void aRowIsItsFieldsJoinedByCommasWithALineBreak() {
        assertThat(Csv.row(Arrays.asList("1", "a,b", null, "=x"))).isEqualTo("1,\"a,b\",,'=x\n");
    }

    @Test
    void moneyIsAPlainDecimalOfAtMostSixPlaces() {
        assertThat(Csv.money(77183.60000000001)).isEqualTo("77183.6");
        assertThat(Csv.money(1e7)).isEqualTo("10000000");
        assertThat(Csv.money(0.1234567)).isEqualTo("0.123457");
    }
}
