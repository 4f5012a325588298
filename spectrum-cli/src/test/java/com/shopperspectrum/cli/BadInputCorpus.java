package com.shopperspectrum.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the bad-input corpus: files a user may hand to {@code profile} or {@code train} that are not what a
 * transactions file should be (broken containers, other encodings and delimiters, impossible values, dirty but
 * valid data), each with what the commands must answer. Generated in a temporary folder, never committed.
 */
final class BadInputCorpus {
    static final String HEADER = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country";

    /** What a command must answer: an exit code and a text its message (exit 2) or output (exit 0) holds. */
    record Outcome(int exit, String text) {
        static Outcome bad(String message) {
            return new Outcome(2, message);
        }

        static Outcome ok(String output) {
            return new Outcome(0, output);
        }
    }

    /**
     * One file of the corpus and the answers of {@code profile} and {@code train}; {@code train} null where the
     * answer is another change's to give (listed in {@code left}).
     */
    record Case(String name, Path file, List<String> options, Outcome profile, Outcome train, String left) {}

    private final Path dir;
    private final List<Case> cases = new ArrayList<>();

    private BadInputCorpus(Path dir) {
        this.dir = dir;
    }

    /** Eight customers buying four products across 2011: a file both commands accept. */
    static List<String> goodRows() {
        List<String> rows = new ArrayList<>();
        String[][] products = {
            {"85123A", "WHITE HANGING HEART T-LIGHT HOLDER", "2.55"},
            {"71053", "WHITE METAL LANTERN", "3.39"},
            {"22633", "HAND WARMER UNION JACK", "1.85"},
            {"84029G", "KNITTED UNION FLAG HOT WATER BOTTLE", "3.75"}
        };
        int invoice = 536365;
        for (int c = 0; c < 8; c++) {
            for (int k = 0; k <= c % 4; k++) {
                String[] p = products[(c + k) % 4];
                String date = String.format("2011-%02d-%02d 10:%02d:00", 1 + (c + 3 * k) % 12, 1 + c, k);
                rows.add(invoice + k + "," + p[0] + "," + p[1] + "," + (1 + c) + "," + date + "," + p[2] + ","
                        + (12346 + c) + ",United Kingdom");
            }
            invoice += 10;
        }
        return rows;
    }

    static List<Case> write(Path dir) throws IOException, InterruptedException {
        BadInputCorpus corpus = new BadInputCorpus(dir);
        corpus.containers();
        corpus.structure();
        corpus.encodings();
        corpus.layouts();
        corpus.values();
        corpus.dirty();
        return corpus.cases;
    }

    private static String csv(List<String> rows) {
        return HEADER + "\n" + String.join("\n", rows) + "\n";
    }

    private static String good() {
        return csv(goodRows());
    }

    /** The good rows with row {@code index}'s field {@code field} replaced by {@code value}. */
    private static String withField(int index, int field, String value) {
        List<String> rows = goodRows();
        String[] f = rows.get(index).split(",", -1);
        f[field] = value;
        rows.set(index, String.join(",", f));
        return csv(rows);
    }

