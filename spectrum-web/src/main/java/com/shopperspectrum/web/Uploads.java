package com.shopperspectrum.web;

import com.shopperspectrum.core.clean.CleaningReport;
import com.shopperspectrum.core.clean.CleaningRule;
import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.io.IoErrors;
import com.shopperspectrum.io.ReadOptions;
import com.shopperspectrum.io.ReadReport;
import com.shopperspectrum.io.engine.EmbeddedEngine;
import com.shopperspectrum.io.engine.LoadedData;
import com.shopperspectrum.io.engine.ReadProgress;
import com.shopperspectrum.io.engine.TrainingJob;
import com.shopperspectrum.io.model.ModelWriter;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.LoggerFactory;

/**
 * The upload page ("Data in"): a CSV, CSV.gz or XLSX file is uploaded, read and cleaned as {@code spectrum train}
 * reads it (the same reader, the same messages), previewed (the recognised layout, the first rows, the cleaning
 * report), read again with the column mapping and date format fixed in the page, and trained in this JVM. The new
 * model is written to the server's model directory (when it has one) and then replaces the served one in one step
 * ({@link ServedModel#replace}). Training is synchronous: the request waits for it (one at a time).
 */
final class Uploads {
    /** The fields a column mapping names, in the order the page shows them ({@link ReadOptions#columns()}). */
    static final List<String> FIELDS =
            List.of("invoice", "product", "description", "quantity", "date", "price", "amount", "customer", "country");

    static final int PREVIEW_ROWS = 10;

    /** What a form adds around the file (boundaries, part headers): a body this much over the limit is refused. */
    static final long FORM_OVERHEAD = 64 * 1024;

    /**
     * A body over the limit is read and thrown away up to this size before the 413 page is sent: a browser that is
     * still sending when the server closes the connection shows "connection reset", not the page. Larger bodies
     * (and ones that take longer than {@link #DISCARD_SECONDS}) are answered at once and the connection closed;
     * the page's script refuses a file over the limit before sending it.
     */
    static final long DISCARD_BYTES = 1L << 30;

    static final long DISCARD_SECONDS = 60;

    /** One row of the preview, as the reader read it (before cleaning). */
    record Row(
            String invoice,
            String product,
            String description,
            String quantity,
            String date,
            String price,
            String customer,
            String country) {}

    /** One line of the cleaning report. */
    record Count(String label, String value) {}

    /** A mapping field and the header name given for it ("" = recognised from the header). */
    record Field(String name, String value) {}

    /**
     * The page: the form, and after an upload its preview or its error, and after training what was trained.
     */
    record View(
            long maxBytes,
            String limit,
            String refusal,
            String id,
            String fileName,
            String error,
            String layout,
            List<Row> rows,
            List<Count> cleaning,
            List<String> warnings,
            List<Field> fields,
            String dateFormat,
            String trained,
            String modelDir,
            String progress) {}

    private final ServedModel served;
    private final UploadSettings settings;
    private final Map<String, Path> files = new ConcurrentHashMap<>();
    private final AtomicReference<Job> job = new AtomicReference<>();
    private final Pages pages;

    Uploads(ServedModel served, UploadSettings settings, Pages pages) {
        this.served = served;
        this.settings = settings;
        this.pages = pages;
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get("/upload", ctx -> {
            if (refused(ctx)) {
                return;
            }
            render(ctx, view(null, null, null, null, Map.of(), null, null));
        });
        routes.post("/upload", this::upload);
        routes.get("/upload/{id}", ctx -> {
            if (!refused(ctx)) {
                preview(ctx, ctx.pathParam("id"), ctx::queryParam);
            }
        });
        routes.post("/upload/{id}/train", this::train);
        routes.get("/upload/{id}/training", this::training);
    }

    /** Sets the multipart limits on the app's configuration. */
    void configure(io.javalin.config.JettyConfig jetty) {
        long mb = (settings.maxBytes() + 1024 * 1024 - 1) / (1024 * 1024);
        jetty.multipartConfig.maxFileSize(mb, SizeUnit.MB);
        jetty.multipartConfig.maxTotalRequestSize(mb + 1, SizeUnit.MB);
        jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
    }

    private boolean refused(Context ctx) {
        if (settings.allowed()) {
            return false;
        }
        ctx.status(403);
        render(ctx, bare(refusal(), null, null, null, null));
        return true;
    }

    private static String refusal() {
        return "Uploads are off: this server listens on a non-loopback address. Start it with --allow-upload to let "
                + "anyone who can reach it upload data and replace the served model.";
    }

