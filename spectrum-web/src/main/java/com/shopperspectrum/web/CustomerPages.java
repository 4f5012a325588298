package com.shopperspectrum.web;

import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.recommend.Recommendation;
import com.shopperspectrum.core.recommend.Recommendations;
import com.shopperspectrum.core.segment.RfmValues;
import java.util.List;
import java.util.Map;

/** The customers page (segment prediction form, customer lookup) and one page per customer. */
final class CustomerPages {
    private final ModelService service;

    CustomerPages(ModelService service) {
        this.service = service;
    }

    /** The forms; with recency, frequency (and monetary) given, the predicted segment below the form. */
    String forms(String recency, String frequency, String monetary) {
        StringBuilder h = new StringBuilder(lookupForm(""));
        h.append("<h2>Predict a segment from RFM values</h2>");
        if (!service.hasSegments()) {
            return h.append("<p class=\"empty\" id=\"predict\">This model has no segmentation.</p>")
                    .toString();
        }
        h.append("<form class=\"rfm\" action=\"/customers\" method=\"get\" id=\"predict-form\">")
                .append(field("recency", "Recency (days)", recency))
                .append(field("frequency", "Frequency (invoices)", frequency));
        if (service.segments().model().hasMonetary()) {
            h.append(field("monetary", "Monetary", monetary));
        }
        h.append("<button type=\"submit\">Predict</button></form>");
        if (recency != null || frequency != null || monetary != null) {
            RfmValues values = new RfmValues(
                    number("recency", recency), number("frequency", frequency), number("monetary", monetary));
            h.append(prediction(service.segments().predict(values).shape()));
        }
        return h.toString();
    }

    private static String field(String name, String label, String value) {
        return "<div><label for=\"" + name + "\">" + Html.text(label) + "</label><input id=\"" + name + "\" name=\""
                + name + "\" inputmode=\"decimal\" maxlength=\"20\" value=\"" + Html.attr(value == null ? "" : value)
                + "\"></div>";
    }

