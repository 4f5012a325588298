package com.shopperspectrum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopperspectrum.io.model.ModelReader;
import com.shopperspectrum.io.view.Money;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18, defect 3: {@code --currency} on train (recorded in the model), report and serve; bad codes exit 2. */
class CurrencyCommandTest {
    @TempDir
    Path dir;

    @Test
    void theLayoutGivesPoundsAndTrainRecordsTheCurrencyGiven() throws IOException {
        Path data = CliRun.shop(dir);
        Path plain = dir.resolve("plain");
        assertThat(CliRun.of("train", data.toString(), "-o", plain.toString()).exitCode())
                .isZero();
        assertThat(Money.of(new ModelReader().read(plain).metadata()).code())
                .as("the UCI Online Retail layout is in pounds")
                .isEqualTo("GBP");
        Path euros = dir.resolve("euros");
        assertThat(CliRun.of("train", data.toString(), "-o", euros.toString(), "--currency", "eur")
                        .exitCode())
                .isZero();
        assertThat(new ModelReader().read(euros).metadata().options()).containsEntry("currency", "EUR");
        Path html = dir.resolve("r.html");
        assertThat(CliRun.of("report", "--model", euros.toString(), "-o", html.toString())
                        .exitCode())
                .isZero();
        assertThat(Files.readString(html)).contains("€").doesNotContain("£");
        assertThat(CliRun.of("report", "--model", euros.toString(), "-o", html.toString(), "--currency", "none")
                        .exitCode())
                .isZero();
        assertThat(Files.readString(html)).doesNotContain("€").doesNotContain("£");
    }

    @Test
    void aBadCurrencyIsExit2NamingTheOption() throws IOException {
        Path data = CliRun.shop(dir);
        for (String command : new String[] {"train", "report", "serve"}) {
            CliRun run = command.equals("serve")
                    ? CliRun.of("serve", "--data", data.toString(), "--currency", "pounds")
                    : CliRun.of(command, data.toString(), "-o", dir.resolve("x").toString(), "--currency", "pounds");
            assertThat(run.exitCode()).as(command).isEqualTo(2);
            assertThat(run.err()).as(command).contains("--currency must be a three-letter ISO 4217 code");
        }
    }
}
