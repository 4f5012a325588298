package com.shopperspectrum.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The pages in a real browser: charts drawn, search suggestions, forms, escaping, phone layout. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
    Path profile;
    Javalin app;
    ChromeDriver driver;
    String origin;

    @BeforeAll
    void start() throws java.io.IOException {
        // a fresh Chromium profile per run; a @TempDir field is not injected before @BeforeAll here (it was null,
        // and Chromium wrote its profile into ./null)
        profile = java.nio.file.Files.createTempDirectory("spectrum-chromium-");
        driver = Browser.start(profile);
        app = WebApp.create(new ModelService(TestModels.small())).start("127.0.0.1", 0);
        origin = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (app != null) {
            app.stop();
        }
        deleteQuietly(profile);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var paths = java.nio.file.Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // a leftover temp profile is harmless
        }
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    void open(String path) {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(origin + path);
    }

    @Test
    void overviewDrawsEveryChartAndShowsTheFigures() {
        open("/");
        waiting()
                .until(d -> d.findElements(By.cssSelector("[data-chart][data-drawn=true] canvas"))
                                .size()
                        >= 6);
        assertThat(driver.findElement(By.cssSelector(".cards")).getText()).contains("Customers\n6");
        assertThat(driver.findElement(By.id("cleaning")).getText()).contains("cancellation lines 1");
        assertThat(driver.getTitle()).isEqualTo("Overview · Shopper Spectrum");
        Browser.screenshot(driver, "overview");
    }

    @Test
    void searchSuggestsAsYouTypeAndLeadsToTheProductPage() {
        open("/products");
        WebElement q = driver.findElement(By.id("q"));
        q.sendKeys("lunch b");
        WebElement list = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("suggestions")));
        waiting().until(d -> list.findElements(By.tagName("li")).size() == 2);
        assertThat(list.getText())
                .contains("20725 LUNCH BAG RED RETROSPOT")
                .contains("22382 LUNCH BAG SPACEBOY DESIGN");
        Browser.screenshot(driver, "products-suggestions");
        q.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains("/products/"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).matches("Product (20725|22382)");
        assertThat(driver.findElement(By.id("description")).getText()).startsWith("LUNCH BAG");
        Browser.screenshot(driver, "product");
    }

    @Test
    void productPageListsSimilarProductsWithScores() {
        open("/products/20725");
        WebElement similar = driver.findElement(By.cssSelector("table.similar"));
        assertThat(similar.findElements(By.cssSelector("tbody tr"))).hasSizeBetween(1, 5);
        assertThat(similar.getText()).contains("best match").doesNotContain("20725 LUNCH BAG RED RETROSPOT");
        // the score in words, the number in the tooltip (issue 18, defect 7)
        assertThat(similar.findElement(By.cssSelector("tbody td:last-child")).getAttribute("title"))
                .matches("similarity [01]\\.\\d{3}");
    }

    @Test
    void segmentsPageDrawsTheScatterAndOffersCsvDownloads() {
        open("/segments");
        waiting()
                .until(d -> d.findElements(By.cssSelector("[data-chart][data-drawn=true] canvas"))
                                .size()
                        >= 2);
        assertThat(driver.findElement(By.id("profiles")).findElements(By.cssSelector("tbody tr")))
                .hasSize(2);
        assertThat(driver.findElements(By.cssSelector("#profiles a[download]"))).hasSize(2);
        assertThat(driver.findElement(By.id("crosstab")).getText()).isNotBlank();
        Browser.screenshot(driver, "segments");
    }

    @Test
    void predictFormShowsTheSegmentAndHowItWasDecided() {
        open("/customers");
        driver.findElement(By.id("recency")).sendKeys("12");
        driver.findElement(By.id("frequency")).sendKeys("3");
        driver.findElement(By.id("monetary")).sendKeys("80");
        driver.findElement(By.cssSelector("#predict-form button")).click();
        WebElement result = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("prediction")));
        assertThat(result.getText()).contains("Segment").contains("RFM scores").contains("(nearest)");
        assertThat(driver.findElement(By.id("recency")).getAttribute("value")).isEqualTo("12");
        Browser.screenshot(driver, "predict");
    }

    @Test
    void submittingTheSearchListsMatches() {
        open("/products");
        driver.findElement(By.id("q")).sendKeys("heart", Keys.ENTER);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("results")));
        assertThat(driver.findElement(By.id("results")).getText())
                .contains("85123A WHITE HANGING HEART T-LIGHT HOLDER");
    }

    @Test
    void customerLookupShowsRfmAndHistory() {
        open("/customers");
        driver.findElement(By.id("id")).sendKeys("12349", Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains("/customers/12349"));
        assertThat(driver.findElement(By.id("rfm")).getText())
                .contains("Frequency\n3 invoices")
                .contains("United Kingdom");
        assertThat(driver.findElement(By.id("history")).getText()).contains("distinct products");
        assertThat(driver.findElement(By.id("no-recommendations")).getText()).contains("bought every product");
        open("/customers/12347");
        WebElement recs = driver.findElement(By.id("recommendations"));
        assertThat(recs.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
        assertThat(recs.getText()).contains("Because you bought");
        Browser.screenshot(driver, "customer");
        open("/customers");
        driver.findElement(By.id("id")).sendKeys("00000", Keys.ENTER);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("error")));
        assertThat(driver.findElement(By.id("error")).getText()).isEqualTo("unknown customer '00000'");
    }

    @Test
    void aDescriptionWithMarkupIsShownAsTextOnEveryPageThatShowsDescriptions() {
        for (String path : List.of("/", "/products?q=mug", "/products/X%3C1%3E", "/customers/12347")) {
            open(path);
            assertThat(driver.findElement(By.tagName("main")).getText())
                    .as(path)
                    .contains(TestModels.XSS);
            assertNoScriptRan(path);
        }
        open("/products");
        driver.findElement(By.id("q")).sendKeys("mug");
        WebElement list = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("suggestions")));
        assertThat(list.getText()).contains(TestModels.XSS);
        assertNoScriptRan("suggestions");
        Browser.screenshot(driver, "xss-as-text");
    }

    private void assertNoScriptRan(String where) {
        try {
            driver.switchTo().alert();
            throw new AssertionError("a script from the data ran on " + where);
        } catch (NoAlertPresentException expected) {
            assertThat(driver.findElements(By.cssSelector("main b"))).as(where).isEmpty();
        }
    }

    @Test
    void fitsAPhoneScreenWithoutSidewaysScrolling() {
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(origin + "/");
        waiting()
                .until(d -> d.findElements(By.cssSelector("[data-chart][data-drawn=true]"))
                                .size()
                        >= 6);
        Object overflow = driver.executeScript("var w = document.documentElement.clientWidth, wide = [];"
                + "document.querySelectorAll('body *').forEach(function (e) {"
                + "  var r = e.getBoundingClientRect(); if (r.right > w + 1 && !e.closest('.scroll')) {"
                + "    wide.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right)); } });"
                + "return wide.slice(0, 5).join(', ');");
        assertThat((String) overflow).as("elements wider than the screen").isEmpty();
        Browser.screenshot(driver, "overview-phone");
    }
}
