package com.shopperspectrum.io.view;

import com.shopperspectrum.core.cohort.CohortModel;
import com.shopperspectrum.core.cohort.CustomerMonths;
import com.shopperspectrum.core.cohort.MigrationMatrix;
import com.shopperspectrum.core.segment.RfmSegment;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The customers' moves from the state after a month end to B, from the cohort part's month-end segments: the file
 * of {@code GET /api/migration/months.csv}. Header {@code customer_id,segment_from,segment_to,rfm_segment_from,
 * rfm_segment_to}; the {@code *_from} cells are empty for a customer with no purchase before that day. Only the
 * segments (for a part without the month-end RFM; with it, {@link MigrationCsv} of the migration between the two
 * days carries the RFM values too); {@code segmentFrom} and
 * {@code segmentTo} keep the movers between two k-means segments as there (null: any).
 *
 * @param part        the cohort part (with its month-end segments)
 * @param point       the index of the state's day among the part's points (not the last, B)
 * @param segmentFrom the k-means segment at that point to keep, or null for all
 * @param segmentTo   the k-means segment as of B to keep, or null for all
 */
public record MonthMovesCsv(CohortModel part, int point, String segmentFrom, String segmentTo) implements CsvView {
    public static final String HEADER = "customer_id,segment_from,segment_to,rfm_segment_from,rfm_segment_to";

    public MonthMovesCsv {
        Objects.requireNonNull(part, "part");
        CustomerMonths months = Objects.requireNonNull(part.months(), "the part's month-end segments");
        if (point < 0 || point >= months.points().size() - 1) {
            throw new IllegalArgumentException(
                    "point " + point + " of " + months.points().size());
        }
    }

    @Override
    public void write(Appendable out) throws IOException {
        CustomerMonths months = part.months();
        List<String> names = part.migration().model().names();
        RfmSegment[] rfm = RfmSegment.values();
        int last = months.points().size() - 1;
        out.append(HEADER).append('\n');
        for (int row = 0; row < months.size(); row++) {
            int a = months.cluster(point, row);
            String from = a < 0 ? null : names.get(a);
            String to = names.get(months.cluster(last, row));
            if (segmentFrom != null && !segmentFrom.equalsIgnoreCase(from == null ? MigrationMatrix.NOT_YET : from)
                    || segmentTo != null && !segmentTo.equalsIgnoreCase(to)) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            cells.add(part.migration().to().rfm().customerId(row));
            cells.add(from);
            cells.add(to);
            cells.add(a < 0 ? null : rfm[months.rfmSegment(point, row)].label());
            cells.add(rfm[months.rfmSegment(last, row)].label());
            out.append(Csv.row(cells));
        }
    }
}