    private void upload(Context ctx) throws IOException {
        if (refused(ctx)) {
            return;
        }
        if (ctx.contentLength() > settings.maxBytes() + FORM_OVERHEAD) {
            discard(ctx, ctx.contentLength());
            error(ctx, 413, null, null, "the upload is larger than the upload limit, " + limit());
            return;
        }
        UploadedFile file;
        try {
            file = ctx.uploadedFile("file");
        } catch (Exception e) { // Jetty's multipart parser (a ServletException): over its size limit, or not multipart
            if (overLimit(e)) { // a body without Content-Length (chunked) that grew past the limit
                discard(ctx, -1);
                error(ctx, 413, null, null, "the upload is larger than the upload limit, " + limit());
                return;
            }
            error(
                    ctx,
                    400,
                    null,
                    null,
                    "the upload is not a multipart/form-data form with a file of at most " + limit());
            return;
        }
        if (file == null || file.filename() == null || file.filename().isBlank()) {
            error(ctx, 400, null, null, "choose a CSV, CSV.gz or XLSX file to upload (the form field 'file')");
            return;
        }
        String name = Path.of(file.filename().replace('\\', '/')).getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".csv") || lower.endsWith(".csv.gz") || lower.endsWith(".xlsx"))) {
            error(ctx, 400, null, name, "file: " + name + " is not a .csv, .csv.gz or .xlsx file");
            return;
        }
        if (file.size() > settings.maxBytes()) {
            error(ctx, 413, null, name, "file: " + name + " is larger than the upload limit, " + limit());
            return;
        }
        String id = UUID.randomUUID().toString();
        Path dir = Files.createTempDirectory("spectrum-upload-");
        Path target = dir.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_"));
        try (InputStream in = file.content()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        dir.toFile().deleteOnExit();
        target.toFile().deleteOnExit();
        forgetOthers();
        files.put(id, target);
        ctx.redirect("/upload/" + id, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** Whether the multipart parser stopped at its size limit ("max file size exceeded", "max length exceeded"). */
    private static boolean overLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.startsWith("max file size exceeded") || m.startsWith("max length exceeded")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads and drops a refused body of {@code length} bytes (up to {@link #DISCARD_BYTES}, for at most
     * {@link #DISCARD_SECONDS}) so that the client, done sending, reads the answer on a connection still open.
     */
    private static void discard(Context ctx, long length) {
        if (length > DISCARD_BYTES || "100-continue".equalsIgnoreCase(ctx.header("Expect"))) {
            return; // a client that asked before sending (curl does) gets the answer instead of "continue"
        }
        long deadline = System.nanoTime() + DISCARD_SECONDS * 1_000_000_000L;
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        try (InputStream in = ctx.req().getInputStream()) {
            for (int n; (n = in.read(buffer)) >= 0 && read <= DISCARD_BYTES && System.nanoTime() < deadline; ) {
                read += n; // thrown away
            }
        } catch (IOException | RuntimeException e) {
            // the client went away, or sent less than it said: the answer is the same
        }
    }

    /** Keeps one uploaded file: a new upload deletes the earlier ones. */
    private void forgetOthers() {
        for (Map.Entry<String, Path> e : files.entrySet()) {
            files.remove(e.getKey());
            try {
                Files.deleteIfExists(e.getValue());
                Files.deleteIfExists(e.getValue().getParent());
            } catch (IOException ignored) {
                // a temporary file: deleted on exit otherwise
            }
        }
    }

    private interface Params {
        String get(String name);
    }

    private Map<String, String> mapping(Params params) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String f : FIELDS) {
            String v = params.get(f);
            if (v != null && !v.isBlank()) {
                columns.put(f, v.strip());
            }
        }
        return columns;
    }

    private static String dateFormat(Params params) {
        String v = params.get("dateFormat");
        return v == null || v.isBlank() ? null : v.strip();
    }

    private Path file(Context ctx, String id) {
        Path file = files.get(id);
        if (file == null) {
            throw new NotFoundException(
                    "no such upload: " + id + " (a newer upload or a restart replaced it); " + "upload the file again",
                    List.of());
        }
        return file;
    }

    private void preview(Context ctx, String id, Params params) {
        Path file = file(ctx, id);
        Map<String, String> columns = mapping(params);
        String dateFormat = dateFormat(params);
        LoadedData data;
        try {
            data = load(file, columns, dateFormat);
        } catch (RuntimeException e) {
            error(ctx, 400, id, file.getFileName().toString(), message(e, file), columns, dateFormat);
            return;
        }
        render(ctx, preview(id, file, data, columns, dateFormat, null));
    }

    private void train(Context ctx) {
        if (refused(ctx)) {
            return;
        }
        String id = ctx.pathParam("id");
        Path file = file(ctx, id);
        Map<String, String> columns = mapping(ctx::formParam);
        String dateFormat = dateFormat(ctx::formParam);
        Job running = job.get();
        Job next = new Job(id, file);
        if ((running != null && running.outcome == null) || !job.compareAndSet(running, next)) {
            error(
                    ctx,
                    409,
                    id,
                    file.getFileName().toString(),
                    "a model is already training; wait for it to finish",
                    columns,
                    dateFormat);
            return;
        }
        Thread t = new Thread(() -> next.finish(run(next, columns, dateFormat)), "spectrum-upload-train");
        t.setDaemon(true);
        t.start();
        ctx.redirect("/upload/" + id + "/training", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** The training page: its progress while it runs (the page reloads itself), then what it trained or its error. */
    private void training(Context ctx) {
        if (refused(ctx)) {
            return;
        }
        String id = ctx.pathParam("id");
        Job j = job.get();
        if (j == null || !j.id.equals(id)) {
            throw new NotFoundException(
                    "no training of the upload " + id
                            + " (a newer one or a restart replaced it); upload the file again",
                    List.of());
        }
        Outcome o = j.outcome;
        if (o == null) {
            render(ctx, bare(null, id, j.file.getFileName().toString(), "", j.progress()));
        } else {
            ctx.status(o.status());
            render(ctx, o.view());
        }
    }

    /** What a training ended with: the page's status and view. */
    private record Outcome(int status, View view) {}

    /** One training: its stage while it runs, its outcome when done. */
    private static final class Job {
        final String id;
        final Path file;
        final long started = System.nanoTime();
        volatile String stage = "reading and cleaning";
        volatile long done;
        volatile long total;
        volatile Outcome outcome;

        Job(String id, Path file) {
            this.id = id;
            this.file = file;
        }

        void finish(Outcome o) {
            outcome = o;
        }

        String progress() {
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            String bytes = stage.startsWith("reading") && total > 0
                    ? String.format(Locale.ROOT, " (%.1f of %.1f MB read)", done / 1e6, total / 1e6)
                    : "";
            return String.format(
                    Locale.ROOT, "Training on %s: %s%s, %d s so far.", file.getFileName(), stage, bytes, seconds);
        }
    }

    private Outcome run(Job j, Map<String, String> columns, String dateFormat) {
        Path file = j.file;
        String id = j.id;
        String name = file.getFileName().toString();
        try {
            LoadedData data;
            SpectrumModel model;
            try {
                data = LoadedData.load(
                        file,
                        readOptions(columns, dateFormat),
                        settings.cleaning(),
                        task -> new ReadProgress() {
                            @Override
                            public void bytes(long done, long total) {
                                j.done = done;
                                j.total = total;
                            }

                            @Override
                            public void close() {}
                        },
                        new PrintWriter(new StringWriter()));
                j.stage = "training the model";
                TrainingJob job = new TrainingJob(
                        file.toString(),
                        readOptions(columns, dateFormat),
                        settings.cleaning(),
                        settings.model(),
                        null,
                        settings.programVersion(),
                        new PrintWriter(new StringWriter()));
                model = new EmbeddedEngine().train(job, data);
            } catch (RuntimeException e) {
                return new Outcome(400, view(id, name, message(e, file), null, columns, dateFormat, null));
            }
            if (settings.modelDir() != null) {
                j.stage = "writing the model to " + settings.modelDir();
                try {
                    new ModelWriter().write(model, settings.modelDir());
                } catch (IOException e) {
                    return new Outcome(
                            500,
                            view(
                                    id,
                                    name,
                                    "the model was trained but not written to " + settings.modelDir() + ": "
                                            + IoErrors.describe(e) + "; the served model is unchanged",
                                    null,
                                    columns,
                                    dateFormat,
                                    null));
                }
            }
            served.replace(new ModelService(model, settings.money()));
            return new Outcome(
                    200,
                    preview(
                            id,
                            file,
                            data,
                            columns,
                            dateFormat,
                            String.format(
                                    Locale.ROOT,
                                    "Trained on %s in %d s: %,d customers, %,d products. The server now serves this"
                                            + " model.",
                                    name,
                                    (System.nanoTime() - j.started) / 1_000_000_000L,
                                    model.customers().size(),
                                    model.products().size())));
        } catch (RuntimeException | Error e) {
            LoggerFactory.getLogger(Uploads.class).error("training on the upload {} failed", name, e);
            return new Outcome(
                    500,
                    view(
                            id,
                            name,
                            "internal error while training; see the server log",
                            null,
                            columns,
                            dateFormat,
                            null));
        }
    }

    private LoadedData load(Path file, Map<String, String> columns, String dateFormat) {
        return LoadedData.load(
                file,
                readOptions(columns, dateFormat),
                settings.cleaning(),
                task -> ReadProgress.NONE,
                new PrintWriter(new StringWriter()));
    }

    private static ReadOptions readOptions(Map<String, String> columns, String dateFormat) {
        return new ReadOptions(columns, dateFormat, null, null, false, null);
    }

    /**
     * The reader's or cleaner's own words, as the CLI prints them after "error: ", naming the file as it was
     * uploaded (not the server's temporary copy).
     */
    private static String message(RuntimeException e, Path file) {
        String text;
        if (e instanceof UncheckedIOException io) {
            text = IoErrors.describe(io.getCause());
        } else if (e instanceof IllegalArgumentException
                || e instanceof InvalidInputException
                || e instanceof IllegalStateException) {
            text = e.getMessage();
        } else {
            throw e;
        }
        return String.valueOf(text).replace(file.toString(), file.getFileName().toString());
    }

    private View preview(
            String id, Path file, LoadedData data, Map<String, String> columns, String dateFormat, String trained) {
        ReadReport read = data.read().report();
        TransactionTable t = data.read().table();
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < Math.min(PREVIEW_ROWS, t.size()); r++) {
            rows.add(new Row(
                    t.invoiceId(r),
                    t.stockCode(r),
                    t.descriptionText(r),
                    String.valueOf(t.quantity(r)),
                    String.valueOf(t.dateTime(r)).replace('T', ' '),
                    t.hasPrices() ? String.format(Locale.ROOT, "%.2f", t.unitPrice(r)) : "",
                    t.customerId(r),
                    t.countryName(r)));
        }
        CleaningReport c = data.cleaning().report();
        List<Count> counts = new ArrayList<>();
        counts.add(new Count("Rows read", String.format(Locale.ROOT, "%,d", read.rowsRead())));
        for (Map.Entry<CleaningRule, Long> e : c.removed().entrySet()) {
            counts.add(new Count(
                    "Removed: " + e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    String.format(Locale.ROOT, "%,d", e.getValue())));
        }
        counts.add(new Count("Clean rows", String.format(Locale.ROOT, "%,d", c.clean())));
        List<String> warnings = new ArrayList<>(read.warnings());
        warnings.addAll(c.warnings());
        String layout = (read.layout() == null ? "columns as mapped below" : read.layout()) + ", " + read.format()
                + (read.encoding() == null ? "" : ", " + read.encoding())
                + (read.textLayout().isEmpty() ? "" : ", " + read.textLayout());
        return new View(
                settings.maxBytes(),
                limit(),
                null,
                id,
                file.getFileName().toString(),
                null,
                layout,
                rows,
                counts,
                warnings,
                fields(columns),
                dateFormat == null ? "" : dateFormat,
                trained,
                settings.modelDir() == null ? null : settings.modelDir().toString(),
                null);
    }

    /** A page without a preview: the refusal, or a training's progress. */
    private View bare(String refusal, String id, String fileName, String dateFormat, String progress) {
        return new View(
                settings.maxBytes(),
                limit(),
                refusal,
                id,
                fileName,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                dateFormat,
                null,
                null,
                progress);
    }

    private View view(
            String id,
            String fileName,
            String error,
            String layout,
            Map<String, String> columns,
            String dateFormat,
            String trained) {
        return new View(
                settings.maxBytes(),
                limit(),
                null,
                id,
                fileName,
                error,
                layout,
                List.of(),
                List.of(),
                List.of(),
                fields(columns),
                dateFormat == null ? "" : dateFormat,
                trained,
                settings.modelDir() == null ? null : settings.modelDir().toString(),
                null);
    }

    private void error(Context ctx, int status, String id, String fileName, String message) {
        error(ctx, status, id, fileName, message, Map.of(), null);
    }

    private void error(
            Context ctx,
            int status,
            String id,
            String fileName,
            String message,
            Map<String, String> columns,
            String dateFormat) {
        ctx.status(status);
        render(ctx, view(id, fileName, message, null, columns, dateFormat, null));
    }

    private static List<Field> fields(Map<String, String> columns) {
        return FIELDS.stream()
                .map(f -> new Field(f, columns.getOrDefault(f, "")))
                .toList();
    }

    private String limit() {
        long mb = settings.maxBytes() / (1024 * 1024);
        return mb > 0 ? mb + " MB" : settings.maxBytes() + " bytes";
    }

    private void render(Context ctx, View view) {
        Map<String, Object> params = new HashMap<>();
        params.put("frame", pages.frame(ctx, "Upload data", "/upload", null));
        params.put("page", view);
        ctx.render("upload.jte", params);
    }
}
