package com.shopperspectrum.cli;

import com.shopperspectrum.core.profile.DataProfile;
import com.shopperspectrum.core.profile.Distribution;
import com.shopperspectrum.io.ReadReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** Prints a {@link DataProfile} as readable text. */
final class ProfileText {
    private final PrintWriter out;

    ProfileText(PrintWriter out) {
        this.out = out;
    }

    void print(ReadReport input, DataProfile p) {
        String text = input.textLayout().isEmpty() ? "" : ", " + input.textLayout();
        out.printf(
                "Input      %s (%s%s, %s layout, %s)%n",
                input.file(), input.format(), text, input.layout(), input.encoding());
        out.println();
        out.println("Rows");
        for (Map.Entry<String, Long> e : p.rows().entrySet()) {
            boolean reversed = "reversed".equals(e.getKey()) && p.reversedRevenue() != null;
            out.printf(
                    "  %-22s %,12d%s%n",
                    e.getKey(), e.getValue(), reversed ? "  (revenue " + money(p.reversedRevenue()) + ")" : "");
        }
        if (input.badRows() > 0) {
            out.printf("  %-22s %,12d  (not in raw)%n", "malformed (skipped)", input.badRows());
        }
        out.println();
        if (p.noProductColumn()) {
            out.printf(
                    "Clean data  %,d customers, %,d invoices, %,d countries%n",
                    p.customers(), p.invoices(), p.countries());
        } else {
            out.printf(
                    "Clean data  %,d customers, %,d products, %,d invoices, %,d countries%n",
                    p.customers(), p.products(), p.invoices(), p.countries());
        }
        if (p.firstDate() != null) {
            out.printf("            %s .. %s%n", p.firstDate(), p.lastDate());
        }
        out.printf("Revenue     %s%n", money(p.revenue()));
        out.println();
        out.println("Quality (raw rows)");
        p.quality().forEach((k, v) -> out.printf("  %-30s %,10d%n", k, v));
        if (p.noProductColumn()) {
            out.println();
            out.println("Products    not in the data (no product column mapped): no top products");
        } else {
            printProducts("Top products by quantity", p.topProducts().byQuantity());
        }
        if (p.moneyAvailable() && !p.noProductColumn()) {
            printProducts("Top products by revenue", p.topProducts().byRevenue());
        }
        out.println();
        out.println("Monthly                 revenue   invoices  customers");
        for (DataProfile.Month m : p.monthly()) {
            out.printf("  %-8s %16s %10d %10d%n", m.month(), money(m.revenue()), m.invoices(), m.customers());
        }
        out.println();
        out.println("Countries (top 10)            revenue   invoices  customers");
        p.byCountry().stream()
                .limit(10)
                .forEach(c -> out.printf(
                        "  %-22s %14s %10d %10d%n", c.country(), money(c.revenue()), c.invoices(), c.customers()));
        out.println();
        if (p.rfm() == null) {
            out.println("RFM per customer          none (no clean rows with a customer)");
            return;
        }
        out.println("RFM per customer          min        q1    median        q3           max        mean");
        printDistribution("recency (days)", p.rfm().recency());
        printDistribution("frequency (invoices)", p.rfm().frequency());
        if (p.rfm().monetary() != null) {
            printDistribution("monetary", p.rfm().monetary());
        }
    }

    private void printProducts(String title, List<DataProfile.ProductTotal> products) {
        out.println();
        out.printf("%s%n", title);
        for (DataProfile.ProductTotal t : products) {
            out.printf(
                    "  %-8s %-36s %10d %14s%n",
                    t.stockCode(), clip(t.description(), 36), t.quantity(), money(t.revenue()));
        }
    }

    private void printDistribution(String name, Distribution d) {
        out.printf(
                "  %-20s %8.1f %9.1f %9.1f %9.1f %13.1f %11.1f%n",
                name, d.min(), d.q1(), d.median(), d.q3(), d.max(), d.mean());
    }

    static String money(Double value) {
        return value == null ? "n/a (no prices)" : String.format("%,.2f", value);
    }

    static String clip(String s, int width) {
        if (s == null) {
            return "";
        }
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
