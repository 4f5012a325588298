package com.shopperspectrum.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The Trends page in headless Chromium: the heatmap, the Sankey flow and the series are drawn by ECharts. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrendsBrowserTest {
    private Path profile;
    private Javalin app;
    private ChromeDriver driver;

    @BeforeAll
    void start() throws java.io.IOException {
        profile = Files.createTempDirectory("spectrum-chromium-");
        driver = Browser.start(profile);
        app = WebApp.create(new ModelService(TrendsModels.trends())).start("127.0.0.1", 0);
    }

    @AfterAll
    void stop() throws java.io.IOException {
        if (driver != null) {
            driver.quit();
        }
        if (app != null) {
            app.stop();
        }
        try (var paths = Files.walk(profile)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void theThreeChartsAreDrawnAsHeatmapSankeyAndLines() {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get("http://127.0.0.1:" + app.port() + "/trends");
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> d.findElements(By.cssSelector("[data-chart][data-drawn=true] canvas"))
                                .size()
                        == 3);
        Object types = driver.executeScript("return ['retention', 'migrationFlow', 'segmentHistory'].map(function (n) {"
                + " var o = echarts.getInstanceByDom(document.querySelector('[data-chart=' + n + ']')).getOption();"
                + " return o.series[0].type + ':' + o.series[0].data.length; });");
        @SuppressWarnings("unchecked")
        List<String> drawn = (List<String>) types;
        assertThat(drawn.get(0)).startsWith("heatmap:").isNotEqualTo("heatmap:0");
        assertThat(drawn.get(1)).isEqualTo("sankey:5"); // two segments and "not yet" as of A, two as of B
        assertThat(drawn.get(2)).startsWith("line:");
    }

    @Test
    void choosingBInTheFormRedrawsTheMatrixAndTheSankey() {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        String first = TrendsModels.trends().cohorts().rfm().points().get(0).toString();
        String b = TrendsModels.trends().cohorts().rfm().points().get(3).toString();
        driver.get("http://127.0.0.1:" + app.port() + "/trends");
        String before = driver.findElement(By.id("migration")).getText();
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.name("from"))).selectByValue(first);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.name("to"))).selectByValue(b);
        driver.findElement(By.cssSelector("form.search button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().contains("to=" + b)
                        && d.findElements(By.cssSelector("[data-chart=migrationFlow][data-drawn=true] canvas"))
                                        .size()
                                == 1);
        String after = driver.findElement(By.id("migration")).getText();
        assertThat(after).contains("as of " + first).contains("as of " + b).isNotEqualTo(before);
        assertThat(new org.openqa.selenium.support.ui.Select(driver.findElement(By.name("to")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo(b);
        Object links = driver.executeScript("var o = echarts.getInstanceByDom("
                + "document.querySelector('[data-chart=migrationFlow]')).getOption();"
                + " return o.series[0].links.reduce(function (s, l) { return s + l.value; }, 0);");
        String customersAsOfB = driver.findElement(By.id("migration-lead")).getText();
        assertThat(customersAsOfB).contains(((Number) links).intValue() + " customers as of B");
    }
}
