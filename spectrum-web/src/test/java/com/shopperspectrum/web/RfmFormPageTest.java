package com.shopperspectrum.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 18, defect 1: bad input on the customers page's RFM form shows the form again (400) with the typed values
 * and one message per field; money written as {@code £1,500} is 1500.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RfmFormPageTest {

    @RegisterExtension
    static final RunningApp APP = RunningApp.of(TestModels::small);

    private static String prediction(String html) {
        int start = html.indexOf("<section id=\"prediction\">");
        assertThat(start).as("a prediction").isNotNegative();
        return html.substring(start, html.indexOf("</table></section>", start));
    }

    @Test
    void badValuesKeepTheFormWithTheirValuesAndAMessagePerField() {
        Http.Answer bad = APP.http().get("/customers?recency=-3&frequency=0&monetary=abc");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("text/html");
        assertThat(bad.body())
                .contains("id=\"predict-form\"")
                .contains("id=\"recency\" name=\"recency\" inputmode=\"decimal\" maxlength=\"20\" value=\"-3\""
                        + " aria-invalid=\"true\" aria-describedby=\"recency-error\"")
                .contains("value=\"0\" aria-invalid=\"true\" aria-describedby=\"frequency-error\"")
                .contains("value=\"abc\" aria-invalid=\"true\" aria-describedby=\"monetary-error\"")
                .contains("id=\"recency-error\">recency must be 0 or more days, got -3</p>")
                .contains("id=\"frequency-error\">frequency must be at least 1, got 0</p>")
                .contains("id=\"monetary-error\">monetary must be a number, got &#39;abc&#39;</p>")
                .doesNotContain("id=\"prediction\"");
    }

    @Test
    void emptyFieldsAreEachAskedFor() {
        Http.Answer empty = APP.http().get("/customers?recency=&frequency=&monetary=");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body())
                .contains("id=\"recency-error\">enter the recency</p>")
                .contains("id=\"frequency-error\">enter the frequency</p>")
                .contains("id=\"monetary-error\">enter the monetary</p>");
        Http.Answer oneBad = APP.http().get("/customers?recency=5&frequency=2&monetary=");
        assertThat(oneBad.status()).isEqualTo(400);
        assertThat(oneBad.body())
                .contains("value=\"5\">")
                .contains("id=\"monetary-error\"")
                .doesNotContain("recency-error")
                .doesNotContain("frequency-error");
    }

    @Test
    void aCurrencySignAndThousandsSeparatorsAreAccepted() {
        Http.Answer pounds = APP.http().get("/customers?recency=5&frequency=2&monetary=%C2%A31%2C500");
        Http.Answer plain = APP.http().get("/customers?recency=5&frequency=2&monetary=1500");
        assertThat(pounds.status()).isEqualTo(200);
        assertThat(pounds.body()).contains("value=\"£1,500\">").doesNotContain("aria-invalid");
        assertThat(prediction(pounds.body())).isEqualTo(prediction(plain.body()));
        assertThat(APP.http().get("/customers").body())
                .doesNotContain("aria-invalid")
                .doesNotContain("-error\"");
    }
}
