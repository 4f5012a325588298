package com.shopperspectrum.web;

import com.shopperspectrum.core.profile.DataProfile;
import com.shopperspectrum.core.profile.Distribution;
import com.shopperspectrum.io.view.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * The overview (overview.jte, overviewBody.jte): key figures, charts of the data profile, the cleaning report,
 * top products and countries.
 */
final class OverviewPage {
    private OverviewPage() {}

    /**
     * What the overview shows.
     *
     * @param profile the model's data profile
     * @param money   the currency of amounts
     * @param links   product names link to their pages (the report has none)
     */
    record View(DataProfile profile, Money money, boolean links) {
        View {
            if (profile == null) {
                throw new IllegalArgumentException("the overview needs the data profile");
            }
        }

        String period() {
            return date(profile.firstDate()) + " – " + date(profile.lastDate());
        }

        List<Spread> spreads() {
            List<Spread> rows = new ArrayList<>();
            rows.add(Spread.of("Recency (days)", profile.rfm().recency()));
            rows.add(Spread.of("Frequency (invoices)", profile.rfm().frequency()));
            if (profile.rfm().monetary() != null) {
                rows.add(Spread.of(money.label("Monetary"), profile.rfm().monetary()));
            }
            return rows;
        }
    }

    /** One row of the RFM table: min, q1, median, q3, max, mean. */
    record Spread(String name, double[] values) {
        static Spread of(String name, Distribution d) {
            return new Spread(name, new double[] {d.min(), d.q1(), d.median(), d.q3(), d.max(), d.mean()});
        }
    }

    static View view(ModelService service, boolean links) {
        return new View(service.model().profile(), service.money(), links);
    }

    private static String date(Object dateTime) {
        return dateTime == null ? "" : dateTime.toString().substring(0, 10);
    }
}
