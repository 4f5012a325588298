package com.shopperspectrum.cli;

import com.shopperspectrum.io.engine.ReadProgress;
import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr, shown only when stderr is a terminal (so pipes, files and tests stay clean).
 */
final class Progress implements ReadProgress {
    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    static Progress start(String task, PrintWriter err) {
        if (System.console() == null) {
            return new Progress(null);
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" MB", 1 << 20)
                .setInitialMax(1)
                .continuousUpdate()
                .build();
        return new Progress(bar);
    }

    @Override
    public void bytes(long done, long total) {
        if (bar != null) {
            bar.maxHint(total);
            bar.stepTo(done);
        }
    }

    void step(long done, long total) {
        bytes(done, total);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
