package com.shopperspectrum.web;

import com.shopperspectrum.core.profile.DataProfile;
import com.shopperspectrum.core.profile.Distribution;
import java.util.List;
import java.util.Map;

/** The overview: key figures, charts of the data profile, the cleaning report, top products and countries. */
final class OverviewPage {
    private OverviewPage() {}

    /** The overview's body; its charts are {@link ModelService#charts()}. */
    static String body(ModelService service, boolean links) {
        DataProfile p = service.model().profile();
        StringBuilder h = new StringBuilder(8192);
        h.append("<section class=\"cards\">")
                .append(card("Customers", Html.number(p.customers())))
                .append(card("Products", Html.number(p.products())))
                .append(card("Invoices", Html.number(p.invoices())))
                .append(card("Revenue", Html.money(p.revenue())))
                .append(card("Countries", Html.number(p.countries())))
                .append(card("Period", Html.text(date(p.firstDate())) + " – " + Html.text(date(p.lastDate()))))
                .append("</section>\n");
        h.append("<section class=\"charts\">")
                .append(chart("monthly", "wide"))
                .append(chart("countries", ""))
                .append(chart("topProducts", ""))
                .append(chart("recency", ""))
                .append(chart("frequency", ""));
        if (p.moneyAvailable()) {
            h.append(chart("monetary", ""));
        }
        h.append("</section>\n");
        h.append("<section class=\"grid2\">").append(cleaning(p)).append(rfm(p)).append("</section>\n");
        h.append("<section class=\"grid2\">")
                .append(products("Top products by units", p.topProducts().byQuantity(), p.moneyAvailable(), links));
        if (p.moneyAvailable()) {
            h.append(products("Top products by revenue", p.topProducts().byRevenue(), true, links));
        }
        h.append("</section>\n").append(countries(p));
        return h.toString();
    }

    static String chart(String name, String cssClass) {
        return "<div class=\"chart " + cssClass + "\" data-chart=\"" + Html.attr(name) + "\" role=\"img\"></div>";
    }

    private static String card(String label, String valueHtml) {
        return "<div class=\"card\"><div class=\"label\">" + Html.text(label) + "</div><div class=\"value\">"
                + valueHtml + "</div></div>";
    }

    private static String date(Object dateTime) {
        return dateTime == null ? "" : dateTime.toString().substring(0, 10);
    }

    private static String cleaning(DataProfile p) {
        StringBuilder h =
                new StringBuilder("<div class=\"scroll\"><h2>Cleaning report</h2><table class=\"num\" id=\"cleaning\">"
                        + "<thead><tr><th>Rows</th><th>Count</th></tr></thead><tbody>");
        for (Map.Entry<String, Long> e : p.rows().entrySet()) {
            String label =
                    e.getKey().equals("raw") || e.getKey().equals("clean") ? e.getKey() : "removed: " + e.getKey();
            h.append("<tr><td>")
                    .append(Html.text(label))
                    .append("</td><td>")
                    .append(Html.number(e.getValue()))
                    .append("</td></tr>");
        }
        h.append("</tbody></table><h3>Quality counts (raw rows)</h3><table class=\"num\"><tbody>");
        for (Map.Entry<String, Long> e : p.quality().entrySet()) {
            h.append("<tr><td>")
                    .append(Html.text(e.getKey()))
                    .append("</td><td>")
                    .append(Html.number(e.getValue()))
                    .append("</td></tr>");
        }
        return h.append("</tbody></table></div>").toString();
    }

    private static String rfm(DataProfile p) {
        StringBuilder h = new StringBuilder(
                "<div class=\"scroll\"><h2>RFM per customer</h2><table class=\"num\"><thead><tr>"
                        + "<th></th><th>min</th><th>q1</th><th>median</th><th>q3</th><th>max</th><th>mean</th></tr></thead><tbody>");
        row(h, "Recency (days)", p.rfm().recency());
        row(h, "Frequency (invoices)", p.rfm().frequency());
        if (p.rfm().monetary() != null) {
            row(h, "Monetary", p.rfm().monetary());
        }
        return h.append("</tbody></table></div>").toString();
    }

    private static void row(StringBuilder h, String name, Distribution d) {
        h.append("<tr><td>").append(Html.text(name)).append("</td>");
        for (double v : new double[] {d.min(), d.q1(), d.median(), d.q3(), d.max(), d.mean()}) {
            h.append("<td>").append(Html.decimal(v, 1)).append("</td>");
        }
        h.append("</tr>");
    }

    static String products(String title, List<DataProfile.ProductTotal> list, boolean money, boolean links) {
        StringBuilder h = new StringBuilder(
                "<div class=\"scroll\"><h2>" + Html.text(title) + "</h2><table class=\"products\"><thead><tr>"
                        + "<th>Product</th><th class=\"n\">Units</th>" + (money ? "<th class=\"n\">Revenue</th>" : "")
                        + "</tr></thead><tbody>");
        for (DataProfile.ProductTotal t : list) {
            h.append("<tr><td>")
                    .append(
                            links
                                    ? Html.productLink(t.stockCode(), t.description())
                                    : Html.product(t.stockCode(), t.description()))
                    .append("</td><td class=\"n\">")
                    .append(Html.number(t.quantity()))
                    .append("</td>");
            if (money) {
                h.append("<td class=\"n\">").append(Html.money(t.revenue())).append("</td>");
            }
            h.append("</tr>");
        }
        return h.append("</tbody></table></div>").toString();
    }

    private static String countries(DataProfile p) {
        StringBuilder h = new StringBuilder("<h2>Countries</h2><div class=\"scroll\"><table class=\"num\"><thead><tr>"
                + "<th>Country</th><th>Revenue</th><th>Invoices</th><th>Customers</th></tr></thead><tbody>");
        for (DataProfile.Country c : p.byCountry()) {
            h.append("<tr><td>")
                    .append(Html.text(c.country()))
                    .append("</td><td>")
                    .append(Html.money(c.revenue()))
                    .append("</td><td>")
                    .append(Html.number(c.invoices()))
                    .append("</td><td>")
                    .append(Html.number(c.customers()))
                    .append("</td></tr>");
        }
        return h.append("</tbody></table></div>").toString();
    }
}
