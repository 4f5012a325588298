package com.shopperspectrum.cli;

import com.shopperspectrum.core.profile.DataProfile;
import com.shopperspectrum.core.profile.Profiler;
import com.shopperspectrum.io.Json;
import com.shopperspectrum.io.engine.LoadedData;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code spectrum profile FILE [--json]}: the data-quality and exploratory summary. */
@Command(
        name = "profile",
        mixinStandardHelpOptions = true,
        description = "Data quality and exploratory summary: cleaning counts, top products, months, countries, RFM.")
public final class ProfileCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Transactions: CSV, CSV.gz or XLSX.")
    Path file;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Mixin
    InputOptions input;

    @Mixin
    CleaningMixin cleaning;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LoadedData data =
                DataLoader.load(file, input, cleaning, null, spec.commandLine().getErr());
        DataProfile profile = new Profiler().profile(data.cleaning());
        if (json) {
            out.println(Json.write(asJson(data, profile)));
        } else {
            new ProfileText(out).print(data.read().report(), profile);
        }
        out.flush();
        return ExitCodes.OK;
    }

    static Map<String, Object> asJson(LoadedData data, DataProfile profile) {
        Map<String, Object> m = new LinkedHashMap<>();
        var report = data.read().report();
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("file", String.valueOf(report.file()));
        in.put("format", report.format());
        in.put("layout", report.layout());
        in.put("encoding", report.encoding());
        in.put("delimiter", report.delimiter());
        in.put("decimalComma", report.decimalComma());
        in.put("rowsRead", report.rowsRead());
        in.put("badRows", report.badRows());
        in.put("warnings", report.warnings());
        m.put("input", in);
        m.putAll(Json.mapper().convertValue(profile, Map.class));
        return m;
    }
}
