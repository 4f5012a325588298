package com.shopperspectrum.web;

import com.shopperspectrum.core.segment.RfmSegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The customers list's query as submitted: filters (segment, named RFM segment, country, recency and spend
 * ranges), sort column and direction, page and page size. Each field keeps its value as typed and its own
 * message, so a bad value shows the form again (status 400) with what was typed, not an error page.
 */
final class CustomerListForm {
    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;
    static final List<String> PARAMS = List.of(
            "segment",
            "rfm",
            "lapsed",
            "country",
            "minRecency",
            "maxRecency",
            "minSpend",
            "maxSpend",
            "sort",
            "dir",
            "page",
            "size");

    /** A field of the form: a text input ({@code options} null) or a choice (the first option, "", is "any"). */
    record Input(String name, String label, String value, String error, List<String> options) {
        boolean invalid() {
            return error != null;
        }

        String errorId() {
            return name + "-error";
        }

        boolean choice() {
            return options != null;
        }
    }

    private final Map<String, String> typed = new LinkedHashMap<>();
    private final List<Input> inputs = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private CustomerList.Filter filter;
    private CustomerList.Sort sort;
    private boolean descending;
    private int page;
    private int size;

    private CustomerListForm() {}

    /** Reads the query through {@code param} (null for an absent parameter) against the list's choices. */
    static CustomerListForm read(UnaryOperator<String> param, CustomerList list) {
        CustomerListForm f = new CustomerListForm();
        for (String name : PARAMS) {
            String v = param.apply(name);
            if (v != null && !v.isBlank()) {
                f.typed.put(name, v.strip());
            }
        }
        f.parse(list);
        return f;
    }

    private void parse(CustomerList list) {
        boolean segmented = list.segmentation() != null;
        List<String> segments = segmented ? list.segmentation().model().names() : List.of();
        List<String> rfmNames =
                Arrays.stream(RfmSegment.values()).map(RfmSegment::label).toList();
        Integer cluster = segmented ? choice("segment", "Segment", segments) : unavailable("segment");
        Integer rfm = segmented ? choice("rfm", "RFM segment", rfmNames) : unavailable("rfm");
        Integer lapsed = segmented ? choice("lapsed", "Lapsed", List.of("yes", "no")) : unavailable("lapsed");
        Integer country = choice("country", "Country", list.countries());
        Integer minR = whole("minRecency", "Recency from (days)");
        Integer maxR = whole("maxRecency", "Recency to (days)");
        boolean money = list.customers().rfm().hasMonetary();
        Double minS = money ? money("minSpend", "Spend from") : unavailableNumber("minSpend");
        Double maxS = money ? money("maxSpend", "Spend to") : unavailableNumber("maxSpend");
        range("maxRecency", minR == null ? null : (double) minR, maxR == null ? null : (double) maxR);
        range("maxSpend", minS, maxS);
        sort = sortColumn(list, money);
        descending = direction();
        page = count("page", 1, Integer.MAX_VALUE, 1);
        size = count("size", 1, MAX_SIZE, DEFAULT_SIZE);
        filter = valid()
                ? new CustomerList.Filter(
                        cluster,
                        rfm == null ? null : RfmSegment.values()[rfm],
                        country == null ? null : list.countries().get(country),
                        minR,
                        maxR,
                        minS,
                        maxS,
                        lapsed == null ? null : lapsed == 0)
                : null;
    }

    /** The index of the chosen option (case-insensitive), null for "any"; a message for another value. */
    private Integer choice(String name, String label, List<String> options) {
        String v = typed.get(name);
        Integer index = null;
        String error = null;
        if (v != null) {
            for (int i = 0; i < options.size() && index == null; i++) {
                if (options.get(i).equalsIgnoreCase(v)) {
                    index = i;
                    v = options.get(i);
                }
            }
            if (index == null) {
                error = "unknown " + label.toLowerCase(java.util.Locale.ROOT) + " '" + Params.clip(v)
                        + "'; choose one of: " + String.join(", ", options);
            }
        }
        List<String> all = new ArrayList<>(List.of(""));
        all.addAll(options);
        add(new Input(name, label, v == null ? "" : v, error, all));
        return index;
    }

