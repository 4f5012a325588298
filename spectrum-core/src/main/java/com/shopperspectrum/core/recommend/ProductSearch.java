package com.shopperspectrum.core.recommend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds a product from what a person types: a stock code or words of its description.
 *
 * <ol>
 *   <li>A stock code (case-insensitive, trimmed) or a whole description equal to the query is the match.</li>
 *   <li>Otherwise the products whose description contains every query word (as a word prefix, so
 *       {@code "lunch bag"} finds {@code "LUNCH BAG RED RETROSPOT"}): one is the match; of several, the only
 *       one whose description starts with the query's words is the best match ({@code "jumbo bag red"} is
 *       {@code "JUMBO BAG RED RETROSPOT"}, not {@code "VINTAGE DOILY JUMBO BAG RED"}); otherwise they are
 *       ambiguous and listed, most popular first.</li>
 *   <li>Otherwise the query is unknown and the closest products by character-trigram similarity (Dice
 *       coefficient over the code and description) are suggested, so typos still lead somewhere.</li>
 * </ol>
 */
public final class ProductSearch {
    private static final int SUGGESTIONS = 5;
    private final List<Product> products;
    private final Map<String, Product> byCode = new HashMap<>();
    private final Map<String, List<Product>> byDescription = new HashMap<>();
    private final String[][] words;

    /** The word index of products given most popular first. */
    ProductSearch(List<Product> byPopularity) {
        products = byPopularity;
        words = new String[products.size()][];
        for (int i = 0; i < products.size(); i++) {
            Product p = products.get(i);
            byCode.put(p.stockCode(), p);
            String d = normal(p.description());
            byDescription.computeIfAbsent(d, k -> new ArrayList<>()).add(p);
            words[i] = d.isEmpty() ? new String[0] : d.split(" ");
        }
    }

    /**
     * What a search box shows while a person types, best first, at most {@code limit}; empty for a blank query:
     * the exact stock code first, then codes starting with the query, then descriptions containing every query
     * word as a word prefix ({@code "lunch bag"} finds {@code "LUNCH BAG RED RETROSPOT"}), each group most
     * popular first.
     */
    List<Product> suggest(String query, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, got " + limit);
        }
        String q = normal(query == null ? "" : query);
        List<Product> out = new ArrayList<>();
        if (q.isEmpty()) {
            return out;
        }
        String code = query.trim().toUpperCase(Locale.ROOT);
        Product exact = byCode.get(code);
        if (exact != null) {
            out.add(exact);
        }
        for (int i = 0; i < products.size() && out.size() < limit; i++) {
            Product p = products.get(i);
            if (p != exact && p.stockCode().startsWith(code)) {
                out.add(p);
            }
        }
        String[] queryWords = q.split(" ");
        for (int i = 0; i < products.size() && out.size() < limit; i++) {
            Product p = products.get(i);
            if (!out.contains(p) && containsAll(words[i], queryWords)) {
                out.add(p);
            }
        }
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    ProductMatch lookup(String query) {
        String q = normal(query == null ? "" : query);
        if (q.isEmpty()) {
            return new ProductMatch(query == null ? "" : query, ProductMatch.Status.UNKNOWN, List.of());
        }
        Product exact = byCode.get(query.trim().toUpperCase(Locale.ROOT));
        if (exact != null) {
            return new ProductMatch(query, ProductMatch.Status.FOUND, List.of(exact));
        }
        List<Product> sameText = byDescription.getOrDefault(q, List.of());
        if (!sameText.isEmpty()) {
            return found(query, sameText);
        }
        List<Product> containing = containingAll(q.split(" "));
        if (containing.size() > 1) {
            List<Product> starting = containing.stream()
                    .filter(p -> (normal(p.description()) + " ").startsWith(q + " "))
                    .toList();
            if (starting.size() == 1) {
                return found(query, starting);
            }
        }
        if (!containing.isEmpty()) {
            return found(query, containing);
        }
        return new ProductMatch(query, ProductMatch.Status.UNKNOWN, closest(q));
    }

    private static ProductMatch found(String query, List<Product> matches) {
        return new ProductMatch(
                query, matches.size() == 1 ? ProductMatch.Status.FOUND : ProductMatch.Status.AMBIGUOUS, matches);
    }

    private List<Product> containingAll(String[] queryWords) {
        List<Product> out = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (containsAll(words[i], queryWords)) {
                out.add(products.get(i));
            }
        }
        return out;
    }

    /** Each query word is a prefix of some word of the description, both {@link #normal normalised}. */
    private static boolean containsAll(String[] description, String[] queryWords) {
        for (String q : queryWords) {
            boolean hit = false;
            for (String w : description) {
                if (w.startsWith(q)) {
                    hit = true;
                    break;
                }
            }
            if (!hit) {
                return false;
            }
        }
        return true;
    }

    private List<Product> closest(String q) {
        Set<String> grams = trigrams(q);
        double[] score = new double[products.size()];
        Integer[] order = new Integer[products.size()];
        for (int i = 0; i < score.length; i++) {
            Product p = products.get(i);
            score[i] = Math.max(dice(grams, trigrams(normal(p.description()))), dice(grams, trigrams(p.stockCode())));
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -score[i]).thenComparingInt(i -> i));
        List<Product> out = new ArrayList<>();
        for (int i = 0; i < Math.min(SUGGESTIONS, order.length) && score[order[i]] > 0.2; i++) {
            out.add(products.get(order[i]));
        }
        return out;
    }

    private static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String g : a) {
            if (b.contains(g)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }

    private static Set<String> trigrams(String s) {
        String padded = " " + s + " ";
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 3 <= padded.length(); i++) {
            out.add(padded.substring(i, i + 3));
        }
        return out;
    }

    /** Upper case, letters and digits, single spaces: how descriptions and queries are compared. */
    public static String normal(String s) {
        return s.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
