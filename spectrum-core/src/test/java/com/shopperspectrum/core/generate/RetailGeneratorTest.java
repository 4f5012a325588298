package com.shopperspectrum.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class RetailGeneratorTest {
    private static final List<GeneratedLine> SAMPLE = lines(GeneratorOptions.scaled(200_000, 42));

    static List<GeneratedLine> lines(GeneratorOptions options) {
        List<GeneratedLine> out = new ArrayList<>();
        new RetailGenerator(options).generate(out::add);
        return out;
    }

    @Test
    void sameSeedSameLinesOtherSeedOtherLines() {
        GeneratorOptions options = GeneratorOptions.scaled(40_000, 7);
        assertThat(lines(options)).isEqualTo(lines(options));
        assertThat(lines(new GeneratorOptions(40_000, 8, options.customers(), options.products())))
                .isNotEqualTo(lines(options));
    }

    @Test
    void aBlockAloneEqualsTheSameBlockInTheWholeRun() {
        RetailGenerator generator = new RetailGenerator(GeneratorOptions.scaled(3 * RetailGenerator.BLOCK_ROWS + 5, 1));
        List<GeneratedLine> all = new ArrayList<>();
        generator.generate(all::add);
        List<GeneratedLine> second = new ArrayList<>();
        generator.generateBlock(2, second::add);
        assertThat(second).isEqualTo(all.subList(2 * RetailGenerator.BLOCK_ROWS, 3 * RetailGenerator.BLOCK_ROWS));
        assertThat(generator.blocks()).isEqualTo(4);
        assertThat(generator.blockRows(3)).isEqualTo(5);
        assertThatThrownBy(() -> generator.generateBlock(4, line -> {})).hasMessageContaining("block");
    }

    @Property(tries = 30)
    void emitsExactlyTheRequestedRows(@ForAll @LongRange(min = 1, max = 80_000) long rows) {
        long[] count = {0};
        new RetailGenerator(GeneratorOptions.scaled(rows, rows)).generate(line -> count[0]++);
        assertThat(count[0]).isEqualTo(rows);
    }

    @Test
    void oneRowAndTenRowsWork() {
        assertThat(lines(GeneratorOptions.scaled(1, 5))).hasSize(1);
        assertThat(lines(new GeneratorOptions(10, 5, 1, 1))).hasSize(10);
    }

    @Test
    void dirtyRowsComeInRoughlyTheOriginalShares() {
        int n = SAMPLE.size();
        long missing = SAMPLE.stream().filter(l -> !l.hasCustomer()).count();
        long cancelled = SAMPLE.stream().filter(GeneratedLine::cancelled).count();
        Catalog catalog = new RetailGenerator(GeneratorOptions.scaled(200_000, 42)).catalog();
        long nonProducts =
                SAMPLE.stream().filter(l -> l.item() >= catalog.products()).count();
        long zeroPrice = SAMPLE.stream().filter(l -> l.priceMilli() == 0).count();
        assertThat((double) missing / n).isBetween(0.20, 0.30);
        assertThat((double) cancelled / n).isBetween(0.005, 0.04);
        assertThat((double) nonProducts / n).isBetween(0.002, 0.03);
        assertThat((double) zeroPrice / n).isBetween(0.001, 0.02);
        assertThat(SAMPLE).filteredOn(GeneratedLine::cancelled).allMatch(l -> l.quantity() < 0 && l.hasCustomer());
        assertThat(SAMPLE)
                .filteredOn(l -> !l.cancelled() && l.quantity() < 0)
                .isNotEmpty()
                .allMatch(l -> !l.hasCustomer() && l.priceMilli() == 0 && l.note() >= 0);
        assertThat(SAMPLE).anyMatch(GeneratedLine::lowerCaseCode);
    }

    @Test
    void invoicesHaveSeveralLinesAndOneCustomerAndTime() {
        Map<Long, List<GeneratedLine>> invoices = new HashMap<>();
        SAMPLE.forEach(l ->
                invoices.computeIfAbsent(l.invoice(), k -> new ArrayList<>()).add(l));
        assertThat((double) SAMPLE.size() / invoices.size()).isBetween(8.0, 30.0);
        for (List<GeneratedLine> invoice : invoices.values()) {
            GeneratedLine first = invoice.get(0);
            assertThat(invoice)
                    .allMatch(l -> l.customerId() == first.customerId()
                            && l.time() == first.time()
                            && l.cancelled() == first.cancelled());
        }
    }

    @Test
    void exactDuplicateRowsAreRareAsInTheOriginal() {
        long distinct = SAMPLE.stream().distinct().count();
        assertThat((double) (SAMPLE.size() - distinct) / SAMPLE.size()).isLessThan(0.01);
    }

    @Test
    void timeRunsInOrderOverThePeriodWithANovemberPeakAndNoSaturdays() {
        long[] rowsPerMonth = new long[13];
        long previous = Long.MIN_VALUE;
        for (GeneratedLine l : SAMPLE) {
            assertThat(l.time()).isGreaterThanOrEqualTo(previous);
            previous = l.time();
            LocalDateTime t = LocalDateTime.ofEpochSecond(l.time(), 0, ZoneOffset.UTC);
            assertThat(t.getDayOfWeek()).isNotEqualTo(DayOfWeek.SATURDAY);
            assertThat(t.toLocalDate()).isBetween(LocalDate.of(2010, 12, 1), LocalDate.of(2011, 12, 9));
            rowsPerMonth[(t.getYear() - 2010) * 12 + t.getMonthValue() - 12]++;
        }
        long november = rowsPerMonth[11];
        for (int m = 0; m < 11; m++) {
            assertThat(november).as("November vs month %d", m).isGreaterThan(rowsPerMonth[m] * 13 / 10);
        }
    }
}
