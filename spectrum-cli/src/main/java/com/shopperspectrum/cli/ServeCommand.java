package com.shopperspectrum.cli;

import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.io.model.ModelReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
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

    @ArgGroup(exclusive = true, multiplicity = "1")
    ModelSource source;

    @Option(
            names = "--port",
            defaultValue = "7070",
            paramLabel = "PORT",
            description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(
            names = "--host",
            defaultValue = "127.0.0.1",
            paramLabel = "HOST",
            description =
                    "Address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String host;

    @Mixin
    InputOptions input;

    @Mixin
    CleaningMixin cleaning;

    @Mixin
    TrainingMixin training;

    final WebServer server = new WebServer();

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be from 0 to 65535, got " + port);
        }
        PrintWriter out = spec.commandLine().getOut();
        SpectrumModel model =
                source.load(input, cleaning, training, spec.commandLine().getErr(), out);
        return server.run(model, host, port, out);
    }

    /** Stops a running server (for in-process callers such as tests). */
    void stop() {
        server.stop();
    }

    /** Exactly one of {@code --model DIR} or {@code --data FILE}. */
    static final class ModelSource {
        @Option(names = "--model", paramLabel = "DIR", description = "A model directory written by train.")
        Path model;

        @Option(names = "--data", paramLabel = "FILE", description = "A transactions file, trained in memory.")
        Path data;

        SpectrumModel load(
                InputOptions input, CleaningMixin cleaning, TrainingMixin training, PrintWriter err, PrintWriter out) {
            if (model == null) {
                return ModelBuilding.train(data, input, cleaning, training, 0, err);
            }
            long t0 = System.nanoTime();
            SpectrumModel m = new ModelReader().read(model);
            out.printf("Loaded model %s in %,d ms%n", model, ModelBuilding.millis(t0, System.nanoTime()));
            return m;
        }
    }
}
