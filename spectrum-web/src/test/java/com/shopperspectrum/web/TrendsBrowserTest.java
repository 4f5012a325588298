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
}
