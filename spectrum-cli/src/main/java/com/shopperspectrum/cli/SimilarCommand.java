package com.shopperspectrum.cli;

import com.shopperspectrum.core.model.ModelOptions;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.core.recommend.ItemNeighbours;
import com.shopperspectrum.core.recommend.MatrixOptions;
import com.shopperspectrum.core.recommend.Product;
import com.shopperspectrum.core.recommend.ProductCatalog;
import com.shopperspectrum.core.recommend.ScoredProduct;
import com.shopperspectrum.io.view.Csv;
import com.shopperspectrum.io.view.SimilarView;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code spectrum similar}: the products that customers who bought a product also bought. */
@Command(
        name = "similar",
        mixinStandardHelpOptions = true,
        description = "Products most similar to a product (item-item cosine), or every product's list with --all.")
public final class SimilarCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ModelInput source;

    @Parameters(
            arity = "0..*",
            paramLabel = "PRODUCT",
            description = "A stock code or words of the description (case-insensitive).")
    List<String> product = new ArrayList<>();

    @Range(min = 1, max = 1000)
    @Option(
            names = "-n",
            paramLabel = "N",
            description = "How many similar products, 1..1000 (default: ${DEFAULT-VALUE}).")
    int n = 5;

    @Option(names = "--all", description = "Every product's list, as CSV (to -o or standard output).")
    boolean all;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "CSV file for --all.")
    Path output;

    @Option(names = "--json", description = "JSON output.")
    boolean json;

    @Mixin
    SimilarityMixin model;

    @Mixin
    InputOptions input;

    @Mixin
    CleaningMixin cleaning;

    @Override
    public Integer call() {
        if (n <= 0) {
            throw new IllegalArgumentException("-n must be at least 1, got " + n);
        }
        if (all == !product.isEmpty()) {
            throw new IllegalArgumentException("give either a PRODUCT or --all");
        }
        if (output != null) {
            OutputPaths.file("-o", output);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SpectrumModel m = source.requireProducts(
                "similar",
                input,
                () -> source.model(
                        input,
                        cleaning,
                        this::trainingOptions,
                        output == null ? null : output.toAbsolutePath().getParent(),
                        err,
                        trained -> {}));
        ProductCatalog catalog = m.products();
        ItemNeighbours neighbours = m.neighbours();
        if (all) {
            writeAll(catalog, neighbours, out, err);
            return ExitCodes.OK;
        }
        String query = String.join(" ", product);
        Product p = catalog.resolve(query);
        List<ScoredProduct> similar = neighbours.similar(p.stockCode(), n);
        if (json) {
            out.println(new SimilarView(p.stockCode(), p.description(), similar).text());
        } else {
            printText(query, p, similar, neighbours, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Only the neighbours: no segmentation, EASE or evaluation, so {@code similar --data FILE} stays quick. */
    private ModelOptions trainingOptions() {
        return new ModelOptions(null, null, model.matrix(), model.similarity(n), 0, null);
    }

    private void printText(
            String query, Product p, List<ScoredProduct> similar, ItemNeighbours neighbours, PrintWriter out) {
        if (!query.equalsIgnoreCase(p.stockCode())) {
            out.printf("'%s' matched %s %s%n", query, p.stockCode(), p.description());
        }
        MatrixOptions matrix = neighbours.matrixOptions();
        out.printf(
                "Products similar to %s %s (%s scope, %s weighting):%n",
                p.stockCode(), p.description(), lower(matrix.scope()), lower(matrix.weighting()));
        if (similar.isEmpty()) {
            out.println("  (none: no other product shares a buyer with it)");
        }
        int rank = 1;
        for (ScoredProduct s : similar) {
            out.printf("%3d  %-12s %-40s %.3f%n", rank++, s.stockCode(), s.description(), s.score());
        }
    }

    private void writeAll(ProductCatalog catalog, ItemNeighbours neighbours, PrintWriter out, PrintWriter err) {
        List<Product> products = new ArrayList<>(catalog.byPopularity());
        boolean includeNonProducts = neighbours.similarityOptions().includeNonProducts();
        products.removeIf(p -> p.nonProduct() && !includeNonProducts);
        products.sort(Comparator.comparing(Product::stockCode));
        try (Writer w = output == null ? null : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            PrintWriter csv = w == null ? out : new PrintWriter(w);
            csv.print("stock_code,rank,similar_stock_code,score\n");
            long rows = 0;
            for (Product p : products) {
                int rank = 1;
                for (ScoredProduct s : neighbours.similar(p.stockCode(), n)) {
                    csv.print(Csv.row(List.of(
                            p.stockCode(),
                            Integer.toString(rank++),
                            s.stockCode(),
                            String.format(Locale.ROOT, "%.6f", s.score()))));
                    rows++;
                }
            }
            csv.flush();
            if (output != null) {
                err.printf("wrote %,d rows for %,d products to %s%n", rows, products.size(), output);
                err.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot write " + output + ": " + e.getMessage(), e));
        }
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
