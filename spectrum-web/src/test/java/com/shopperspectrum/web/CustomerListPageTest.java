package com.shopperspectrum.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopperspectrum.core.rfm.RfmTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 18, "browse customers": the list of the whole base, sorted and filtered on the server, paged, every row
 * linking to its customer, the CSV download holding the rows and columns the page shows, and bad parameters
 * showing the form again with a message (400).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerListPageTest {
    private static final Pattern ROW_ID =
            Pattern.compile("<tr><td data-label=\"Customer\"><a href=\"/customers/([^\"]+)\">");

    @RegisterExtension
    static final RunningApp APP = RunningApp.of(TestModels::small);

    private static List<String> ids(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = ROW_ID.matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private List<String> expected(Comparator<Integer> order, java.util.function.IntPredicate keep) {
        RfmTable rfm = APP.model().customers().rfm();
        return IntStream.range(0, rfm.size())
                .filter(keep)
                .boxed()
                .sorted(order.thenComparing(Comparator.naturalOrder()))
                .map(rfm::customerId)
                .toList();
    }

    @Test
    void theWholeBaseIsListedHighestSpendFirstAndEveryRowLinksToTheCustomer() {
        Http.Answer a = APP.http().get("/customers/list");
        assertThat(a.status()).isEqualTo(200);
        RfmTable rfm = APP.model().customers().rfm();
        List<String> spend = new ArrayList<>(expected(Comparator.comparingDouble(rfm::monetary), i -> true));
        java.util.Collections.reverse(spend);
        assertThat(ids(a.body())).hasSize(6).isEqualTo(spend);
        assertThat(a.body())
                .contains("Customers 1–6 of 6, sorted by monetary, highest first.")
                .contains("aria-sort=\"descending\"")
                .contains("<th>Segment</th>")
                .contains("<th>RFM segment</th>");
        assertThat(APP.http().get("/customers").body()).contains("href=\"/customers/list\" id=\"browse\"");
    }

    @Test
    void sortingChangesTheOrderAndTheHeaderLinksFlipTheDirection() {
        RfmTable rfm = APP.model().customers().rfm();
        Http.Answer asc = APP.http().get("/customers/list?sort=recency&dir=asc");
        assertThat(ids(asc.body())).isEqualTo(expected(Comparator.comparingInt(rfm::recency), i -> true));
        assertThat(asc.body()).contains("<a href=\"/customers/list?sort=recency&amp;dir=desc\">Recency (days) ▲</a>");
        Http.Answer desc = APP.http().get("/customers/list?sort=recency&dir=desc");
        List<String> reversed = new ArrayList<>(ids(asc.body()));
        java.util.Collections.reverse(reversed);
        assertThat(ids(desc.body())).isEqualTo(reversed);
    }

    @Test
    void filtersKeepOnlyTheMatchingCustomers() {
        RfmTable rfm = APP.model().customers().rfm();
        Http.Answer france = APP.http().get("/customers/list?country=france&sort=frequency&dir=asc");
        assertThat(ids(france.body()))
                .isEqualTo(expected(
                        Comparator.comparingInt(rfm::frequency),
                        i -> "France".equals(APP.model().customers().country(i))))
                .hasSize(3);
        assertThat(france.body()).contains("<option value=\"France\" selected>France</option>");
        int minRecency = rfm.recency(2);
        double maxSpend = rfm.monetary(2);
        Http.Answer ranged = APP.http()
                .get("/customers/list?minRecency=" + minRecency + "&maxSpend=%C2%A3" + maxSpend
                        + "&sort=recency&dir=asc");
        assertThat(ids(ranged.body()))
                .isEqualTo(expected(
                        Comparator.comparingInt(rfm::recency),
                        i -> rfm.recency(i) >= minRecency && rfm.monetary(i) <= maxSpend))
                .contains(rfm.customerId(2));
        String segment = APP.model().segmentation().model().names().get(0);
        Http.Answer one = APP.http().get("/customers/list?segment=" + Format.url(segment) + "&sort=recency&dir=asc");
        assertThat(ids(one.body()))
                .isEqualTo(expected(
                        Comparator.comparingInt(rfm::recency),
                        i -> APP.model().segmentation().customers().cluster(i) == 0));
        assertThat(APP.http().get("/customers/list?minRecency=100000").body())
                .contains("No customer matches these filters.")
                .doesNotContain("id=\"customer-list\"");
    }

    @Test
    void pagesAreCutOnTheServerWithLinksToTheNeighbours() {
        List<String> all = ids(APP.http().get("/customers/list?sort=frequency").body());
        Http.Answer second = APP.http().get("/customers/list?sort=frequency&size=2&page=2");
        assertThat(ids(second.body())).isEqualTo(all.subList(2, 4));
        assertThat(second.body())
                .contains("Customers 3–4 of 6")
                .contains("href=\"/customers/list?sort=frequency&amp;size=2\" rel=\"prev\"")
                .contains("href=\"/customers/list?sort=frequency&amp;page=3&amp;size=2\" rel=\"next\"");
        assertThat(APP.http().get("/customers/list?size=2&page=3").body()).doesNotContain("rel=\"next\"");
    }

    @Test
    void theCsvHasTheRowsAndColumnsOfTheFilteredView() {
        Http.Answer page = APP.http().get("/customers/list?country=United%20Kingdom&sort=recency&dir=asc&size=2");
        assertThat(page.body())
                .contains("href=\"/customers/list.csv?country=United%20Kingdom&amp;sort=recency"
                        + "&amp;dir=asc&amp;size=2\" id=\"list-csv\" download");
        Http.Answer csv = APP.http().get("/customers/list.csv?country=United%20Kingdom&sort=recency&dir=asc&size=2");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("customers.csv");
        String[] lines = csv.body().split("\n");
        assertThat(lines[0])
                .isEqualTo("customer_id,country,recency_days,frequency_invoices,monetary,segment,rfm_segment,lapsed");
        List<String> csvIds = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            csvIds.add(lines[i].split(",")[0]);
            assertThat(lines[i]).contains(",United Kingdom,");
        }
        // every filtered row (not only the page's two), in the page's order
        assertThat(csvIds).hasSize(3).startsWith(ids(page.body()).toArray(String[]::new));
        RfmTable rfm = APP.model().customers().rfm();
        int row = rfm.rowOf(csvIds.get(0));
        assertThat(lines[1])
                .startsWith(csvIds.get(0) + ",United Kingdom," + rfm.recency(row) + "," + rfm.frequency(row) + ",");
    }

    @Test
    void theOrderIsStableAscendingWithNanLast() {
        double[] key = {3, 1, 2, 1, Double.NaN, -0.5, 2};
        assertThat(CustomerList.order(key)).containsExactly(5, 1, 3, 2, 6, 0, 4);
        java.util.Random r = new java.util.Random(7);
        double[] many = r.doubles(10_001).map(d -> Math.floor(d * 50)).toArray();
        int[] order = CustomerList.order(many);
        List<Integer> expected = IntStream.range(0, many.length)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> many[i]).thenComparing(Comparator.naturalOrder()))
                .toList();
        assertThat(java.util.Arrays.stream(order).boxed().toList()).isEqualTo(expected);
    }

    @Test
    void badParametersShowTheFormAgainWithAMessage() {
        Http.Answer bad = APP.http().get("/customers/list?minRecency=-3&maxSpend=lots&country=Narnia&sort=colour");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("text/html");
        assertThat(bad.body())
                .contains("id=\"list-form\"")
                .contains("value=\"-3\" aria-invalid=\"true\" aria-describedby=\"minRecency-error\"")
                .contains(
                        "id=\"minRecency-error\">minRecency must be a whole number of days, 0 or more, got &#39;-3&#39;")
                .contains("id=\"maxSpend-error\">maxSpend must be an amount of money")
                .contains(
                        "id=\"country-error\">unknown country &#39;Narnia&#39;; choose one of: France, United Kingdom")
                .contains("sort must be recency, frequency or monetary, got &#39;colour&#39;")
                .doesNotContain("id=\"customer-list\"");
        Http.Answer inverted = APP.http().get("/customers/list?minRecency=20&maxRecency=10");
        assertThat(inverted.status()).isEqualTo(400);
        assertThat(inverted.body()).contains("id=\"maxRecency-error\">maxRecency must not be below the lower bound");
        Http.Answer csv = APP.http().get("/customers/list.csv?page=0");
        assertThat(csv.status()).isEqualTo(400);
        assertThat(csv.json().get("detail").asText()).isEqualTo("page must be a whole number from 1 up, got '0'");
    }
}
