package com.shopperspectrum.core.model;

import com.shopperspectrum.core.data.Dictionary;
import com.shopperspectrum.core.recommend.EaseOptions;
import com.shopperspectrum.core.recommend.EaseRegression;
import com.shopperspectrum.core.recommend.ItemNeighbours;
import com.shopperspectrum.core.recommend.Product;
import com.shopperspectrum.core.recommend.ProductCatalog;
import com.shopperspectrum.core.recommend.PurchaseHistory;
import com.shopperspectrum.core.recommend.Recommender;
import com.shopperspectrum.core.recommend.RecommenderDefaults;
import com.shopperspectrum.core.recommend.RecommenderType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rebuilds the {@link Recommender} of a stored model without the transactions: the catalogue and the purchase
 * histories are re-indexed from the model's popularity-ordered tables to the neighbours' product indices
 * (stock codes are the link). The result recommends exactly what a recommender built from the training data
 * recommends.
 */
public final class ModelRecommender {
    private ModelRecommender() {}

    /**
     * The recommender of the model's {@link SpectrumModel#recommender() recommender} neighbours. It also knows the
     * customers {@code withoutPurchases} (ids not in the model, for example of customers in the training data who
     * only cancelled orders): they have no history, so they get the popular products.
     */
    public static Recommender of(SpectrumModel model, String... withoutPurchases) {
        ItemNeighbours neighbours = model.recommender().neighbours();
        String[] ids = model.customers().rfm().customerIds();
        String[] all = Arrays.copyOf(ids, ids.length + withoutPurchases.length);
        System.arraycopy(withoutPurchases, 0, all, ids.length, withoutPurchases.length);
        return Recommender.of(history(model, withoutPurchases.length), Dictionary.of(all), catalog(model), neighbours);
    }

    /**
     * The model with EASE ({@link EaseRegression}, fitted on its purchase histories) as its recommender, with
     * the default half-life of EASE. Both engines call this once the tables are built; when EASE cannot be
     * fitted (too many products for its dense inverse) the model keeps the cosine and its metadata says why.
     */
    public static SpectrumModel withEase(SpectrumModel model, EaseOptions ease) {
        try {
            ItemNeighbours fitted =
                    EaseRegression.fit(history(model, 0), catalog(model), ease).neighbours();
            return model.withRecommender(
                    new StoredRecommender(
                            RecommenderType.EASE, ease, RecommenderDefaults.halfLifeDays(RecommenderType.EASE), fitted),
                    model.metadata());
        } catch (IllegalArgumentException e) {
            return model.withRecommender(
                    StoredRecommender.cosine(model.neighbours()),
                    model.metadata().withWarning("recommendations use the item-item cosine: " + e.getMessage()));
        }
    }

    /** The model's catalogue with the neighbours' product indices (what {@code similar} looks products up in). */
    public static ProductCatalog catalog(SpectrumModel model) {
        ItemNeighbours neighbours = model.neighbours();
        ProductTable table = model.products();
        List<Product> catalogue = new ArrayList<>(table.size());
        for (int row = 0; row < table.size(); row++) {
            int index = neighbours.indexOf(table.code(row));
            if (index < 0) {
                throw new IllegalArgumentException("product " + table.code(row) + " has no neighbour index");
            }
            catalogue.add(new Product(
                    index,
                    table.code(row),
                    table.description(row),
                    table.quantity(row),
                    table.revenue(row),
                    table.customers(row),
                    table.rank(row),
                    table.nonProduct(row)));
        }
        return ProductCatalog.of(catalogue, neighbours.size());
    }

    /**
     * The purchase histories with the neighbours' product indices, sorted by index per customer, then
     * {@code emptyRows} customers without purchases.
     */
    private static PurchaseHistory history(SpectrumModel model, int emptyRows) {
        int[] indexOfRow = new int[model.products().size()];
        for (int row = 0; row < indexOfRow.length; row++) {
            indexOfRow[row] = model.neighbours().indexOf(model.products().code(row));
        }
        PurchaseHistories h = model.histories();
        int[] ptr = Arrays.copyOf(h.offsets(), h.customers() + 1 + emptyRows);
        Arrays.fill(ptr, h.customers() + 1, ptr.length, ptr[h.customers()]);
        int n = h.pairs();
        int[] item = new int[n];
        int[] lines = new int[n];
        long[] units = new long[n];
        int[] days = new int[n];
        for (int c = 0; c < h.customers(); c++) {
            long[] keyed = new long[h.count(c)];
            for (int i = 0; i < keyed.length; i++) {
                keyed[i] = ((long) indexOfRow[h.product(c, i)] << 32) | i;
            }
            Arrays.sort(keyed);
            for (int k = 0; k < keyed.length; k++) {
                int i = (int) keyed[k];
                item[ptr[c] + k] = (int) (keyed[k] >>> 32);
                lines[ptr[c] + k] = h.lines(c, i);
                units[ptr[c] + k] = h.quantity(c, i);
                days[ptr[c] + k] = h.lastDay(c, i);
            }
        }
        return PurchaseHistory.of(ptr, item, lines, units, days, lastDay(model));
    }

    /** The last day with any clean row (the "today" of recency weighting and of the popular fallback). */
    private static int lastDay(SpectrumModel model) {
        var last = model.profile().lastDate();
        return last == null ? 0 : (int) last.toLocalDate().toEpochDay();
    }
}
