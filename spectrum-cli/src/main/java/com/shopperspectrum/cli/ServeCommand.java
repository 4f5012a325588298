package com.shopperspectrum.cli;

import com.shopperspectrum.core.model.ModelMetadata;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.io.view.Money;
import com.shopperspectrum.web.AllowedHosts;
import com.shopperspectrum.web.UploadSettings;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code spectrum serve (--model DIR | --data FILE)}: the web app and REST API on one model. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serve the web app and the REST API (OpenAPI at /openapi.json) for a model or a data file.")
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ModelInput source;

    @Range(min = 0, max = 65535)
    @Option(
            names = "--port",
            defaultValue = "7070",
            paramLabel = "PORT",
            description = "TCP port, 0..65535 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(
            names = "--host",
            defaultValue = "127.0.0.1",
            paramLabel = "HOST",
            description =
                    "Address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String host;

    @Option(
            names = "--allowed-hosts",
            split = ",",
            paramLabel = "NAME",
            description = "Other host names (or addresses) the server answers to, separated by commas. A request"
                    + " is answered only when its Host header (port aside) is localhost, 127.0.0.1, [::1], the --host"
                    + " or one of these; any other gets 421 (the guard against DNS rebinding). List the names"
                    + " other machines use to reach it when --host is 0.0.0.0.")
    List<String> allowedHosts = new ArrayList<>();

    @Option(
            names = "--allow-upload",
            description = "Take uploads at /upload (train a new model from a CSV, CSV.gz or XLSX file and serve it)"
                    + " even when --host is not a loopback address. Without it the upload page is on for 127.0.0.1,"
                    + " localhost and ::1 only and answers 403 elsewhere: anyone who can reach the server could"
                    + " replace the served model.")
    boolean allowUpload;

    @Range(min = 1, max = 100_000)
    @Option(
            names = "--max-upload-mb",
            defaultValue = "200",
            paramLabel = "MB",
            description = "The largest file /upload takes, in megabytes, 1..100000 (default: ${DEFAULT-VALUE}).")
    int maxUploadMb;

    @Mixin
    InputOptions input;

    @Mixin
    CleaningMixin cleaning;

    @Mixin
    TrainingMixin training;

    @Mixin
    CurrencyMixin currency;

    final WebServer server = new WebServer();

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be from 0 to 65535, got " + port);
        }
        AllowedHosts.of(host, allowedHosts); // a bad --allowed-hosts fails before the model is loaded
        Money money = currency.money(); // and a bad --currency
        PrintWriter out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        SpectrumModel model = source.model(
                input,
                cleaning,
                () -> training.toOptions(0),
                null,
                spec.commandLine().getErr(),
                trained -> {});
        if (!source.trains()) {
            out.printf("Loaded model %s in %,d ms%n", source.modelDir, ModelMetadata.millis(t0, System.nanoTime()));
        }
        UploadSettings uploads = new UploadSettings(
                UploadSettings.allowedOn(host, allowUpload),
                maxUploadMb * 1024L * 1024L,
                source.trains() ? null : source.modelDir,
                cleaning.toOptions(),
                training.toOptions(0),
                money,
                SpectrumCommand.version());
        return server.run(model, host, port, allowedHosts, money, uploads, out);
    }

    /** Stops a running server (for in-process callers such as tests). */
    void stop() {
        server.stop();
    }
}
