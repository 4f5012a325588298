package com.shopperspectrum.web;

import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.core.recommend.CoPurchases;
import com.shopperspectrum.core.recommend.Recommendation;
import com.shopperspectrum.core.recommend.Recommendations;
import com.shopperspectrum.core.segment.RfmValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The customers page (customers.jte: segment prediction form, customer lookup) and one page per customer
 * (customer.jte).
 */
final class CustomerPages {
    /** Recommendations shown at first on a customer's page; the rest behind "show more". */
    static final int RECOMMENDATIONS_SHOWN = 5;

    private final ModelService service;

    /** The pages of one request's model ({@link ServedModel#of}: one model per request, even during a swap). */
    CustomerPages(ModelService service) {
        this.service = service;
    }

    private ModelService service() {
        return service;
    }

    /** A label and a value of a card. */
    record Card(String label, String value) {}

    /** A product named in a list: code and description. */
    record Named(String code, String description) {}

    /**
     * The forms: whether the model has segments, the RFM form's fields as typed with their messages, and the
     * prediction (null until valid values are given).
     */
    record FormsView(
            boolean segments,
            List<RfmForm.Field> fields,
            boolean invalid,
            PredictionView prediction,
            String lookupId,
            String lookupError) {
        /** The page with the lookup form's {@code id} refused for {@code error} (shown beside the field). */
        FormsView withLookupError(String id, String error) {
            return new FormsView(segments, fields, true, prediction, id, error);
        }
    }

    /** A predicted segment and how it was decided. */
    record PredictionView(List<Card> cards, String transform, List<Distance> distances) {}

    /** The distance to one segment's centre. */
    record Distance(String segment, boolean chosen, String distance) {}

    /** One customer's page. */
    record CustomerView(
            String id,
            List<Card> cards,
            String snapshot,
            List<Recommended> recommendations,
            List<Recommended> moreRecommendations,
            boolean fallback,
            String historyProducts,
            String historyUnits,
            String lastPurchase,
            List<Bought> bought,
            String historyShown,
            String historyPrev,
            String historyNext,
            String migration) {}

    /** One recommended product with the customer's products that led to it. */
    record Recommended(Named product, List<Reason> because, String match, String score) {}

    /** A product the customer bought that led to a recommendation, and "bought together by N customers". */
    record Reason(Named product, String together) {}

    /** One product of the purchase history. */
    record Bought(Named product, String units, String lastBought) {}

    /** The forms; with recency, frequency (and monetary) given, the predicted segment below the form. */
    FormsView forms(String recency, String frequency, String monetary) {
        if (!service().hasSegments()) {
            return new FormsView(false, List.of(), false, null, "", null);
        }
        RfmForm form = RfmForm.read(
                recency, frequency, monetary, service().segments().model().hasMonetary());
        RfmValues values = form.values();
        PredictionView prediction = values == null
                ? null
                : prediction(service().segments().predict(values).shape());
        return new FormsView(true, form.fields(), form.invalid(), prediction, "", null);
    }

    @SuppressWarnings("unchecked")
    private static PredictionView prediction(Map<String, Object> p) {
        List<Distance> distances = new ArrayList<>();
        for (Map<String, Object> d : (List<Map<String, Object>>) p.get("distances")) {
            distances.add(new Distance(
                    String.valueOf(d.get("segment")),
                    d.get("cluster").equals(p.get("cluster")),
                    Format.decimal((Double) d.get("distance"), 3)));
        }
        return new PredictionView(segmentCards(p), String.valueOf(p.get("transform")), distances);
    }

    private static List<Card> segmentCards(Map<String, Object> s) {
        return List.of(
                new Card("Segment", String.valueOf(s.get("segment"))),
                new Card(
                        "RFM scores",
                        "R " + s.get("rScore") + " · F " + s.get("fScore")
                                + (s.get("mScore") == null ? "" : " · M " + s.get("mScore"))),
                new Card("RFM segment", String.valueOf(s.get("rfmSegment"))));
    }

    /** Products of the purchase history per page. */
    static final int HISTORY_PAGE = 25;