    /** The good rows with every row changed by {@code change}. */
    private static String everyRow(UnaryOperator<String> change) {
        return csv(goodRows().stream().map(change).toList());
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private Path text(String name, String content) throws IOException {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] noise(int length, long seed) {
        byte[] b = new byte[length];
        new Random(seed).nextBytes(b);
        b[0] = 'x'; // not a gzip, zip or XLS magic number
        return b;
    }

    private static byte[] encoded(String text, Charset charset, boolean mark) {
        return ((mark ? "\uFEFF" : "") + text).getBytes(charset);
    }

    /** A bad file: both commands exit 2 with {@code message} (and the file's name). */
    private void bad(String name, Path file, String message, String... options) {
        cases.add(new Case(name, file, List.of(options), Outcome.bad(message), Outcome.bad(message), null));
    }

    /** A valid file, however dirty: {@code profile} prints {@code output}, {@code train} writes a model. */
    private void ok(String name, Path file, String output, String... options) {
        cases.add(new Case(name, file, List.of(options), Outcome.ok(output), Outcome.ok("Model written to"), null));
    }

    /** A file {@code profile} reads; what {@code train} must answer is another change's ({@code left}). */
    private void profileOnly(String name, Path file, String output, String left) {
        cases.add(new Case(name, file, List.of(), Outcome.ok(output), null, left));
    }

    private void containers() throws IOException, InterruptedException {
        bad("empty", file("empty.csv", new byte[0]), "the file is empty");
        bad("only blank lines", text("blank.csv", "\n\n\r\n\n"), "no header row");
        bad("header only", text("header.csv", HEADER + "\n"), "no data rows after the header");
        bad("header only, CRLF", text("header-crlf.csv", HEADER + "\r\n"), "no data rows after the header");
        bad("binary", file("binary.csv", noise(8192, 1)), "does not look like text");
        bad("binary named .gz", file("binary.csv.gz", noise(4096, 2)), "not gzip data");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            many.addAll(goodRows());
        }
        byte[] zipped = gzip(csv(many).getBytes(StandardCharsets.UTF_8));
        bad("truncated gzip", file("cut.csv.gz", Arrays.copyOf(zipped, zipped.length / 2)), "cut short");
        bad("gzip of garbage", file("garbage.csv.gz", gzip(noise(100_000, 3))), "does not look like text");
        bad("gzip of nothing", file("nothing.csv.gz", gzip(new byte[0])), "no header row");
        bad(
                "gzip, header only",
                file("header.csv.gz", gzip((HEADER + "\n").getBytes(StandardCharsets.UTF_8))),
                "no data rows");
        Path folder = Files.createDirectory(dir.resolve("folder.csv"));
        bad("a directory", folder, "is a directory, not a file");
        bad("a missing file", dir.resolve("missing.csv"), "no such file");
        Path fifo = dir.resolve("pipe.csv");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
            bad("a named pipe", fifo, "not a regular file");
        }
        bad(
                "legacy xls",
                file("old.xls", new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, 0, 0, 0, 0}),
                "legacy Excel");
        bad("zip that is not xlsx", file("notes.xlsx", zip("hello.txt", "hi")), "not a readable XLSX workbook");
        bad("xlsx without sheets", file("nosheets.xlsx", workbookWithoutSheets()), "nosheets.xlsx");
        byte[] workbook = ExcelFiles.workbook(List.of(HEADER), goodRows());
        bad("truncated xlsx", file("cut.xlsx", Arrays.copyOf(workbook, workbook.length / 2)), "not a readable XLSX");
        bad("xlsx, header only", file("header.xlsx", ExcelFiles.workbook(List.of(HEADER), List.of())), "no data rows");
        ok("xlsx", file("good.xlsx", workbook), "xlsx");
    }

    private static byte[] zip(String entry, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static byte[] workbookWithoutSheets() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                            + "package/2006/content-types\"><Override PartName=\"/xl/workbook.xml\" ContentType=\""
                            + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats"
                            + ".org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                            + "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\""
                            + "xl/workbook.xml\"/></Relationships>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org"
                            + "/spreadsheetml/2006/main\"><sheets/></workbook>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private void structure() throws IOException {
        ok(
                "BOM and CRLF",
                file("bom-crlf.csv", encoded(good().replace("\n", "\r\n"), StandardCharsets.UTF_8, true)),
                "clean");
        ok("CR line ends", text("cr.csv", good().replace("\n", "\r")), "clean");
        bad(
                "BOM, header only",
                file("bom-header.csv", encoded(HEADER + "\r\n", StandardCharsets.UTF_8, true)),
                "no data rows");
        bad("unbalanced quote", text("quote.csv", withField(3, 2, "\"HAND WARMER")), "fields, expected 8");
        bad(
                "text after a closing quote",
                text("after-quote.csv", withField(3, 2, "\"HAND\" WARMER")),
                "after a closing quote");
        ok("embedded newlines", text("newlines.csv", withField(3, 2, "\"HAND\nWARMER\r\nUNION JACK\"")), "clean");
        List<String> rows = goodRows();
        rows.set(1, rows.get(1).replace("WHITE METAL LANTERN", "\"WHITE\nMETAL\nLANTERN\""));
        String[] fourth = rows.get(4).split(",");
        fourth[3] = "five";
        rows.set(4, String.join(",", fourth));
        bad("embedded newlines, then a bad value", text("newlines-bad.csv", csv(rows)), "line 8, column Quantity");
        ok("a 10 MB field", text("big-field.csv", withField(2, 2, "\"" + "LONG ".repeat(2_000_000) + "\"")), "clean");
        bad(
                "a 10 MB quantity",
                text("big-quantity.csv", withField(2, 3, "7".repeat(10_000_000))),
                "(10,000,000 characters)");
        bad("a 17 MB record", text("huge.csv", withField(2, 2, "\"" + "x".repeat(17 << 20))), "longer than 16 MB");
        bad("missing fields", text("short.csv", good() + "1,A,d,6\n"), "4 fields, expected 8");
        bad("extra fields", text("long.csv", good() + goodRows().get(0) + ",extra\n"), "9 fields, expected 8");
        ok("one row", text("one.csv", csv(goodRows().subList(0, 1))), "clean");
    }

    private void encodings() throws IOException {
        String latin1 = withField(0, 2, "CAFÉ £20");
        ok("invalid UTF-8 (Latin-1)", file("latin1.csv", latin1.getBytes(StandardCharsets.ISO_8859_1)), "ISO-8859-1");
        bad(
                "invalid UTF-8 with --encoding UTF-8",
                file("latin1-strict.csv", latin1.getBytes(StandardCharsets.ISO_8859_1)),
                "not valid UTF-8 text",
                "--encoding",
                "UTF-8");
        bad(
                "invalid UTF-8 after a UTF-8 BOM",
                file(
                        "bom-latin1.csv",
                        encoded(latin1, StandardCharsets.ISO_8859_1, false, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF)),
                "although it starts with a UTF-8 byte order mark");
        for (String name : List.of("UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE")) {
            ok(
                    name + " with BOM",
                    file(name.toLowerCase() + ".csv", encoded(latin1, Charset.forName(name), true)),
                    name);
        }
        bad(
                "UTF-16LE without BOM",
                file("utf16-nobom.csv", encoded(good(), StandardCharsets.UTF_16LE, false)),
                "--encoding UTF-16LE");
        bad("unknown --encoding", text("enc.csv", good()), "--encoding: unknown charset", "--encoding", "KLINGON");
    }

    private static byte[] encoded(String text, Charset charset, boolean mark, byte... prefix) {
        byte[] body = encoded(text, charset, mark);
        byte[] out = Arrays.copyOf(prefix, prefix.length + body.length);
        System.arraycopy(body, 0, out, prefix.length, body.length);
        return out;
    }

    private void layouts() throws IOException {
        ok("semicolons, decimal commas", text("european.csv", european()), "decimal comma");
        ok(
                "semicolons, decimal commas, gzip",
                file("european.csv.gz", gzip(european().getBytes(StandardCharsets.UTF_8))),
                "decimal comma");
        ok("semicolons, points", text("semicolon.csv", good().replace(',', ';')), "';'-delimited");
        ok("tabs", text("tabs.tsv", good().replace(',', '\t')), "tab-delimited");
        ok("pipes", text("pipes.txt", good().replace(',', '|')), "'|'-delimited");
        ok("--decimal-comma given", text("given.csv", european()), "decimal comma", "--decimal-comma");
        ok(
                "--delimiter given",
                text("given-delimiter.csv", good().replace(',', ';')),
                "';'-delimited",
                "--delimiter",
                ";");
        bad(
                "wrong --delimiter",
                text("wrong-delimiter.csv", good().replace(',', ';')),
                "give --delimiter ';'",
                "--delimiter",
                ",");
        bad("unknown --delimiter", text("colon.csv", good()), "--delimiter: ':' is not one of", "--delimiter", ":");
        bad(
                "decimal mark undecided",
                text("either.csv", good().replace(',', ';').replaceAll(";\\d+\\.\\d+;", ";1,250;")),
                "give --decimal-comma (1,250 is 1.250) or --no-decimal-comma (1,250 is 1250)");
        bad(
                "decimal marks mixed",
                text("mixed.csv", european().replaceFirst(";3,39;", ";3.39;")),
                "decimal comma, as line 2: '2,55' shows");
        bad(
                "thousands in a comma file",
                text("thousands.csv", withField(1, 5, "\"1,234.50\"")),
                "'1,234.50' is not a number");
        bad(
                "missing columns",
                text(
                        "missing-column.csv",
                        everyRow(r -> r.substring(0, r.lastIndexOf(','))).replace(",Country\n", "\n")),
                "is not a known layout");
        bad(
                "duplicate header",
                text("duplicate.csv", everyRow(r -> r + ",3").replace("Country\n", "Country,Quantity\n")),
                "column 4 'Quantity' and column 9 'Quantity'");
        bad("unknown layout", text("baskets.csv", "household_id,basket_id\n1,2\n"), "--columns");
        bad(
                "--columns naming no column",
                text("mapped.csv", good()),
                "no column 'cust'",
                "--columns",
                "customer=cust,product=StockCode,date=InvoiceDate");
        bad(
                "ambiguous day/month",
                text(
                        "slashes.csv",
                        everyRow(r -> r.replaceAll("2011-(\\d\\d)-(\\d\\d) ", "$2/$1/2011 ")
                                        .replaceAll("\\b0(\\d)/", "$1/"))
                                .replaceAll("(,|^)1[3-9]/|(,)2\\d/|(,)3[01]/", "$1$2$31/")),
                "--date-format");
    }

    /** The good rows as a European spreadsheet exports them: semicolons, decimal commas, day/month dates. */
    private static String european() {
        return good().replace(',', ';')
                        .replaceAll(";(\\d+)\\.(\\d+);", ";$1,$2;")
                        .replaceAll("2011-(\\d\\d)-(\\d\\d) (\\d\\d:\\d\\d):00", "$2.$1.2011 $3")
                + "536999;85123A;WHITE HANGING HEART T-LIGHT HOLDER;2;13.12.2011 10:00;1.234,50;12346;United Kingdom\n";
    }

    private void values() throws IOException {
        bad("price 1e308", text("1e308.csv", withField(3, 5, "1e308")), "line 5, column UnitPrice: '1e308' is beyond");
        bad("price 1e309", text("1e309.csv", withField(3, 5, "1e309")), "'1e309' is beyond ±1e15");
        bad("price NaN", text("nan.csv", withField(3, 5, "NaN")), "column UnitPrice: 'NaN' is not a number");
        bad("price Infinity", text("inf.csv", withField(3, 5, "Infinity")), "'Infinity' is not a number");
        bad("price -Infinity", text("minf.csv", withField(3, 5, "-Infinity")), "'-Infinity' is not a number");
        bad("line total overflows", text("total.csv", withField(3, 5, "9e14")), "makes a line total of");
        bad("price with a currency sign", text("pound.csv", withField(3, 5, "£2.55")), "'£2.55' is not a number");
        bad(
                "quantity beyond int",
                text("bigq.csv", withField(3, 3, "3000000000")),
                "'3000000000' is beyond the range of a quantity");
        bad("quantity with a fraction", text("fraction.csv", withField(3, 3, "2.5")), "'2.5' is not a whole number");
        bad("quantity text", text("qtext.csv", withField(3, 3, "six")), "'six' is not a whole number");
        bad(
                "NUL in a customer id",
                text("nul.csv", withField(3, 6, "123\u000047")),
                "column CustomerID: '123?47' holds the control character U+0000");
        bad(
                "control character in a stock code",
                text("bell.csv", withField(3, 1, "22\u000733")),
                "column StockCode: '22?33' holds the control character U+0007");
        bad(
                "tab in an invoice",
                text("tab-invoice.csv", withField(3, 0, "\"5363\t65\"")),
                "column InvoiceNo: '5363?65' holds the control character U+0009");
        bad("empty stock code", text("nocode.csv", withField(3, 1, "")), "empty value; a product code is required");
        bad("bad date", text("date.csv", withField(3, 4, "2011-13-45 10:00:00")), "is not a valid date");
        bad("date text", text("yesterday.csv", withField(3, 4, "yesterday")), "'yesterday' is not a date");
    }

    private void dirty() throws IOException {
        String half = csv(goodRows().stream()
                .map(r -> r.startsWith("53637") ? r.replaceFirst(",(\\d+\\.\\d+),", ",-$1,") : r)
                .toList());
        ok("negative prices", text("negative.csv", half), "nonPositivePrice");
        ok("zero prices", text("zero.csv", half.replaceAll(",-\\d+\\.\\d+,", ",0,")), "nonPositivePrice");
        ok(
                "some cancelled",
                text(
                        "some-cancelled.csv",
                        good() + "C536999,85123A,X,-1,2011-12-01 10:00:00,2.55,12346," + "United Kingdom\n"),
                "cancelled");
        ok("missing customers", text("anonymous.csv", withField(0, 6, "")), "missingCustomer");
        ok("--skip-bad-rows", text("skip.csv", withField(3, 3, "six")), "malformed (skipped)", "--skip-bad-rows");
        profileOnly(
                "all cancelled",
                text("cancelled.csv", everyRow(r -> "C" + r.replaceFirst(",(\\d+),20", ",-$1,20"))),
                "cancelled",
                "issue 13 item 11: zero clean rows is exit 2 for train");
        profileOnly(
                "all prices zero",
                text("all-zero.csv", everyRow(r -> r.replaceFirst(",\\d+\\.\\d+,", ",0,"))),
                "nonPositivePrice",
                "issue 13 item 11: zero clean rows is exit 2 for train");
        profileOnly(
                "no customer ids",
                text("nobody.csv", everyRow(r -> r.replaceFirst(",\\d{5},United", ",,United"))),
                "missingCustomer",
                "issue 13 item 11: zero clean rows is exit 2 for train");
    }
}
