package com.shopperspectrum.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopperspectrum.core.baskets.AssociationRule;
import com.shopperspectrum.core.baskets.BasketModel;
import com.shopperspectrum.core.baskets.CountryRules;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.io.view.BasketRulesView;
import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Baskets page on the small model's pair rules, with two hand-made countries: France with one rule (20725 ⇒
 * 22382 in 3 of 10 orders; 20725 in 4, 22382 in 5: confidence 0.75, lift 3 × 10 / (4 × 5) = 1.5) and Germany
 * with 120 rules (A<i> ⇒ B<i> in 10 + i of 10,000 orders, A in 150, B in 200: lift rising with i), to page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BasketsPagesTest {
    /** A row's products and its measures: count, support, confidence, lift, leverage, conviction. */
    private static final Pattern ROW = Pattern.compile("<tr><td>(.*?)</td><td>(.*?)</td><td class=\"n\">([^<]*)</td>"
            + "<td class=\"n\">([^<]*)</td><td class=\"n\">([^<]*)</td><td class=\"n\">([^<]*)</td>"
            + "<td class=\"n\">([^<]*)</td><td class=\"n\">([^<]*)</td><td>([^<]*)</td></tr>");

    private Javalin app;
    private Http http;
    private BasketModel rules;

    @BeforeAll
    void start() {
        SpectrumModel small = TestModels.small();
        AssociationRule france = new AssociationRule(
                List.of("20725"),
                List.of("22382"),
                List.of("LUNCH BAG RED RETROSPOT"),
                List.of("LUNCH BAG SPACEBOY DESIGN"),
                3,
                4,
                5,
                10);
        List<AssociationRule> germany = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            germany.add(new AssociationRule(
                    List.of("A" + i),
                    List.of("B" + i),
                    List.of("ITEM A" + i),
                    List.of("ITEM B" + i),
                    10 + i,
                    150,
                    200,
                    10_000));
        }
        rules = small.baskets()
                .withCountries(List.of(
                        new CountryRules("Germany", new BasketModel(10_000, "0.001", 10, 1.0, germany)),
                        new CountryRules("France", new BasketModel(10, "0.01", 1, 1.0, List.of(france)))));
        assertThat(rules.rules()).hasSizeGreaterThan(3).hasSizeLessThanOrEqualTo(BasketsPage.ROWS);
        app = WebApp.create(new ModelService(small.toBuilder().baskets(rules).build()))
                .start("127.0.0.1", 0);
        http = new Http("http://127.0.0.1:" + app.port());
    }

    @AfterAll
    void stop() {
        app.stop();
    }

    private static List<String[]> rows(String html) {
        List<String[]> rows = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            String[] row = new String[9];
            for (int g = 0; g < 9; g++) {
                row[g] = m.group(g + 1);
            }
            rows.add(row);
        }
        return rows;
    }

    /** What the templates write for {@code text}. */
    private static String html(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static double number(String cell) {
        return cell.equals("∞") ? Double.POSITIVE_INFINITY : Double.parseDouble(cell.replace(",", ""));
    }

    @Test
    void everyRuleIsShownInWordsWithLinksAndEachSortOrdersItsColumn() {
        Http.Answer page = http.get("/baskets");
        assertThat(page.status()).isEqualTo(200);
        int n = rules.rules().size();
        assertThat(page.body())
                .contains(">Baskets</a>")
                .contains("<p id=\"shown\">1–" + n + " of " + n + " rules</p>")
                .contains("Pair rules of " + rules.baskets() + " orders (one basket per invoice")
                .contains("href=\"/baskets.csv?sort=lift\"")
                .doesNotContain("rel=\"next\"")
                .doesNotContain("<script>alert(");
        List<String[]> shown = rows(page.body());
        assertThat(shown).hasSize(n);
        for (AssociationRule r : rules.rules()) {
            assertThat(page.body())
                    .contains("<a href=\"/products/" + Format.url(r.consequent().get(0)) + "\">")
                    .contains("<td>" + html(com.shopperspectrum.io.view.BoughtTogetherView.text(r)) + "</td>");
        }
        // column of each sort in a row: count 2, support 3, confidence 4, lift 5, leverage 6, conviction 7
        List<String> sorts = List.of("count", "support", "confidence", "lift", "leverage", "conviction");
        for (int s = 0; s < sorts.size(); s++) {
            List<String[]> sorted =
                    rows(http.get("/baskets?sort=" + sorts.get(s)).body());
            assertThat(sorted).as(sorts.get(s)).hasSize(n);
            for (int i = 1; i < sorted.size(); i++) {
                assertThat(number(sorted.get(i)[2 + s]))
                        .as(sorts.get(s) + " row " + i)
                        .isLessThanOrEqualTo(number(sorted.get(i - 1)[2 + s]));
            }
        }
    }

    @Test
    void theFilterKeepsTheRulesOfAProductAndTheCsvHasTheRowsShown() {
        long lunch = rules.rules().stream()
                .filter(r -> (r.antecedent().get(0) + " "
                                + r.antecedentDescriptions().get(0) + " "
                                + r.consequent().get(0) + " "
                                + r.consequentDescriptions().get(0))
                        .toLowerCase(Locale.ROOT)
                        .contains("lunch bag"))
                .count();
        assertThat(lunch).isPositive().isLessThan(rules.rules().size());
        Http.Answer page = http.get("/baskets?q=Lunch%20Bag&sort=confidence");
        assertThat(page.body()).contains("of " + lunch + " rule");
        List<String[]> shown = rows(page.body());
        assertThat(shown).hasSize((int) lunch).allMatch(r -> (r[0] + r[1]).contains("LUNCH BAG"));
        assertThat(page.body()).contains("href=\"/baskets.csv?q=Lunch%20Bag&amp;sort=confidence\"");

        Http.Answer csv = http.get("/baskets.csv?q=Lunch%20Bag&sort=confidence");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        String[] lines = csv.body().split("\n");
        assertThat(lines[0]).isEqualTo(BasketRulesView.CSV_HEADER);
        assertThat(lines).hasSize((int) lunch + 1);
        for (int i = 0; i < shown.size(); i++) {
            assertThat(shown.get(i)[0]).contains("<code>" + html(lines[i + 1].split(",")[0]) + "</code>");
            assertThat(lines[i + 1].split(",")[2]).isEqualTo(shown.get(i)[2]);
        }
        // by code too
        assertThat(rows(http.get("/baskets?q=20725").body()))
                .isNotEmpty()
                .allMatch(r -> (r[0] + r[1]).contains("20725"));
    }

    @Test
    void aCountryShowsItsOwnRulesAndPages() {
        Http.Answer france = http.get("/baskets?country=france");
        assertThat(france.status()).isEqualTo(200);
        assertThat(france.body())
                .contains("Pair rules of 10 orders in France")
                .contains("<p id=\"shown\">1–1 of 1 rule</p>")
                .contains("<option value=\"France\" selected>France</option>")
                .contains("<td>bought together in 3 of 4 orders with 20725; 1.5× more often than chance</td>");
        assertThat(rows(france.body()))
                .singleElement()
                .satisfies(r -> assertThat(List.of(r[2], r[4], r[5], r[6], r[7]))
                        .containsExactly("3", "0.750", "1.50", "0.1000", "2.00"));
        // leverage 0.3 − 0.4 × 0.5 = 0.1; conviction (1 − 0.5) / (1 − 0.75) = 2

        Http.Answer first = http.get("/baskets?country=Germany");
        assertThat(first.body())
                .contains("<p id=\"shown\">1–50 of 120 rules</p>")
                .contains("href=\"/baskets?country=Germany&amp;sort=lift&amp;page=2\" rel=\"next\"")
                .doesNotContain("rel=\"prev\"");
        assertThat(rows(first.body()).get(0)[0]).contains("<code>A119</code>");
        Http.Answer last = http.get("/baskets?country=Germany&page=3");
        assertThat(last.body())
                .contains("<p id=\"shown\">101–120 of 120 rules</p>")
                .contains("href=\"/baskets?country=Germany&amp;sort=lift&amp;page=2\" rel=\"prev\"")
                .doesNotContain("rel=\"next\"");
        assertThat(rows(last.body())).hasSize(20);
        assertThat(rows(last.body()).get(19)[0]).contains("<code>A0</code>");
        assertThat(http.get("/baskets.csv?country=Germany").body().split("\n")).hasSize(121);
    }

    @Test
    void badValuesAre400Pages() {
        Http.Answer sort = http.get("/baskets?sort=price");
        assertThat(sort.status()).isEqualTo(400);
        assertThat(sort.body())
                .contains("sort must be one of lift, confidence, support")
                .contains("<html");
        Http.Answer country = http.get("/baskets?country=Narnia");
        assertThat(country.status()).isEqualTo(400);
        assertThat(country.body())
                .contains("no rules of its own for &#39;Narnia&#39;")
                .contains("Germany, France");
        assertThat(http.get("/baskets?page=0").status()).isEqualTo(400);
        assertThat(http.get("/baskets?page=2").status()).isEqualTo(400);
        assertThat(http.get("/baskets?country=Germany&page=x").status()).isEqualTo(400);
        assertThat(http.get("/baskets.csv?sort=price").status()).isEqualTo(400);
    }
}
