package com.shopperspectrum.io.view;

import com.shopperspectrum.core.clv.ClvResult;
import com.shopperspectrum.core.clv.CustomerValue;
import com.shopperspectrum.core.rfm.RfmTable;
import com.shopperspectrum.core.segment.CustomerSegments;
import com.shopperspectrum.core.segment.Segmentation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One row per customer with their RFM values, k-means segment and RFM scores: the file of {@code spectrum segment
 * -o} (all customers) and {@code GET /api/segments/{name}/customers.csv} (one segment's). Without prices
 * {@code monetary} and {@code m_score} are empty. With a CLV analysis (the model's part) three columns follow:
 * {@code p_alive,expected_transactions,clv}, empty where unavailable (not trustworthy, no money, not in the summary).
 */
public record SegmentCustomersCsv(RfmTable rfm, Segmentation segmentation, ClvResult clv) {
    /** The header row (without its line break). */
    public static final String HEADER =
            "customer_id,recency,frequency,monetary,cluster,segment,r_score,f_score,m_score,rfm_segment";

    /** The columns a CLV analysis adds to the header. */
    public static final String CLV_COLUMNS = ",p_alive,expected_transactions,clv";

    /** Every customer. */
    public static final int ALL = -1;

    public SegmentCustomersCsv {
        Objects.requireNonNull(rfm, "rfm");
        Objects.requireNonNull(segmentation, "segmentation");
    }

    /** The table without CLV columns. */
    public SegmentCustomersCsv(RfmTable rfm, Segmentation segmentation) {
        this(rfm, segmentation, null);
    }

    /** Writes the header and the rows of the customers of {@code cluster} ({@link #ALL} for everyone). */
    public void write(Appendable out, int cluster) throws IOException {
        CustomerSegments c = segmentation.customers();
        out.append(HEADER).append(clv == null ? "" : CLV_COLUMNS).append('\n');
        Map<String, CustomerValue> values = new HashMap<>();
        if (clv != null) {
            clv.customers().forEach(v -> values.put(v.customerId(), v));
        }
        for (int i = 0; i < rfm.size(); i++) {
            if (cluster == ALL || c.cluster(i) == cluster) {
                String row = row(c, i);
                out.append(
                        clv == null
                                ? row
                                : row.substring(0, row.length() - 1) + clvCells(values.get(rfm.customerId(i))));
            }
        }
    }

    /** The table as text. */
    public String text(int cluster) {
        StringBuilder b = new StringBuilder();
        try {
            write(b, cluster);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return b.toString();
    }

    private String clvCells(CustomerValue v) {
        boolean ok = clv.trustworthy() && v != null;
        return ','
                + (ok ? cell(v.pAlive()) : "")
                + ','
                + (ok ? cell(v.expectedTransactions()) : "")
                + ','
                + (ok ? cell(v.clv()) : "")
                + '\n';
    }

    private static String cell(double v) {
        return Double.isFinite(v) ? Csv.decimal(v) : "";
    }

    private String row(CustomerSegments c, int i) {
        boolean money = rfm.hasMonetary();
        return Csv.field(rfm.customerId(i))
                + ','
                + rfm.recency(i)
                + ','
                + rfm.frequency(i)
                + ','
                + (money ? Csv.money(rfm.monetary(i)) : "")
                + ','
                + c.cluster(i)
                + ','
                + Csv.field(segmentation.model().names().get(c.cluster(i)))
                + ','
                + c.rScore(i)
                + ','
                + c.fScore(i)
                + ','
                + (money ? Integer.toString(c.mScore(i)) : "")
                + ','
                + Csv.field(c.rfmSegment(i).label())
                + '\n';
    }
}
