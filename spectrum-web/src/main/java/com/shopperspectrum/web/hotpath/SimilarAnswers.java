package com.shopperspectrum.web.hotpath;

import com.shopperspectrum.core.recommend.ScoredProduct;
import com.shopperspectrum.io.Json;
import com.shopperspectrum.io.view.SimilarView;
import com.shopperspectrum.web.ApiLimits;
import com.shopperspectrum.web.ModelService;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The JSON bytes of {@code GET /api/products/{code}/similar}, the same as {@link SimilarView#json} of
 * {@link ModelService#similar}, made once per product instead of once per request. A product's answer for
 * {@code n} neighbours is a prefix of its answer for all of them (the list is the last field, best first), so one
 * entry serves every {@code n}: the full answer and where each neighbour ends. Entries live in a direct-mapped cache (slot = product row modulo
 * {@value #SLOTS}, replaced on collision): no lock, and bounded memory whatever the number of products.
 */
final class SimilarAnswers {
    static final int SLOTS = 4096;
    private static final byte[] CLOSE = "]}".getBytes(StandardCharsets.UTF_8);
    private final ModelService service;
    private final AtomicReferenceArray<Entry> slots;

    SimilarAnswers(ModelService service) {
        this(service, SLOTS);
    }

    /** {@code slots}: a power of two (tests use 1 to exercise replacement). */
    SimilarAnswers(ModelService service, int slots) {
        if (Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("slots must be a power of two, got " + slots);
        }
        this.service = service;
        this.slots = new AtomicReferenceArray<>(slots);
    }

    /** The answer for a known product row, or null when the product is unknown (no exception: a cheap miss). */
    byte[] jsonOrNull(String stockCode, int n) {
        int row = service.model().products().indexOf(stockCode);
        return row < 0 ? null : entry(row).json(n);
    }

    private Entry entry(int row) {
        int slot = row & (slots.length() - 1);
        Entry e = slots.get(slot);
        if (e == null || e.row != row) {
            e = build(row);
            slots.set(slot, e); // two threads racing build equal entries; either may win
        }
        return e;
    }

    private Entry build(int row) {
        String code = service.model().products().code(row);
        String description = service.model().products().description(row);
        List<ScoredProduct> similar = service.similarProducts(code, ApiLimits.MAX_COUNT);
        byte[] empty = new SimilarView(code, description, List.of()).json(); // {…,"similar":[]}
        int head = empty.length - CLOSE.length;
        byte[][] items = new byte[similar.size()][];
        int size = empty.length;
        for (int i = 0; i < items.length; i++) {
            items[i] = Json.bytes(similar.get(i));
            size += items[i].length + (i > 0 ? 1 : 0);
        }
        byte[] json = Arrays.copyOf(empty, size);
        int[] ends = new int[items.length + 1];
        int at = head;
        ends[0] = at;
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                json[at++] = ',';
            }
            System.arraycopy(items[i], 0, json, at, items[i].length);
            at += items[i].length;
            ends[i + 1] = at;
        }
        System.arraycopy(CLOSE, 0, json, at, CLOSE.length);
        return new Entry(row, json, ends);
    }

    /** A product's full answer; {@code ends[m]} is where the answer for {@code m} neighbours stops before "]}". */
    private record Entry(int row, byte[] full, int[] ends) {
        byte[] json(int n) {
            int m = Math.min(n, ends.length - 1);
            if (m == ends.length - 1) {
                return full; // never written to by the callers
            }
            byte[] out = Arrays.copyOf(full, ends[m] + CLOSE.length);
            System.arraycopy(CLOSE, 0, out, ends[m], CLOSE.length);
            return out;
        }
    }
}
