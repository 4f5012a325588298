package com.shopperspectrum.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The K best (other, score) of each item among a partition's rows (item, other, score): score descending, then
 * other ascending, the order of the embedded engine's lists. A bounded heap per item, O(n log K), where a window
 * with {@code row_number} sorts every row. Run once before the shuffle by item (each partition keeps at most K per
 * item) and once after it (the K best overall, ranked from 1).
 *
 * <p>Output rows: (item, other, score, rank); the rank is 1-based among the partition's rows of the item.
 */
final class TopKPerItem implements MapPartitionsFunction<Row, Row> {
    private final int k;

    TopKPerItem(int k) {
        this.k = k;
    }

    private record Scored(int other, double score) {
        /** True when this ranks below {@code o}: a lower score, or the same score and a larger other index. */
        boolean worseThan(Scored o) {
            return score < o.score || (score == o.score && other > o.other);
        }
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        Map<Integer, PriorityQueue<Scored>> best = new HashMap<>();
        while (rows.hasNext()) {
            Row r = rows.next();
            Scored s = new Scored(r.getInt(1), r.getDouble(2));
            PriorityQueue<Scored> heap = best.computeIfAbsent(
                    r.getInt(0), i -> new PriorityQueue<>((a, b) -> a.worseThan(b) ? -1 : b.worseThan(a) ? 1 : 0));
            if (heap.size() < k) {
                heap.add(s);
            } else if (heap.peek().worseThan(s)) {
                heap.poll();
                heap.add(s);
            }
        }
        List<Row> out = new ArrayList<>();
        for (Map.Entry<Integer, PriorityQueue<Scored>> e : best.entrySet()) {
            PriorityQueue<Scored> heap = e.getValue();
            Scored[] ranked = new Scored[heap.size()];
            for (int i = ranked.length - 1; i >= 0; i--) {
                ranked[i] = heap.poll();
            }
            for (int i = 0; i < ranked.length; i++) {
                out.add(RowFactory.create(e.getKey(), ranked[i].other(), ranked[i].score(), i + 1));
            }
        }
        return out.iterator();
    }
}