    private static Double number(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field + " must be a number, got '" + Params.clip(raw) + "'", field);
        }
    }

    @SuppressWarnings("unchecked")
    private static String prediction(Map<String, Object> p) {
        StringBuilder h = new StringBuilder("<section id=\"prediction\"><section class=\"cards\">")
                .append(ProductPages.card("Segment", Html.text(p.get("segment"))))
                .append(ProductPages.card(
                        "RFM scores",
                        "R " + p.get("rScore") + " · F " + p.get("fScore")
                                + (p.get("mScore") == null ? "" : " · M " + p.get("mScore"))))
                .append(ProductPages.card("RFM segment", Html.text(p.get("rfmSegment"))))
                .append("</section>");
        h.append("<h3>How it was decided: distance to each segment's centre (")
                .append(Html.text(p.get("transform")))
                .append(
                        " features)</h3><table class=\"num\"><thead><tr><th>Segment</th><th>Distance</th></tr></thead><tbody>");
        for (Map<String, Object> d : (List<Map<String, Object>>) p.get("distances")) {
            boolean chosen = d.get("cluster").equals(p.get("cluster"));
            h.append("<tr")
                    .append(chosen ? " class=\"chosen\"" : "")
                    .append("><td>")
                    .append(Html.text(d.get("segment")))
                    .append(chosen ? " (nearest)" : "")
                    .append("</td><td>")
                    .append(Html.decimal((Double) d.get("distance"), 3))
                    .append("</td></tr>");
        }
        return h.append("</tbody></table></section>").toString();
    }

    static String lookupForm(String id) {
        return "<h2>Look up a customer</h2><form class=\"search\" action=\"/customers/lookup\" method=\"get\">"
                + "<label for=\"id\">Customer id</label><div class=\"combo\"><input id=\"id\" name=\"id\" "
                + "maxlength=\"40\" inputmode=\"numeric\" placeholder=\"e.g. 12347\" value=\"" + Html.attr(id) + "\">"
                + "<button type=\"submit\">Show</button></div></form>";
    }

    String customer(String id) {
        ModelService.CustomerInfo c = service.customer(id);
        StringBuilder h = new StringBuilder(4096);
        h.append(lookupForm(c.customerId()));
        h.append("<section class=\"cards\" id=\"rfm\">")
                .append(ProductPages.card("Country", Html.text(c.country() == null ? "unknown" : c.country())))
                .append(ProductPages.card("Recency", Html.number(c.recency()) + " days"))
                .append(ProductPages.card("Frequency", Html.number(c.frequency()) + " invoices"))
                .append(ProductPages.card("Monetary", Html.money(c.monetary())));
        if (c.segment() != null) {
            Map<String, Object> s = c.segment();
            h.append(ProductPages.card("Segment", Html.text(s.get("segment"))))
                    .append(ProductPages.card(
                            "RFM scores",
                            "R " + s.get("rScore") + " · F " + s.get("fScore")
                                    + (s.get("mScore") == null ? "" : " · M " + s.get("mScore"))))
                    .append(ProductPages.card("RFM segment", Html.text(s.get("rfmSegment"))));
        }
        h.append("</section><p class=\"note\">RFM as of ")
                .append(Html.text(c.snapshot()))
                .append(".</p>");
        h.append(recommendations(c.customerId()));
        ModelService.History hist = c.history();
        h.append("<h2>Purchase history</h2><p id=\"history\">")
                .append(Html.number(hist.products()))
                .append(" distinct products, ")
                .append(Html.number(hist.units()))
                .append(" units; last purchase ")
                .append(Html.text(hist.lastPurchase()))
                .append(".</p>");
        h.append("<div class=\"scroll\"><table class=\"products\"><thead><tr><th>Product</th><th class=\"n\">Units</th>"
                + "<th class=\"n\">Last bought</th></tr></thead><tbody>");
        for (ModelService.Bought b : hist.top()) {
            h.append("<tr><td>")
                    .append(Html.productLink(b.stockCode(), b.description()))
                    .append("</td><td class=\"n\">")
                    .append(Html.number(b.quantity()))
                    .append("</td><td class=\"n\">")
                    .append(Html.text(b.lastBought()))
                    .append("</td></tr>");
        }
        return h.append("</tbody></table></div>").toString();
    }

    private String recommendations(String customerId) {
        Recommendations r = service.recommendations(customerId, 10);
        StringBuilder h = new StringBuilder("<h2>Recommended for this customer</h2>");
        List<Recommendation> items = r.items();
        if (items.isEmpty()) {
            return h.append("<p class=\"empty\" id=\"no-recommendations\">Nothing to recommend: this customer bought "
                            + "every product that others bought with theirs.</p>")
                    .toString();
        }
        if (r.fallback()) {
            h.append("<p class=\"note\">No usable purchase history: popular products of the recent period.</p>");
        }
        h.append("<div class=\"scroll\"><table class=\"products\" id=\"recommendations\"><thead><tr><th>Product</th>"
                + "<th>Because you bought</th><th class=\"n\">Score</th></tr></thead><tbody>");
        for (Recommendation item : items) {
            h.append("<tr><td>")
                    .append(Html.productLink(item.stockCode(), item.description()))
                    .append("</td><td class=\"because\">");
            List<String> because = item.because();
            for (int i = 0; i < because.size(); i++) {
                String code = because.get(i);
                int row = service.model().products().indexOf(code);
                h.append(i == 0 ? "" : "; ")
                        .append(Html.productLink(
                                code, row < 0 ? "" : service.model().products().description(row)));
            }
            h.append("</td><td class=\"n\">")
                    .append(Html.decimal(item.score(), 3))
                    .append("</td></tr>");
        }
        return h.append("</tbody></table></div>").toString();
    }
}