    private Integer unavailable(String name) {
        if (typed.containsKey(name)) {
            errors.add(name + ": this model has no segmentation, so it cannot filter by segment");
        }
        return null;
    }

    private Double unavailableNumber(String name) {
        if (typed.containsKey(name)) {
            errors.add(name + ": this model has no prices, so it cannot filter by spend");
        }
        return null;
    }

    private Integer whole(String name, String label) {
        String v = typed.get(name);
        String error = null;
        Integer value = null;
        if (v != null) {
            Double d = RfmForm.number(v, false);
            if (d == null || d != Math.rint(d) || d < 0 || d > Integer.MAX_VALUE) {
                error = name + " must be a whole number of days, 0 or more, got '" + Params.clip(v) + "'";
            } else {
                value = d.intValue();
            }
        }
        add(new Input(name, label, v == null ? "" : v, error, null));
        return value;
    }

    private Double money(String name, String label) {
        String v = typed.get(name);
        String error = null;
        Double value = RfmForm.number(v == null ? "" : v, true);
        if (v != null && value == null) {
            error = name + " must be an amount of money such as 1500 or £1,500, got '" + Params.clip(v) + "'";
        }
        add(new Input(name, label, v == null ? "" : v, error, null));
        return v == null ? null : value;
    }

    private void range(String maxName, Double min, Double max) {
        if (min != null && max != null && min > max) {
            for (int i = 0; i < inputs.size(); i++) {
                Input in = inputs.get(i);
                if (in.name().equals(maxName)) {
                    inputs.set(
                            i,
                            new Input(
                                    in.name(),
                                    in.label(),
                                    in.value(),
                                    maxName + " must not be below the lower bound, got " + Params.clip(in.value()),
                                    null));
                }
            }
        }
    }

    private CustomerList.Sort sortColumn(CustomerList list, boolean money) {
        String v = typed.get("sort");
        if (v == null) {
            return money ? CustomerList.Sort.MONETARY : CustomerList.Sort.FREQUENCY;
        }
        for (CustomerList.Sort s : CustomerList.Sort.values()) {
            if (s.key().equalsIgnoreCase(v) && list.sortable(s)) {
                return s;
            }
        }
        errors.add(
                "sort must be recency, frequency" + (money ? " or monetary" : "") + ", got '" + Params.clip(v) + "'");
        return CustomerList.Sort.RECENCY;
    }

    private boolean direction() {
        String v = typed.get("dir");
        if (v == null) {
            return !"recency".equalsIgnoreCase(typed.get("sort")); // most recent, most frequent, highest spend first
        }
        if (!v.equalsIgnoreCase("asc") && !v.equalsIgnoreCase("desc")) {
            errors.add("dir must be asc or desc, got '" + Params.clip(v) + "'");
        }
        return v.equalsIgnoreCase("desc");
    }

    private int count(String name, int min, int max, int fallback) {
        String v = typed.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        errors.add(name + " must be a whole number from " + min + (max == Integer.MAX_VALUE ? " up" : " to " + max)
                + ", got '" + Params.clip(v) + "'");
        return fallback;
    }

    private void add(Input in) {
        inputs.add(in);
    }

    /** Whether every field and parameter is usable. */
    boolean valid() {
        return errors.isEmpty() && inputs.stream().noneMatch(Input::invalid);
    }

    List<Input> inputs() {
        return List.copyOf(inputs);
    }

    /** The messages of parameters that are not form fields (sort, dir, page, size, unavailable filters). */
    List<String> errors() {
        return List.copyOf(errors);
    }

    /** The filter; null when a field is invalid. */
    CustomerList.Filter filter() {
        return filter;
    }

    CustomerList.Sort sort() {
        return sort;
    }

    boolean descending() {
        return descending;
    }

    int page() {
        return page;
    }

    int size() {
        return size;
    }

    /** The query string of this form's values with {@code changes} applied (a null value removes one). */
    String query(Map<String, String> changes) {
        Map<String, String> q = new LinkedHashMap<>(typed);
        changes.forEach((k, v) -> {
            if (v == null) {
                q.remove(k);
            } else {
                q.put(k, v);
            }
        });
        StringBuilder b = new StringBuilder();
        q.forEach((k, v) ->
                b.append(b.isEmpty() ? "?" : "&").append(k).append('=').append(Format.url(v)));
        return b.toString();
    }
}
