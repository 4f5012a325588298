package com.shopperspectrum.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopperspectrum.core.clean.CleaningOptions;
import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The upload flow in headless Chromium: choose a file, preview it, fix the mapping in the page, train, and the
 * app serves the new model; a bad file's message is shown in the page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadBrowserTest {
    private Path profile;
    private Path files;
    private Javalin app;
    private ChromeDriver driver;
    private ServedModel served;

    @BeforeAll
    void start() throws java.io.IOException {
        profile = Files.createTempDirectory("spectrum-chromium-");
        files = Files.createTempDirectory("spectrum-upload-test-");
        driver = Browser.start(profile);
        served = new ServedModel(new ModelService(TestModels.small()));
        app = WebApp.create(
                        served,
                        AllowedHosts.loopback(),
                        new UploadSettings(
                                true,
                                UploadSettings.DEFAULT_MAX_BYTES,
                                null,
                                CleaningOptions.DEFAULT,
                                UploadPageTest.OPTIONS,
                                null,
                                "test"))
                .start("127.0.0.1", 0);
    }

    @AfterAll
    void stop() throws java.io.IOException {
        if (driver != null) {
            driver.quit();
        }
        if (app != null) {
            app.stop();
        }
        for (Path root : new Path[] {profile, files}) {
            try (var paths = Files.walk(root)) {
                paths.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aFileFarOverTheLimitIsRefusedInThePageAndWithoutTheScriptTheServersPageIsShown() throws Exception {
        Javalin small = WebApp.create(
                        served,
                        AllowedHosts.loopback(),
                        new UploadSettings(
                                true, 3000, null, CleaningOptions.DEFAULT, UploadPageTest.OPTIONS, null, "test"))
                .start("127.0.0.1", 0);
        try {
            Path huge = files.resolve("huge.csv");
            String csv = UploadPageTest.uciCsv();
            try (var out = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
                while (Files.size(huge) < UploadLimitTest.BIG) {
                    out.write(csv);
                    out.flush();
                }
            }
            String origin = "http://127.0.0.1:" + small.port();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            driver.get(origin + "/upload");
            driver.findElement(By.id("file")).sendKeys(huge.toString());
            driver.findElement(By.cssSelector("form.upload button[type=submit]"))
                    .click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload-error")));
            assertThat(driver.findElement(By.id("upload-error")).getText())
                    .contains("huge.csv is larger than the upload limit, 3000 bytes")
                    .contains("was not sent");
            assertThat(driver.getCurrentUrl()).isEqualTo(origin + "/upload");
            assertThat(driver.findElement(By.id("file")).getAttribute("aria-invalid"))
                    .isEqualTo("true");
            Browser.screenshot(driver, "upload-too-large");

            // a browser without the page's check sends the file: the server's 413 page, not "connection reset"
            driver.get(origin + "/upload");
            driver.executeScript("document.querySelector('form.upload').removeAttribute('data-max-bytes');");
            driver.findElement(By.id("file")).sendKeys(huge.toString());
            driver.findElement(By.cssSelector("form.upload button[type=submit]"))
                    .click();
            wait.until(ExpectedConditions.urlToBe(origin + "/upload"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload-error")));
            assertThat(driver.findElement(By.id("upload-error")).getText())
                    .contains("larger than the upload limit, 3000 bytes");
            assertThat(driver.getPageSource()).doesNotContain("was not sent");
            assertThat(driver.findElements(By.id("file"))).hasSize(1);
            Browser.screenshot(driver, "upload-too-large-server");
            driver.manage().window().setSize(new Dimension(390, 844));
            assertThat(((Number) driver.executeScript("return document.documentElement.scrollWidth"
                                    + " - document.documentElement.clientWidth;"))
                            .intValue())
                    .as("horizontal scrolling of the 413 page at phone width")
                    .isLessThanOrEqualTo(0);
            Browser.screenshot(driver, "upload-too-large-server-phone");
            driver.manage().window().setSize(new Dimension(1280, 1000));
        } finally {
            small.stop();
        }
    }

    @Test
    void uploadPreviewFixTheMappingTrainAndTheAppServesTheNewModel() throws java.io.IOException {
        String csv = UploadPageTest.uciCsv()
                .replaceFirst(
                        "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country",
                        "InvoiceNo,Item,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country");
        Path file = files.resolve("renamed.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        String origin = "http://127.0.0.1:" + app.port();

        driver.get(origin + "/");
        driver.findElement(By.cssSelector("nav a[href='/upload']")).click();
        wait.until(ExpectedConditions.urlToBe(origin + "/upload"));
        driver.findElement(By.id("file")).sendKeys(file.toString());
        driver.findElement(By.cssSelector("form.upload button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload-error")));
        assertThat(driver.findElement(By.id("upload-error")).getText())
                .contains("renamed.csv")
                .contains("layout");
        Browser.screenshot(driver, "upload-error");

        for (String[] field : new String[][] {
            {"invoice", "InvoiceNo"}, {"product", "Item"}, {"description", "Description"}, {"quantity", "Quantity"},
            {"date", "InvoiceDate"}, {"price", "UnitPrice"}, {"customer", "CustomerID"}, {"country", "Country"}
        }) {
            driver.findElement(By.id("map-" + field[0])).sendKeys(field[1]);
        }
        driver.findElement(By.id("dateFormat")).sendKeys("M/d/yyyy H:mm");
        driver.findElement(By.cssSelector("form.mapping button:not(#train)")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("preview")));
        assertThat(driver.findElement(By.id("preview")).getText()).contains("UPLOADED ZEBRA LAMP 0");
        assertThat(driver.findElement(By.id("upload-cleaning")).getText()).contains("Clean rows");
        assertThat(driver.findElement(By.id("map-product")).getAttribute("value"))
                .isEqualTo("Item");
        Browser.screenshot(driver, "upload-preview");
        driver.manage().window().setSize(new Dimension(390, 844));
        Object overflow = driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue())
                .as("horizontal scrolling at phone width")
                .isLessThanOrEqualTo(0);
        Browser.screenshot(driver, "upload-preview-phone");
        driver.manage().window().setSize(new Dimension(1280, 1000));

        ModelService before = served.get();
        driver.findElement(By.id("train")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("trained")));
        assertThat(driver.findElement(By.id("trained")).getText()).contains("12 customers, 4 products");
        Browser.screenshot(driver, "upload-trained");
        assertThat(served.get()).isNotSameAs(before);

        driver.get(origin + "/products");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("UPLOADED ZEBRA LAMP");
    }
}
