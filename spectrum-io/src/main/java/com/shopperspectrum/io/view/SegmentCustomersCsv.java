package com.shopperspectrum.io.view;

import com.shopperspectrum.core.rfm.RfmTable;
import com.shopperspectrum.core.segment.CustomerSegments;
import com.shopperspectrum.core.segment.Segmentation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * One row per customer with their RFM values, k-means segment and RFM scores: the file of {@code spectrum segment
 * -o} (all customers) and {@code GET /api/segments/{name}/customers.csv} (one segment's). Without prices
 * {@code monetary} and {@code m_score} are empty.
 */
public record SegmentCustomersCsv(RfmTable rfm, Segmentation segmentation) {
    /** The header row (without its line break). */
    public static final String HEADER =
            "customer_id,recency,frequency,monetary,cluster,segment,r_score,f_score,m_score,rfm_segment";

    /** Every customer. */
    public static final int ALL = -1;

    public SegmentCustomersCsv {
        Objects.requireNonNull(rfm, "rfm");
        Objects.requireNonNull(segmentation, "segmentation");
    }

    /** Writes the header and the rows of the customers of {@code cluster} ({@link #ALL} for everyone). */
    public void write(Appendable out, int cluster) throws IOException {
        CustomerSegments c = segmentation.customers();
        out.append(HEADER).append('\n');
        for (int i = 0; i < rfm.size(); i++) {
            if (cluster == ALL || c.cluster(i) == cluster) {
                out.append(row(c, i));
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
