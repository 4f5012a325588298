package com.shopperspectrum.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 18 in a real browser: a click on a customer's point of the segments scatter opens that customer (defect
 * 2), and every page fits a phone (390 × 844) without sideways scrolling, wide tables as cards (defect 9).
 * Screenshots of every page at both sizes go to target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalystBrowserTest {
    private static final List<String> PAGES = List.of(
            "/",
            "/products",
            "/products/85123A",
            "/customers",
            "/customers/list",
            "/customers/12347",
            "/segments",
            "/inventory",
            "/evaluation",
            "/api-docs",
            "/products/NOPE",
            "/segments/High-Value",
            "/baskets");
    /** Pages whose parts the small model lacks, each served from a model that has them. */
    private static final List<String> TRENDS_PAGES = List.of("/trends");

    private static final List<String> CLV_PAGES = List.of("/clv", "/customers/c1000", "/segments");

    /** A customer with more than five suggestions (the rest behind "show more"). */
    private static final List<String> MANY_PAGES = List.of("/customers/c0");

    private Path profile;
    private Javalin app;
    private Javalin trendsApp;
    private Javalin clvApp;
    private Javalin manyApp;
    private ChromeDriver driver;
    private String origin;

    @BeforeAll
    void start() throws java.io.IOException {
        profile = Files.createTempDirectory("spectrum-chromium-");
        driver = Browser.start(profile);
        app = WebApp.create(new ModelService(TestModels.small())).start("127.0.0.1", 0);
        origin = "http://127.0.0.1:" + app.port();
        trendsApp = WebApp.create(new ModelService(TrendsModels.trends())).start("127.0.0.1", 0);
        clvApp = WebApp.create(new ModelService(ClvApiTest.model())).start("127.0.0.1", 0);
        manyApp = WebApp.create(new ModelService(RecommendationsExplainedPageTest.manyProducts()))
                .start("127.0.0.1", 0);
    }

    @AfterAll
    void stop() throws java.io.IOException {
        if (driver != null) {
            driver.quit();
        }
        for (Javalin a : new Javalin[] {app, trendsApp, clvApp, manyApp}) {
            if (a != null) {
                a.stop();
            }
        }
        try (var paths = Files.walk(profile)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    @Test
    void aClickOnAScatterPointOpensThatCustomer() {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(origin + "/segments");
        WebElement chart =
                waiting().until(d -> d.findElement(By.cssSelector("[data-chart=scatter][data-settled=true] canvas")));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", chart);
        waiting()
                .until(d -> Boolean.TRUE.equals(((ChromeDriver) d)
                        .executeScript(
                                "var r = arguments[0].getBoundingClientRect();"
                                        + "return r.top >= 0 && r.bottom <= window.innerHeight;",
                                chart)));
        // the last series is drawn on top: its first point is the one under the cursor
        List<?> target = (List<?>) driver.executeScript("var el = document.querySelector('[data-chart=scatter]');"
                + "var c = echarts.getInstanceByDom(el); var spec = JSON.parse("
                + "document.getElementById('chart-data').textContent).scatter;"
                + "var k = spec.series.length - 1; var p = spec.series[k].points[0];"
                + "var px = c.convertToPixel({seriesIndex: k}, [p[0], p[1]]);"
                + "return [px[0] - el.clientWidth / 2, px[1] - el.clientHeight / 2, spec.series[k].ids[0]];");
        int dx = (int) Math.round(((Number) target.get(0)).doubleValue());
        int dy = (int) Math.round(((Number) target.get(1)).doubleValue());
        String id = (String) target.get(2);
        new Actions(driver).moveToElement(chart, dx, dy).click().perform();
        try {
            waiting().until(d -> d.getCurrentUrl().endsWith("/customers/" + id));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "after a click at " + target + " the page is " + driver.getCurrentUrl() + " "
                            + driver.executeScript(
                                    "return document.querySelector('[data-chart=scatter]').clientWidth + 'x' +"
                                            + " document.querySelector('[data-chart=scatter]').clientHeight"),
                    e);
        }
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Customer " + id);
    }

    @Test
    void everyChartHasItsDataAsATableAndASentence() {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(origin + "/");
        waiting()
                .until(d -> d.findElements(By.cssSelector("[data-chart][data-drawn=true]"))
                                .size()
                        >= 6);
        List<WebElement> boxes = driver.findElements(By.cssSelector("figure.chart-box"));
        assertThat(boxes).hasSizeGreaterThanOrEqualTo(6);
        for (WebElement box : boxes) {
            WebElement details = box.findElement(By.cssSelector("details.chart-data"));
            assertThat(details.findElement(By.tagName("summary")).getText()).startsWith("Data of the chart");
            assertThat(details.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
        }
        WebElement recency = driver.findElement(By.xpath("//figure[div[@data-chart='recency']]/details"));
        assertThat(recency.findElement(By.tagName("summary")).getText()).contains("Customers: highest for");
        driver.get(origin + "/segments");
        waiting()
                .until(d -> d.findElements(By.cssSelector("[data-chart=scatter][data-drawn=true]"))
                                .size()
                        == 1);
        WebElement scatter = driver.findElement(By.xpath("//figure[div[@data-chart='scatter']]/details"));
        assertThat(scatter.findElement(By.tagName("summary")).getText()).contains("6 points in 2 series");
        scatter.findElement(By.tagName("summary")).click();
        assertThat(scatter.findElement(By.tagName("tbody")).getText()).contains("12347");
    }

    @Test
    void aTableSortsByAColumnAndTheSearchBoxIsACombobox() {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(origin + "/products");
        WebElement units = driver.findElement(By.xpath("//table[@id='results']//th[4]/button"));
        units.click();
        List<Long> desc = column(4);
        assertThat(desc).isSortedAccordingTo(Comparator.reverseOrder()).hasSizeGreaterThan(2);
        assertThat(driver.findElement(By.xpath("//table[@id='results']//th[4]")).getAttribute("aria-sort"))
                .isEqualTo("descending");
        units.click();
        assertThat(column(4)).isSorted();
        WebElement box = driver.findElement(By.id("q"));
        assertThat(box.getAttribute("role")).isEqualTo("combobox");
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");
        box.sendKeys("lunch");
        waiting().until(d -> "true".equals(box.getAttribute("aria-expanded")));
        box.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        String active = box.getAttribute("aria-activedescendant");
        assertThat(active).isEqualTo("suggestion-0");
        assertThat(driver.findElement(By.id(active)).getAttribute("aria-selected"))
                .isEqualTo("true");
        assertThat(driver.findElement(By.id(active)).getAttribute("role")).isEqualTo("option");
        box.sendKeys(org.openqa.selenium.Keys.ESCAPE);
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");
    }

    private List<Long> column(int n) {
        return driver.findElements(By.xpath("//table[@id='results']/tbody/tr/td[" + n + "]")).stream()
                .map(td -> Long.parseLong(td.getText().replace(",", "")))
                .toList();
    }

    /** Every chart drawn and its animation over (so the screenshots show the charts as a person sees them). */
    private void settled() {
        waiting()
                .until(d -> d.findElements(By.cssSelector("[data-chart]:not([data-settled])"))
                        .isEmpty());
    }

    /**
     * Every text ECharts drew (titles, axis names and labels, legends) lies inside its canvas: a canvas cannot
     * scroll, so a longer title is cut off without any element being wider than the screen.
     */
    private static final String CLIPPED_TEXT = "var out = [];"
            + "document.querySelectorAll('[data-chart]').forEach(function (el) {"
            + "  var c = window.echarts && echarts.getInstanceByDom(el); if (!c) { return; }"
            + "  var w = c.getWidth(), h = c.getHeight();"
            + "  c.getZr().storage.getDisplayList(true).forEach(function (d) {"
            + "    if (d.type !== 'tspan' || d.invisible || !d.style || !d.style.text) { return; }"
            + "    var r = d.getBoundingRect().clone(), a = d.style.textAlign;"
            // zrender places a truncated label's box by the width it was cut to: place it by its own width
            + "    r.x = (d.style.x || 0) - (a === 'right' ? r.width : a === 'center' ? r.width / 2 : 0);"
            + "    if (d.transform) { r.applyTransform(d.transform); }"
            + "    if (r.x < -1 || r.y < -1 || r.x + r.width > w + 1 || r.y + r.height > h + 1) {"
            + "      out.push(el.getAttribute('data-chart') + ': \"' + d.style.text + '\" at ' + Math.round(r.x)"
            + "        + '..' + Math.round(r.x + r.width) + ' of ' + w + ' y ' + Math.round(r.y) + '..' + Math.round(r.y + r.height) + ' of ' + h); } }); });"
            + "return out.slice(0, 5).join(', ');";

    /** Okabe & Ito's colours (2008), told apart with red–green colour blindness. */
    private static final List<String> OKABE_ITO =
            List.of("#0072B2", "#E69F00", "#56B4E9", "#009E73", "#D55E00", "#CC79A7", "#F0E442", "#000000");

    /**
     * The colours ECharts gave each series and each item of every chart on the page (a heatmap: the ends of its
     * colour scale), as "chart series colour" lines, the ones outside the palette first.
     */
    private static final String CHART_COLOURS = "var palette = arguments[0], bad = [], good = 0;"
            + "document.querySelectorAll('[data-chart]').forEach(function (el) {"
            + "  var c = echarts.getInstanceByDom(el), name = el.getAttribute('data-chart');"
            + "  function check(what, f) { if (typeof f !== 'string') { return; }"
            + "    if (palette.indexOf(f.toUpperCase()) < 0) { bad.push(name + ' ' + what + ' ' + f); } else { good++; } }"
            + "  c.getModel().eachSeries(function (s) {"
            + "    if (s.subType === 'heatmap') {"
            + "      c.getOption().visualMap[0].inRange.color.forEach(function (f) { check('scale', f); }); return; }"
            + "    var d = s.getData(); check(s.name, (d.getVisual('style') || {}).fill);"
            + "    d.each(function (i) { check(s.name + '[' + i + ']', (d.getItemVisual(i, 'style') || {}).fill); });"
            + "  }); });"
            + "return bad.concat(['checked ' + good]);";

    @Test
    void everyChartDrawsInColoursToldApartWithRedGreenColourBlindness() {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        // the heatmap's scale runs from white to the palette's sky blue
        List<String> allowed = new java.util.ArrayList<>(OKABE_ITO);
        allowed.add("#F4F9FC");
        String trends = "http://127.0.0.1:" + trendsApp.port();
        String clv = "http://127.0.0.1:" + clvApp.port();
        for (String url : List.of(
                origin + "/",
                origin + "/segments",
                origin + "/evaluation",
                origin + "/products/85123A",
                trends + "/trends",
                clv + "/clv")) {
            driver.get(url);
            settled();
            List<?> colours = (List<?>) driver.executeScript(CHART_COLOURS, allowed);
            assertThat(colours.subList(0, colours.size() - 1))
                    .as(url + ": chart colours outside Okabe–Ito's palette")
                    .isEmpty();
            assertThat(Integer.parseInt(((String) colours.get(colours.size() - 1)).substring(8)))
                    .as(url + ": colours checked")
                    .isPositive();
        }
    }

    @Test
    void everyPageFitsAPhoneWithoutSidewaysScrolling() {
        String trends = "http://127.0.0.1:" + trendsApp.port();
        String clv = "http://127.0.0.1:" + clvApp.port();
        List<String> failures = new java.util.ArrayList<>();
        PAGES.forEach(path -> fitsAPhone(origin, path, "", failures));
        TRENDS_PAGES.forEach(path -> fitsAPhone(trends, path, "", failures));
        CLV_PAGES.forEach(path -> fitsAPhone(clv, path, "clv-", failures));
        MANY_PAGES.forEach(path -> fitsAPhone("http://127.0.0.1:" + manyApp.port(), path, "many-", failures));
        assertThat(driver.findElement(By.id("recommendations-more")).isDisplayed())
                .as("the suggestions behind show more, opened")
                .isTrue();
        assertThat(failures).as("pages wider than a 390 px screen").isEmpty();
    }

    private void fitsAPhone(String site, String path, String prefix, List<String> failures) {
        String name =
                prefix + (path.equals("/") ? "overview" : path.substring(1).replace('/', '-'));
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(site + path);
        if (!path.contains("NOPE")) {
            assertThat(driver.findElements(By.id("error")))
                    .as(path + " is an error page")
                    .isEmpty();
        }
        settled();
        Browser.screenshot(driver, "desktop-" + name);
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(site + path);
        settled();
        // what a details element hides (chart data, more suggestions, full tables) must fit too once opened
        driver.executeScript("document.querySelectorAll('main details').forEach(function (d) { d.open = true; });");
        Object wide = driver.executeScript("var w = document.documentElement.clientWidth, out = [];"
                + "if (document.documentElement.scrollWidth > w) { out.push('page ' "
                + "+ document.documentElement.scrollWidth); }"
                + "document.querySelectorAll('main *').forEach(function (e) {"
                + "  var r = e.getBoundingClientRect();"
                + "  if (r.right > w + 1 || e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX"
                + "      === 'auto') { out.push(e.tagName + '#' + e.id + '.' + e.className + ' '"
                + "      + Math.round(r.right) + '/' + e.scrollWidth); } });"
                + "return out.slice(0, 5).join(', ');");
        if (!((String) wide).isEmpty()) {
            failures.add(prefix + path + ": " + wide);
        }
        Object clipped = driver.executeScript(CLIPPED_TEXT);
        if (!((String) clipped).isEmpty()) {
            failures.add(prefix + path + ": text cut off at the edge of a chart: " + clipped);
        }
        Browser.screenshot(driver, "phone-" + name);
    }
}
