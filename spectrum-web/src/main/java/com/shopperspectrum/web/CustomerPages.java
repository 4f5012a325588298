package com.shopperspectrum.web;

/** The customers page (segment prediction form, customer lookup) and one page per customer. */
final class CustomerPages {
    private final Explorer explorer;

    CustomerPages(Explorer explorer) {
        this.explorer = explorer;
    }

    String forms() {
        return lookupForm("") + "<h2>Predict a segment from RFM values</h2>"
                + "<p class=\"empty\" id=\"predict\">This model has no segmentation yet.</p>";
    }

    static String lookupForm(String id) {
        return "<h2>Look up a customer</h2><form class=\"search\" action=\"/customers/lookup\" method=\"get\">"
                + "<label for=\"id\">Customer id</label><div class=\"combo\"><input id=\"id\" name=\"id\" "
                + "maxlength=\"40\" inputmode=\"numeric\" placeholder=\"e.g. 12347\" value=\"" + Html.attr(id) + "\">"
                + "<button type=\"submit\">Show</button></div></form>";
    }

    String customer(String id) {
        Explorer.CustomerInfo c = explorer.customer(id);
        StringBuilder h = new StringBuilder(4096);
        h.append(lookupForm(c.customerId()));
        h.append("<section class=\"cards\" id=\"rfm\">")
                .append(ProductPages.card("Country", Html.text(c.country() == null ? "unknown" : c.country())))
                .append(ProductPages.card("Recency", Html.number(c.recency()) + " days"))
                .append(ProductPages.card("Frequency", Html.number(c.frequency()) + " invoices"))
                .append(ProductPages.card("Monetary", Html.money(c.monetary())))
                .append("</section><p class=\"note\">RFM as of ").append(Html.text(c.snapshot())).append(".</p>");
        Explorer.History hist = c.history();
        h.append("<h2>Purchase history</h2><p id=\"history\">").append(Html.number(hist.products()))
                .append(" distinct products, ").append(Html.number(hist.units())).append(" units; last purchase ")
                .append(Html.text(hist.lastPurchase())).append(".</p>");
        h.append("<div class=\"scroll\"><table class=\"products\"><thead><tr><th>Product</th><th class=\"n\">Units</th>"
                + "<th class=\"n\">Last bought</th></tr></thead><tbody>");
        for (Explorer.Bought b : hist.top()) {
            h.append("<tr><td>").append(Html.productLink(b.stockCode(), b.description())).append("</td><td class=\"n\">")
                    .append(Html.number(b.quantity())).append("</td><td class=\"n\">").append(Html.text(b.lastBought()))
                    .append("</td></tr>");
        }
        h.append("</tbody></table></div>");
        h.append("<h2>Recommendations</h2><p class=\"empty\" id=\"recommendations\">This model has no item "
                + "similarities yet.</p>");
        return h.toString();
    }
}
