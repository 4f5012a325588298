package com.shopperspectrum.web;

import com.shopperspectrum.io.view.CustomerListCsv;
import com.shopperspectrum.io.view.CustomerListCsv.Column;
import com.shopperspectrum.io.view.Money;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The customers list page (customerList.jte) and its CSV download: one form, one table, one pager. The page and
 * the file share the list of {@link Column}s, so the download has the columns shown, with every row the filter
 * keeps in the page's order.
 */
final class CustomerListPage {
    static final String PATH = "/customers/list";

    /** A column header: label, whether numeric, and its sort link and state when sortable. */
    record Header(String label, boolean numeric, String sortHref, String ariaSort) {}

    /** One customer's row: id, its page, and the cells after the id (formatted). */
    record Row(String id, String href, List<String> cells) {}

    /**
     * The page.
     *
     * @param inputs  the form's fields with their values and messages
     * @param errors  messages about other parameters (sort, page, …)
     * @param headers the table's column headers (null when the query is invalid: no table)
     * @param rows    this page's rows
     * @param summary "customers 1–50 of 4,338" or why there are none
     * @param csvHref the CSV download of the whole filtered list
     * @param prev    the previous page's link, or null
     * @param next    the next page's link, or null
     */
    record View(
            List<CustomerListForm.Input> inputs,
            List<String> errors,
            List<Header> headers,
            List<Row> rows,
            String summary,
            String csvHref,
            String prev,
            String next) {}

    private final CustomerList list;
    private final Money money;

    CustomerListPage(CustomerList list, Money money) {
        this.list = list;
        this.money = money;
    }

    CustomerListForm form(Map<String, String> query) {
        return CustomerListForm.read(query::get, list);
    }

    /** The columns shown: money and the segment columns only when the model has them. */
    List<Column> columns() {
        List<Column> c = new ArrayList<>(List.of(Column.CUSTOMER_ID, Column.COUNTRY, Column.RECENCY, Column.FREQUENCY));
        if (list.customers().rfm().hasMonetary()) {
            c.add(Column.MONETARY);
        }
        if (list.segmentation() != null) {
            c.add(Column.SEGMENT);
            c.add(Column.RFM_SEGMENT);
            c.add(Column.LAPSED);
        }
        return c;
    }

    View view(CustomerListForm form) {
        if (!form.valid()) {
            return new View(
                    form.inputs(), form.errors(), null, List.of(), "Correct the marked fields.", null, null, null);
        }
        int from = (int) Math.min((long) (form.page() - 1) * form.size(), Integer.MAX_VALUE);
        CustomerList.Page p = list.page(form.filter(), form.sort(), form.descending(), from, form.size());
        List<Column> columns = columns();
        List<Row> rows = new ArrayList<>();
        for (int row : p.rows()) {
            List<String> cells = new ArrayList<>();
            for (Column c : columns.subList(1, columns.size())) {
                cells.add(cell(c, row));
            }
            String id = list.customers().id(row);
            rows.add(new Row(id, "/customers/" + Format.url(id), cells));
        }
        String summary = p.total() == 0
                ? "No customer matches these filters."
                : rows.isEmpty()
                        ? "Page " + form.page() + " is past the end: " + Words.count(p.total(), "customer", "customers")
                                + " match."
                        : "Customers " + Format.number(from + 1L) + "–" + Format.number(from + (long) rows.size())
                                + " of " + Format.number(p.total()) + ", " + describe(form) + ".";
        int last = Math.max(1, (p.total() + form.size() - 1) / form.size());
        return new View(
                form.inputs(),
                List.of(),
                headers(form, columns),
                rows,
                summary,
                PATH + ".csv" + form.query(pageChange(1)),
                form.page() > 1 ? PATH + form.query(pageChange(Math.min(form.page() - 1, last))) : null,
                form.page() < last ? PATH + form.query(pageChange(form.page() + 1)) : null);
    }

    private static Map<String, String> pageChange(int page) {
        Map<String, String> m = new HashMap<>();
        m.put("page", page == 1 ? null : String.valueOf(page));
        return m;
    }

    private static String describe(CustomerListForm form) {
        String by = form.sort().key();
        return "sorted by " + by + (form.descending() ? ", highest first" : ", lowest first");
    }

    private List<Header> headers(CustomerListForm form, List<Column> columns) {
        List<Header> h = new ArrayList<>();
        for (Column c : columns) {
            CustomerList.Sort s = sortOf(c);
            String href = null;
            String aria = null;
            if (s != null) {
                boolean current = s == form.sort();
                boolean nextDesc = !(current && form.descending());
                Map<String, String> change = new HashMap<>();
                change.put("sort", s.key());
                change.put("dir", nextDesc ? "desc" : "asc");
                change.put("page", null);
                href = PATH + form.query(change);
                aria = current ? (form.descending() ? "descending" : "ascending") : null;
            }
            h.add(new Header(label(c), c != Column.CUSTOMER_ID && s != null, href, aria));
        }
        return h;
    }

    private static CustomerList.Sort sortOf(Column c) {
        return switch (c) {
            case RECENCY -> CustomerList.Sort.RECENCY;
            case FREQUENCY -> CustomerList.Sort.FREQUENCY;
            case MONETARY -> CustomerList.Sort.MONETARY;
            default -> null;
        };
    }

    private String label(Column c) {
        return switch (c) {
            case CUSTOMER_ID -> "Customer";
            case COUNTRY -> "Country";
            case RECENCY -> "Recency (days)";
            case FREQUENCY -> "Frequency (invoices)";
            case MONETARY -> money.label("Monetary");
            case SEGMENT -> "Segment";
            case RFM_SEGMENT -> "RFM segment";
            case LAPSED -> "Lapsed";
        };
    }

    private String cell(Column c, int row) {
        return switch (c) {
            case RECENCY -> Format.number(list.customers().rfm().recency(row));
            case FREQUENCY -> Format.number(list.customers().rfm().frequency(row));
            case MONETARY -> Format.money(money, list.customers().rfm().monetary(row));
            case LAPSED -> list.lapsed(row) ? "lapsed" : "";
            default -> {
                String v = c.value(list.customers(), list.segmentation(), row);
                yield v == null ? "unknown" : v;
            }
        };
    }

    /** The whole filtered list as CSV (the form must be valid). */
    CustomerListCsv csv(CustomerListForm form) {
        return new CustomerListCsv(
                list.customers(),
                list.segmentation(),
                columns(),
                list.all(form.filter(), form.sort(), form.descending()),
                money,
                list.lapsedFlags());
    }
}
