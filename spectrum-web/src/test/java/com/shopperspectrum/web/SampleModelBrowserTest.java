package com.shopperspectrum.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopperspectrum.core.baskets.RuleOptions;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.clv.ClvOptions;
import com.shopperspectrum.core.generate.GeneratorOptions;
import com.shopperspectrum.core.generate.RetailGenerator;
import com.shopperspectrum.core.inventory.InventoryOptions;
import com.shopperspectrum.core.model.ModelOptions;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.core.segment.SegmentOptions;
import com.shopperspectrum.io.GeneratedCsvWriter;
import com.shopperspectrum.io.ReadOptions;
import com.shopperspectrum.io.engine.EmbeddedEngine;
import com.shopperspectrum.io.engine.LoadedData;
import com.shopperspectrum.io.engine.ReadProgress;
import com.shopperspectrum.io.engine.TrainingJob;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 18's defects in a browser on a model trained as {@code spectrum generate} then {@code train} make it (the
 * built-in sample: a year of weekly demand, CLV tracking by week, hundreds of products and customers), at
 * 1280 × 800 and 390 × 844. The charts: no two texts a chart draws cover each other (axis labels, axis names,
 * legends), none is cut off at the canvas's edge, every value axis is named (defect 2; the test models have few
 * categories, these charts 50 to 60 weeks). Every page fits a phone (defect 9); the methods are in words (defect
 * 7); an empty customer lookup keeps the form (defect 1).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleModelBrowserTest {
    private Path dir;
    private Javalin app;
    private ChromeDriver driver;
    private String origin;
    private String product;
    private String customer;

    @BeforeAll
    void start() throws Exception {
        dir = Files.createTempDirectory("spectrum-sample-");
        driver = Browser.start(dir.resolve("profile"));
        Path file = dir.resolve("sample.csv.gz");
        new GeneratedCsvWriter(1, done -> {}).write(new RetailGenerator(GeneratorOptions.scaled(40_000, 42)), file);
        ModelOptions options = ModelOptions.DEFAULT
                .withInventory(InventoryOptions.DEFAULT)
                .withBaskets(RuleOptions.DEFAULT)
                .withCohorts(SegmentOptions.DEFAULT)
                .withClv(ClvOptions.DEFAULT);
        PrintWriter quiet = new PrintWriter(new StringWriter());
        LoadedData data =
                LoadedData.load(file, ReadOptions.DEFAULT, CleaningOptions.DEFAULT, task -> ReadProgress.NONE, quiet);
        SpectrumModel model = new EmbeddedEngine()
                .train(
                        new TrainingJob(
                                file.toString(),
                                ReadOptions.DEFAULT,
                                CleaningOptions.DEFAULT,
                                options,
                                null,
                                "test",
                                quiet),
                        data);
        product = model.profile().topProducts().byQuantity().get(0).stockCode();
        customer = model.customers().id(0);
        app = WebApp.create(
                        new ServedModel(new ModelService(model)),
                        AllowedHosts.loopback(),
                        new UploadSettings(
                                true,
                                UploadSettings.DEFAULT_MAX_BYTES,
                                null,
                                CleaningOptions.DEFAULT,
                                options,
                                null,
                                "test"))
                .start("127.0.0.1", 0);
        origin = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    void stop() throws java.io.IOException {
        if (driver != null) {
            driver.quit();
        }
        if (app != null) {
            app.stop();
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /**
     * For each bar or line chart: texts that cover each other (compared in the frame of the first, so two labels
     * turned by the same angle are compared as drawn), texts outside the canvas, and value axes without a name.
     */
    static final String CHART_TEXT = "var out = [];"
            + "function inv(m) { var det = m[0] * m[3] - m[1] * m[2];"
            + "  return [m[3] / det, -m[1] / det, -m[2] / det, m[0] / det,"
            + "    (m[2] * m[5] - m[3] * m[4]) / det, (m[1] * m[4] - m[0] * m[5]) / det]; }"
            + "function apply(m, x, y) { return m ? [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]] : [x, y]; }"
            + "function box(t, into) { var r = t.rect, xs = [], ys = [];"
            + "  [[r.x, r.y], [r.x + r.width, r.y], [r.x, r.y + r.height], [r.x + r.width, r.y + r.height]]"
            + "    .forEach(function (p) { var g = apply(t.m, p[0], p[1]); var l = into ? apply(into, g[0], g[1]) : g;"
            + "      xs.push(l[0]); ys.push(l[1]); });"
            + "  return {x0: Math.min.apply(null, xs), x1: Math.max.apply(null, xs),"
            + "    y0: Math.min.apply(null, ys), y1: Math.max.apply(null, ys)}; }"
            + "function angle(t) { return t.m ? Math.round(Math.atan2(t.m[1], t.m[0]) * 180 / Math.PI) : 0; }"
            + "var holder = document.getElementById('chart-data'); if (!holder) { return out; }"
            + "var data = JSON.parse(holder.textContent);"
            + "document.querySelectorAll('[data-chart]').forEach(function (el) {"
            + "  var name = el.getAttribute('data-chart'), spec = data[name];"
            + "  var c = window.echarts && echarts.getInstanceByDom(el);"
            + "  if (!c || spec.kind || spec.series[0].type === 'scatter') { return; }"
            + "  var w = c.getWidth(), h = c.getHeight(), texts = [];"
            + "  c.getZr().storage.getDisplayList(true).forEach(function (d) {"
            + "    if (d.type !== 'tspan' || d.invisible || !d.style || !d.style.text) { return; }"
            + "    var r = d.getBoundingRect().clone(), a = d.style.textAlign;"
            + "    r.x = (d.style.x || 0) - (a === 'right' ? r.width : a === 'center' ? r.width / 2 : 0);"
            + "    texts.push({text: d.style.text, rect: r, m: d.transform}); });"
            + "  texts.forEach(function (t, i) {"
            + "    var g = box(t, null);"
            + "    if (g.x0 < -1 || g.y0 < -1 || g.x1 > w + 1 || g.y1 > h + 1) {"
            + "      out.push(name + ': \"' + t.text + '\" cut off at the edge'); }"
            + "    for (var j = i + 1; j < texts.length; j++) { var u = texts[j];"
            + "      var same = angle(t) === angle(u), a = same ? box(t, t.m ? inv(t.m) : null) : g,"
            + "        b = same ? box(u, t.m ? inv(t.m) : null) : box(u, null);"
            + "      var dx = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0), dy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);"
            + "      if (dx > 1 && dy > 1) { out.push(name + ': \"' + t.text + '\" covers \"' + u.text + '\"'); } } });"
            + "  var o = c.getOption(), value = spec.horizontal ? o.xAxis[0] : o.yAxis[0];"
            + "  if (!value.name) { out.push(name + ': the value axis has no name'); } });"
            + "return out;";

    /** Elements wider than the screen, or scrolling sideways inside (a table in its scroll box), on the page. */
    static final String WIDE = "var w = document.documentElement.clientWidth, out = [];"
            + "if (document.documentElement.scrollWidth > w) { out.push('the page ' + document.documentElement.scrollWidth); }"
            + "document.querySelectorAll('body *').forEach(function (e) {"
            + "  var r = e.getBoundingClientRect();"
            + "  if (r.width > 0 && (r.right > w + 1 || e.scrollWidth > e.clientWidth + 1"
            + "      && getComputedStyle(e).overflowX === 'auto')) {"
            + "    out.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(r.right) + '/' + e.scrollWidth); } });"
            + "return out.slice(0, 5);";

    /** A card's figure without a space in it (an amount, a count) that the screen breaks over two lines. */
    static final String BROKEN = "var out = [];"
            + "document.querySelectorAll('.card .value').forEach(function (e) {"
            + "  var text = e.textContent.trim(); if (/\\s/.test(text)) { return; }"
            + "  var range = document.createRange(); range.selectNodeContents(e);"
            + "  var tops = {}; Array.prototype.forEach.call(range.getClientRects(), function (r) { tops[Math.round(r.top)] = 1; });"
            + "  if (Object.keys(tops).length > 1) { out.push(text); } });"
            + "return out;";

    /** A box to type in that the screen squeezes to less than 120 px (a search beside its menus). */
    static final String NARROW = "var out = [];"
            + "document.querySelectorAll('main input[type=search], main input[type=text], main input:not([type])')"
            + "  .forEach(function (e) { var w = e.getBoundingClientRect().width;"
            + "    if (w > 0 && w < 120) { out.push('input#' + e.id + ' ' + Math.round(w) + ' px wide'); } });"
            + "return out;";

    @Test
    void everyPageOfTheSampleFitsAPhoneWithoutSidewaysScrolling() {
        List<String> failures = new ArrayList<>();
        List<String> paths = List.of(
                "/",
                "/products",
                "/products?q=jumbo+bagg+vintge",
                "/products/" + product,
                "/products/NOPE",
                "/customers",
                "/customers?recency=-3&frequency=0&monetary=abc",
                "/customers/list",
                "/customers/list?sort=recency&dir=desc&page=2",
                "/customers/" + customer,
                "/segments",
                "/segments/High-Value",
                "/clv",
                "/inventory",
                "/trends",
                "/baskets",
                "/evaluation",
                "/api-docs",
                "/upload");
        driver.manage().window().setSize(new Dimension(390, 844));
        for (String path : paths) {
            driver.get(origin + path);
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(d -> d.findElements(By.cssSelector("[data-chart]:not([data-settled])"))
                            .isEmpty());
            assertThat(driver.findElements(By.cssSelector("header nav a")))
                    .as(path + ": a page with the navigation")
                    .isNotEmpty();
            driver.executeScript("document.querySelectorAll('main details').forEach(function (d) { d.open = true; });");
            ((List<?>) driver.executeScript(WIDE)).forEach(f -> failures.add(path + ": " + f));
            ((List<?>) driver.executeScript(BROKEN)).forEach(f -> failures.add(path + ": " + f + " broken over lines"));
            ((List<?>) driver.executeScript(NARROW)).forEach(f -> failures.add(path + ": " + f));
            Browser.screenshot(
                    driver,
                    "sample-phone-"
                            + (path.equals("/") ? "overview" : path.substring(1)).replaceAll("[^A-Za-z0-9-]", "_"));
        }
        assertThat(failures).as("pages that do not fit a 390 px screen").isEmpty();
    }

    @Test
    void theInventoryProductAndSegmentsPagesSayTheirMethodsInWordsWithTheTechnicalNamesInTooltips() {
        driver.manage().window().setSize(new Dimension(1280, 800));
        java.util.regex.Pattern codes = java.util.regex.Pattern.compile("\\b(ses|sba|tsb|croston|auto|mase)\\b");
        driver.get(origin + "/inventory");
        String inventory = driver.findElement(By.tagName("main")).getText();
        assertThat(codes.matcher(inventory).find())
                .as("method codes shown on /inventory: " + inventory.substring(0, 300))
                .isFalse();
        assertThat(inventory).contains("forecasts chosen by demand class, 8 weeks ahead; lead time 2 weeks");
        var method = driver.findElement(By.cssSelector("#reorder tbody tr td:nth-child(5)"));
        assertThat(method.getAttribute("title")).matches("ses|croston|sba|tsb");
        assertThat(method.getText()).isNotEqualTo(method.getAttribute("title"));
        var error = driver.findElement(By.cssSelector("#reorder thead th:nth-child(7)"));
        assertThat(error.getText()).isEqualTo("Forecast error");
        assertThat(error.getAttribute("title")).startsWith("MASE, the mean absolute scaled error");
        assertThat(driver.findElement(By.cssSelector("select[name=sort] option[value=mase]"))
                        .getText())
                .isEqualTo("sort by forecast error");

        driver.get(origin + "/products/" + product);
        var tags = driver.findElement(By.id("demand-tags"));
        assertThat(codes.matcher(tags.getText()).find()).as(tags.getText()).isFalse();
        assertThat(tags.getText()).containsPattern("in the backtest its error was \\d+\\.\\d\\d times the naive");
        assertThat(tags.findElement(By.tagName("abbr")).getAttribute("title")).contains("below 1 beats it");
        assertThat(tags.findElement(By.cssSelector("span[title]")).getAttribute("title"))
                .matches("ses|croston|sba|tsb");

        var similar = driver.findElements(By.cssSelector("table.similar tbody td:last-child"));
        assertThat(similar).isNotEmpty();
        assertThat(similar.get(0).getText()).isEqualTo("best match");
        for (var cell : similar) {
            assertThat(cell.getText()).matches("(best|strong|good|weaker) match");
            assertThat(cell.getAttribute("title")).matches("similarity [01]\\.\\d{3}");
        }

        driver.get(origin + "/clv"); // the verdict in words first, the parameters behind a details element
        var fit = driver.findElement(By.id("clv-fit"));
        assertThat(fit.getAttribute("open")).isNull();
        assertThat(fit.findElement(By.id("clv-fits")).isDisplayed()).isFalse();
        assertThat((Boolean)
                        driver.executeScript("return !!(document.getElementById('clv-verdict').compareDocumentPosition("
                                + "document.getElementById('clv-fit')) & Node.DOCUMENT_POSITION_FOLLOWING);"))
                .as("the verdict comes before the fit")
                .isTrue();

        driver.get(origin + "/trends"); // the migration's first day named by its date, not "90 days before B"
        assertThat(driver.findElement(By.cssSelector("select[name=from] option"))
                        .getText())
                .matches("from \\d{4}-\\d\\d-\\d\\d \\(\\d+ days before \\d{4}-\\d\\d-\\d\\d\\)");

        driver.get(origin + "/segments");
        String lead = driver.findElement(By.cssSelector("main p.lead")).getText();
        assertThat(lead)
                .contains("found by k-means clustering of the customers' recency, frequency and spend (on a log scale)")
                .containsPattern("How distinct they are: -?0\\.\\d\\d on a scale from −1 to 1")
                .doesNotContain("RFM features");
    }

    @Test
    void amountsNameTheirCurrencyInTheChartsDataAndTheRfmTable() {
        driver.manage().window().setSize(new Dimension(1280, 800));
        driver.get(origin + "/");
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector("[data-chart]:not([data-settled])"))
                        .isEmpty());
        var monthly = driver.findElement(By.xpath("//figure[div[@data-chart='monthly']]/details"));
        assertThat(monthly.findElement(By.tagName("summary")).getAttribute("textContent"))
                .startsWith("Data of the chart: Revenue (GBP): highest for");
        assertThat(monthly.findElement(By.cssSelector("thead")).getAttribute("textContent"))
                .isEqualTo("Revenue (GBP)Invoices");
        var countries = driver.findElement(By.xpath("//figure[div[@data-chart='countries']]/details"));
        assertThat(countries.findElement(By.cssSelector("thead")).getAttribute("textContent"))
                .isEqualTo("Revenue (GBP)");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Monetary (GBP) ");
        String tip = (String) driver.executeScript(
                "var el = document.querySelector('[data-chart=monthly]'), c = echarts.getInstanceByDom(el);"
                        + "el.scrollIntoView(); c.dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: 0});"
                        + "return el.innerText;");
        assertThat(tip).as("the tooltip of the first month").containsPattern("Revenue \\(GBP\\): [0-9,.]+");
    }

    @Test
    void anUnknownSegmentsPageOffersTheSegmentsAsLinks() {
        driver.manage().window().setSize(new Dimension(1280, 800));
        driver.get(origin + "/segments/Nobody");
        assertThat(driver.findElement(By.id("error")).getText()).contains("unknown segment 'Nobody'");
        var links = driver.findElements(By.cssSelector("#did-you-mean a"));
        assertThat(links).extracting(e -> e.getText()).contains("segment High-Value");
        links.stream()
                .filter(e -> e.getText().equals("segment High-Value"))
                .findFirst()
                .orElseThrow()
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith("/segments/High-Value"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Segment High-Value");
    }

    @Test
    void anEmptyCustomerLookupKeepsTheFormsAndSaysWhatIsMissingBesideTheField() {
        driver.manage().window().setSize(new Dimension(1280, 800));
        driver.get(origin + "/customers?recency=10&frequency=2&monetary=%C2%A31%2C500");
        driver.findElement(By.cssSelector("form[action='/customers/lookup'] button"))
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("/customers/lookup"));
        assertThat(driver.findElements(By.id("error"))).as("a bare error page").isEmpty();
        var id = driver.findElement(By.id("id"));
        assertThat(id.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(id.getAttribute("aria-describedby")).isEqualTo("id-error");
        assertThat(driver.findElement(By.id("id-error")).getText()).isEqualTo("enter a customer id");
        assertThat(driver.findElements(By.id("predict-form"))).hasSize(1);
        Browser.screenshot(driver, "sample-empty-lookup");
        id.sendKeys(customer + ".0"); // a spreadsheet's number finds the customer
        driver.findElement(By.cssSelector("form[action='/customers/lookup'] button"))
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith("/customers/" + customer));
    }

    @Test
    void theSamplesChartsHaveReadableLabelsAndNamedAxesAtBothSizes() {
        List<String> failures = new ArrayList<>();
        for (int[] size : new int[][] {{1280, 800}, {390, 844}}) {
            for (String path : List.of("/", "/products/" + product, "/clv", "/segments", "/trends", "/evaluation")) {
                driver.manage().window().setSize(new Dimension(size[0], size[1]));
                driver.get(origin + path);
                new WebDriverWait(driver, Duration.ofSeconds(20))
                        .until(d -> d.findElements(By.cssSelector("[data-chart]:not([data-settled])"))
                                .isEmpty());
                List<?> found = (List<?>) driver.executeScript(CHART_TEXT);
                found.forEach(f -> failures.add(size[0] + " " + path + " " + f));
                String name = path.equals("/") ? "overview" : path.substring(1).replace('/', '-');
                var charts = driver.findElements(By.cssSelector("div.chart[data-chart]"));
                for (var chart : charts) {
                    driver.executeScript("arguments[0].scrollIntoView({block: 'start'});", chart);
                    Browser.screenshot(
                            driver, "sample-" + size[0] + "-" + name + "-" + chart.getAttribute("data-chart"));
                }
            }
        }
        assertThat(failures)
                .as("chart texts that cover each other, are cut off or missing")
                .isEmpty();
    }
}
