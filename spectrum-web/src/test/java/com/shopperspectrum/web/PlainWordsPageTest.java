package com.shopperspectrum.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopperspectrum.core.clean.CleaningOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 18, defect 7: the pages say what a count is in plain words, the technical key only in a tooltip, and
 * a count of one takes the singular (customer 12347 of the small model has one invoice).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlainWordsPageTest {

    @RegisterExtension
    static final RunningApp APP = RunningApp.of(() -> TestModels.small(CleaningOptions.DEFAULT));

    @Test
    void theCleaningReportAndQualityCountsUsePlainWordsWithTheKeyAsATooltip() {
        String html = APP.http().get("/").body();
        assertThat(html)
                .contains("<td title=\"raw\">rows read</td>")
                .contains("<td title=\"missingCustomer\">rows without a customer</td>")
                .contains("<td title=\"cancelled\">cancellation lines</td>")
                .contains("<td title=\"nonPositiveQuantity\">quantity ≤ 0</td>")
                .contains("<td title=\"nonPositivePrice\">unit price ≤ 0</td>")
                .contains("<td title=\"implausibleDates\">implausible dates</td>")
                .contains("<td title=\"reversed\">purchases reversed by a later cancellation</td><td>1</td>")
                .contains("<td title=\"clean\">rows kept</td>")
                .contains("<td title=\"duplicateRows\">exact duplicate rows</td>")
                .contains("<td title=\"codesWithSeveralDescriptions\">stock codes with several descriptions</td>")
                .contains("<td title=\"missingDescription\">rows without a description</td>")
                .doesNotContain("removed:")
                .doesNotContain("<td>codesWithSeveralDescriptions</td>");
    }

    @Test
    void aCountOfOneIsSingular() {
        String customer = APP.http().get("/customers/12347").body();
        assertThat(customer).contains("1 invoice<").doesNotContain("1 invoices");
        String search = APP.http().get("/products?q=bunting").body();
        assertThat(search).contains("1 product matches").doesNotContain("1 products");
        String lunch = APP.http().get("/products?q=lunch%20bag").body();
        assertThat(lunch).contains("2 products match");
    }
}
