package com.shopperspectrum.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopperspectrum.core.rfm.RfmTable;
import com.shopperspectrum.core.segment.Segmentation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 18, "explain segments": each segment's page says who is in it in words (from its profile) and what to
 * do, links the list to act on, and customers of a segment other than At-Risk who are away as long as a typical
 * At-Risk customer are flagged as lapsed (on the segment page, the customer page and the list, as a filter).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SegmentsExplainedPageTest {

    @RegisterExtension
    static final RunningApp APP = RunningApp.of(TestModels::small);

    @Test
    void eachSegmentsPageSaysWhoIsInItAndWhatToDoWithTheListToActOn() {
        Http.Answer high = APP.http().get("/segments/high-value");
        assertThat(high.status()).isEqualTo(200);
        assertThat(high.body())
                .contains("<h1>Segment High-Value</h1>")
                .containsPattern("id=\"who\">\\d+ customers? \\([0-9.]+% of customers, [0-9.]+% of revenue\\)\\."
                        + " Typically they bought (once|[0-9.]+ times), last \\d+ days ago, spent [0-9,.]+ on average")
                .contains("Reward them and ask for reviews")
                .contains("href=\"/customers/list?segment=High-Value\" id=\"act-list\"");
        assertThat(APP.http().get("/segments/At-Risk").body()).contains("Win them back with an offer");
        String all = APP.http().get("/segments").body();
        assertThat(all)
                .contains("<a href=\"/segments/High-Value\">High-Value</a>")
                .contains("id=\"segments-words\"")
                .contains("<strong>Suggested:</strong> Win them back");
        Http.Answer unknown = APP.http().get("/segments/Nobody");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("unknown segment &#39;Nobody&#39;; segments: High-Value, At-Risk");
    }

    @Test
    void customersAwayAsLongAsTypicalAtRiskOnesAreFlaggedLapsed() {
        Segmentation s = APP.model().segmentation();
        RfmTable rfm = APP.model().customers().rfm();
        int atRisk = s.model().names().indexOf("At-Risk");
        int[] atRiskRecency = java.util.stream.IntStream.range(0, rfm.size())
                .filter(i -> s.customers().cluster(i) == atRisk)
                .map(rfm::recency)
                .sorted()
                .toArray();
        int n = atRiskRecency.length;
        double median = n % 2 == 1 ? atRiskRecency[n / 2] : (atRiskRecency[n / 2 - 1] + atRiskRecency[n / 2]) / 2.0;
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < rfm.size(); i++) {
            if (s.customers().cluster(i) != atRisk && rfm.recency(i) >= median) {
                expected.add(rfm.customerId(i));
            }
        }
        String csv =
                APP.http().get("/customers/list.csv?lapsed=yes&sort=recency").body();
        List<String> ids = Arrays.stream(csv.split("\n"))
                .skip(1)
                .map(l -> l.split(",")[0])
                .sorted()
                .toList();
        assertThat(ids).isEqualTo(expected.stream().sorted().toList());
        String notLapsed = APP.http().get("/customers/list.csv?lapsed=no").body();
        assertThat(notLapsed.split("\n")).hasSize(1 + rfm.size() - expected.size());
        assertThat(notLapsed).doesNotContain(",yes\n");
        for (String id : expected) {
            assertThat(APP.http().get("/customers/" + id).body()).contains("<div class=\"label\">Lapsed</div>");
        }
        assertThat(expected)
                .as("the small model has a lapsed High-Value customer")
                .isNotEmpty();
        assertThat(APP.http().get("/segments/High-Value").body())
                .contains("id=\"lapsed\">" + Words.count(expected.size(), "customer", "customers") + " of this segment")
                .contains("href=\"/customers/list?segment=High-Value&amp;lapsed=yes\"");
    }
}
