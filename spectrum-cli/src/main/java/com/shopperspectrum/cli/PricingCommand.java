package com.shopperspectrum.cli;

import com.shopperspectrum.core.inventory.DemandModel;
import com.shopperspectrum.core.inventory.InventoryOptions;
import com.shopperspectrum.core.inventory.PriceResponse;
import com.shopperspectrum.core.inventory.PricingOptions;
import com.shopperspectrum.core.inventory.PricingReport;
import com.shopperspectrum.io.view.PriceResponseView;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code spectrum pricing FILE|--model DIR}: how weekly units moved with the weekly average price. */
@Command(
        name = "pricing",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Price response per product: the least-squares slope of log weekly units on log weekly average unit "
                    + "price (the week's revenue / its units), with its standard error, 95 %% interval and R2, for "
                    + "products with enough weeks with sales and enough price variation; the others are listed "
                    + "with the reason.",
            "",
            "This is an observed association, not a causal price elasticity: prices on such data are also "
                    + "quantity tiers and promotions chosen by the seller (per-line prices measure the discount "
                    + "schedule, hence the weekly aggregates). Writes -o: stock_code,description,weeks,price_cv,"
                    + "slope,standard_error,low,high,r_squared,reason. See docs/inventory.md."
        })
public final class PricingCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    FileOrModel source;

    @Range(min = 3, max = 520)
    @Option(
            names = "--min-weeks",
            paramLabel = "N",
            defaultValue = "8",
            description = "Weeks with sales a product needs, 3..520 (default: ${DEFAULT-VALUE}).")
    int minWeeks;

    @Range(min = 0, max = 10)
    @Option(
            names = "--min-price-cv",
            paramLabel = "CV",
            defaultValue = "0.05",
            description = "Coefficient of variation of the weekly average price it needs, 0..10 "
                    + "(default: ${DEFAULT-VALUE}).")
    double minPriceCv;

    @Mixin
    ProductListOutput list;

    @Mixin
    InputOptions input;

    @Mixin
    CleaningMixin cleaning;

    @Override
    public Integer call() {
        PricingOptions options = new PricingOptions(minWeeks, minPriceCv);
        DemandModel demand = DemandInput.load(
                source.input(),
                input,
                cleaning,
                InventoryOptions.DEFAULT,
                options,
                spec.commandLine().getErr());
        PricingReport report = demand.pricingReport(options);
        PriceResponseView view = new PriceResponseView(report, list.top);
        if (list.output != null) {
            DemandInput.write(list.output, view.csv());
        }
        var out = spec.commandLine().getOut();
        out.print(list.json ? view.text() + "\n" : text(report));
        out.flush();
        return ExitCodes.OK;
    }

    private String text(PricingReport r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(
                Locale.ROOT,
                "Price response of %,d of %,d products (the others: not enough weeks "
                        + "with sales or price variation)%n%s%n%n",
                r.estimated(),
                r.products().size(),
                PriceResponseView.NOTE));
        b.append(String.format(
                Locale.ROOT,
                "%-9s %-34s %5s %8s %18s %6s%n",
                "code",
                "description",
                "weeks",
                "slope",
                "95 % interval",
                "R2"));
        int shown = 0;
        for (PriceResponse p : r.products()) {
            if (shown++ == list.top) {
                break;
            }
            String name = ProductListOutput.cut(p.description());
            if (p.estimate() == null) {
                b.append(String.format(Locale.ROOT, "%-9s %-34s %5d  %s%n", p.code(), name, p.weeks(), p.reason()));
            } else {
                var e = p.estimate();
                b.append(String.format(
                        Locale.ROOT,
                        "%-9s %-34s %5d %8.2f %18s %6.2f%n",
                        p.code(),
                        name,
                        p.weeks(),
                        e.slope(),
                        String.format(Locale.ROOT, "[%.2f, %.2f]", e.low(), e.high()),
                        e.rSquared()));
            }
        }
        if (list.output != null) {
            b.append("\nwrote ")
                    .append(r.products().size())
                    .append(" products to ")
                    .append(list.output)
                    .append('\n');
        }
        return b.toString();
    }
}