    /** A customer's page, with page {@code historyPage} (1-based, clamped) of the purchase history. */
    CustomerView customer(String id, int historyPage, int historySize) {
        ModelService.CustomerInfo c = service().customer(id);
        List<Card> cards = new ArrayList<>(List.of(
                new Card("Country", c.country() == null ? "unknown" : c.country()),
                new Card("Recency", Words.count(c.recency(), "day", "days")),
                new Card("Frequency", Words.count(c.frequency(), "invoice", "invoices")),
                new Card("Monetary", Format.money(service().money(), c.monetary()))));
        if (c.segment() != null) {
            cards.addAll(segmentCards(c.segment()));
            SegmentAdvice advice = service().segments().advice();
            if (advice.lapsed(service().model().customers().indexOf(c.customerId()))) {
                cards.add(new Card(
                        "Lapsed",
                        "no purchase for " + Words.count(c.recency(), "day", "days") + ": as long as a typical"
                                + " At-Risk customer"));
            }
        }
        if (c.pAlive() != null) {
            cards.add(new Card("P(alive)", Format.decimal(c.pAlive(), 3)));
            cards.add(new Card("Expected transactions (52 weeks)", Format.decimal(c.expectedTransactions(), 2)));
            cards.add(new Card("CLV (52 weeks)", Format.money(service().money(), c.clv())));
        } else if (service().clv().present()) {
            cards.add(new Card("P(alive) and CLV", "unavailable (see Customer value)"));
        }
        Recommendations r = service().recommendations(c.customerId(), 10);
        List<Recommended> recommended = r.items().stream()
                .map(i -> recommended(i, r.items().get(0).score()))
                .toList();
        ModelService.History hist = c.history();
        int size = Math.max(1, historySize);
        int pages = Math.max(1, (hist.all().size() + size - 1) / size);
        int page = Math.max(1, Math.min(historyPage, pages));
        int from = (page - 1) * size;
        int to = Math.min(hist.all().size(), from + size);
        String base = "/customers/" + Format.url(c.customerId()) + "?"
                + (size == HISTORY_PAGE ? "" : "hsize=" + size + "&") + "hpage=";
        String shown = hist.all().isEmpty()
                ? "No purchases."
                : pages == 1
                        ? "All " + Words.count(hist.all().size(), "product", "products") + ", most units first."
                        : "Products " + (from + 1) + "–" + to + " of "
                                + Format.number(hist.all().size()) + ", most units first.";
        return new CustomerView(
                c.customerId(),
                cards,
                String.valueOf(c.snapshot()),
                recommended.subList(0, Math.min(RECOMMENDATIONS_SHOWN, recommended.size())),
                recommended.subList(Math.min(RECOMMENDATIONS_SHOWN, recommended.size()), recommended.size()),
                r.fallback(),
                Words.count(hist.products(), "distinct product", "distinct products"),
                Words.count(hist.units(), "unit", "units"),
                String.valueOf(hist.lastPurchase()),
                hist.all().subList(from, to).stream()
                        .map(b -> new Bought(
                                new Named(b.stockCode(), b.description()),
                                Format.number(b.quantity()),
                                String.valueOf(b.lastBought())))
                        .toList(),
                shown,
                page > 1 ? base + (page - 1) + "#history" : null,
                page < pages ? base + (page + 1) + "#history" : null,
                migration(c.previousSegment()));
    }

    /** "Was Regular on A, now At-Risk (as of B)" and the named RFM segments likewise; null without the part. */
    static String migration(CohortAnswers.PreviousSegment p) {
        if (p == null) {
            return null;
        }
        String rfm = p.rfmSegment() == null
                ? "RFM segment now " + p.rfmSegmentNow()
                : p.rfmSegment().equals(p.rfmSegmentNow())
                        ? "RFM segment " + p.rfmSegmentNow() + " on both days"
                        : "RFM segment " + p.rfmSegment() + " then, " + p.rfmSegmentNow() + " now";
        String kmeans;
        if (p.segment() == null) {
            kmeans = "Not yet a customer on " + p.from() + "; now " + p.segmentNow() + " (as of " + p.to() + ")";
        } else if (p.moved()) {
            kmeans = "Was " + p.segment() + " on " + p.from() + ", now " + p.segmentNow() + " (as of " + p.to() + ")";
        } else {
            kmeans = p.segment() + " on " + p.from() + " and still " + p.segmentNow() + " on " + p.to();
        }
        if (p.since() != null) {
            java.time.LocalDate since = java.time.LocalDate.parse(p.since());
            kmeans += p.since().equals(p.to())
                    ? ", not yet " + p.segmentNow() + " at the last month end"
                    : ", " + p.segmentNow() + " at every month end since " + since.minusDays(1);
        }
        return kmeans + "; " + rfm + ".";
    }

    private Recommended recommended(Recommendation item, double best) {
        SpectrumModel model = service().model();
        CoPurchases co = service().coPurchases();
        int target = model.products().indexOf(item.stockCode());
        List<Reason> because = item.because().stream()
                .map(code -> {
                    int row = model.products().indexOf(code);
                    int both = row < 0 || target < 0 ? 0 : co.together(row, target);
                    return new Reason(
                            new Named(code, row < 0 ? "" : model.products().description(row)),
                            both == 0
                                    ? "no customer bought both yet"
                                    : "bought together by " + Words.count(both, "customer", "customers"));
                })
                .toList();
        return new Recommended(
                new Named(item.stockCode(), item.description()),
                because,
                Words.match(item.score(), best),
                "score " + Format.decimal(item.score(), 4));
    }
}
