package com.shopperspectrum.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopperspectrum.core.recommend.eval.EvaluationReport;
import com.shopperspectrum.core.recommend.eval.RankerResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 18: recommendations in words (how well each matches, the score only in a tooltip), the recommender's name
 * in words, and the evaluation as a sentence with a chart, the full table behind a details element.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlainWordsRecommendationsTest {

    @RegisterExtension
    static final RunningApp APP = RunningApp.of(TestModels::small);

    @Test
    void recommenderNamesReadAsWordsWithTheNameBehind() {
        assertThat(Words.recommender("ease-l250-k50-signed").text())
                .isEqualTo("products that go together (EASE linear model, regularisation 250, 50 neighbours per"
                        + " product, negative weights kept)");
        assertThat(Words.recommender("popular").text()).isEqualTo("best-sellers");
        assertThat(Words.recommender("repeat").text()).isEqualTo("what the customer bought before");
        assertThat(Words.recommender("ease-l250-k50-signed").key()).isEqualTo("ease-l250-k50-signed");
    }

    @Test
    void recommendationsSayHowWellTheyMatchNotABareScore() {
        String html = APP.http().get("/customers/12347").body();
        int start = html.indexOf("id=\"recommendations\"");
        String table = html.substring(start, html.indexOf("</table>", start));
        assertThat(table)
                .contains("<th>Match</th>")
                .contains(">best match</td>")
                .containsPattern("<td title=\"score [0-9.]+\">(best|strong|good|weaker) match</td>")
                .doesNotContainPattern(Pattern.compile(">\\d\\.\\d{3}<"));
    }

    @Test
    void theEvaluationIsASentenceAndAChartWithTheTableInDetails() {
        EvaluationReport e = APP.model().evaluation();
        assertThat(e).as("the small model is evaluated").isNotNull();
        RankerResult chosen = e.results().stream()
                .filter(r ->
                        r.model().equals(e.defaultModel()) && r.candidates().equals("all"))
                .findFirst()
                .orElseThrow();
        String html = APP.http().get("/evaluation").body();
        String hr = Math.round(100 * chosen.hr()) == 50 ? "Half" : Format.decimal(100 * chosen.hr(), 1) + "%";
        assertThat(html)
                .contains("id=\"evaluation-summary\">" + hr + " of the " + e.testCustomers() + " test customers bought"
                        + " one of their " + e.k() + " suggestions")
                .contains("<details id=\"evaluation-details\">")
                .contains("data-chart=\"evaluation\"")
                .contains("\"evaluation\":{\"title\":\"Test customers who bought one of their")
                .contains("title=\"" + e.defaultModel() + "\">"
                        + Words.recommender(e.defaultModel()).text())
                .contains(Frame.ECHARTS);
    }
}
