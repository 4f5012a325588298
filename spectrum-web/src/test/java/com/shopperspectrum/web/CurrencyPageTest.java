package com.shopperspectrum.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.io.view.Money;
import io.javalin.Javalin;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, defect 3: amounts carry the model's currency ({@code --currency}, else the data's layout's) on every
 * page, in the report and in the money column's CSV header; without one they stay plain.
 */
class CurrencyPageTest {
    private static String get(SpectrumModel model, Money money, String path) {
        Javalin app = WebApp.create(new ModelService(model, money)).start("127.0.0.1", 0);
        try {
            return new Http("http://127.0.0.1:" + app.port()).get(path).body();
        } finally {
            app.stop();
        }
    }

    @Test
    void poundsAreWrittenWithTheirSignEverywhereAmountsAppear() {
        SpectrumModel model = TestModels.small();
        Money gbp = Money.parse("gbp");
        assertThat(get(model, gbp, "/")).containsPattern("<div class=\"value\">£[0-9,]+\\.\\d\\d</div>");
        assertThat(get(model, gbp, "/segments")).containsPattern("<td>£[0-9,]+\\.\\d\\d \\(");
        assertThat(get(model, gbp, "/customers/12347")).containsPattern("<div class=\"value\">£[0-9,.]+</div>");
        assertThat(get(model, gbp, "/products")).containsPattern("<td class=\"n\">£[0-9,.]+</td>");
        assertThat(get(model, gbp, "/customers/list"))
                .contains("Monetary (GBP)")
                .containsPattern("data-label=\"Monetary \\(GBP\\)\">£");
        assertThat(get(model, gbp, "/customers/list.csv"))
                .startsWith("customer_id,country,recency_days," + "frequency_invoices,monetary_gbp,");
        assertThat(new ReportWriter(new ModelService(model, gbp)).html()).contains("£");
        assertThat(get(model, null, "/")).doesNotContain("£");
        assertThat(get(model, null, "/customers/list.csv")).contains(",monetary,");
    }

    @Test
    void theCurrencyComesFromTheModelThenTheLayoutAndBadCodesAreRefused() {
        SpectrumModel model = TestModels.small();
        assertThat(Money.of(model.metadata())).isEqualTo(Money.NONE);
        var uci = model.metadata().withOption(Money.LAYOUT, "uci-online-retail-ii");
        assertThat(Money.of(uci).code()).isEqualTo("GBP");
        assertThat(Money.of(uci.withOption(Money.OPTION, "EUR")).format(-1234.5))
                .isEqualTo("-€1,234.50");
        assertThat(Money.of(uci.withOption(Money.OPTION, "none"))).isEqualTo(Money.NONE);
        assertThat(Money.parse("CHF").format(12.5)).isEqualTo("CHF 12.50");
        assertThat(Money.NONE.format(8911407.9)).isEqualTo("8,911,407.90");
        assertThatThrownBy(() -> Money.parse("pounds"))
                .hasMessage("--currency must be a three-letter ISO 4217 code such as GBP, EUR or USD, or none; got "
                        + "'pounds'");
    }
}
