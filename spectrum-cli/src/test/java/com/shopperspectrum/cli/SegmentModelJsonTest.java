package com.shopperspectrum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopperspectrum.core.rfm.RfmTable;
import com.shopperspectrum.core.segment.RfmValues;
import com.shopperspectrum.core.segment.SegmentModel;
import com.shopperspectrum.core.segment.SegmentOptions;
import com.shopperspectrum.core.segment.SegmentTrainer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The model artifact (a later issue) will be JSON: the model's state must survive a Jackson round trip. */
class SegmentModelJsonTest {
    @Test
    void modelRoundTripsThroughJsonAndPredictsTheSame() throws Exception {
        RfmTable rfm = new RfmTable(
                new String[] {"1", "2", "3", "4", "5", "6", "7", "8"},
                new int[] {2, 3, 40, 50, 200, 220, 10, 12},
                new int[] {30, 25, 5, 4, 1, 1, 1, 2},
                new double[] {9000, 7000, 900, 800, 50, 70, 100, 90},
                LocalDate.of(2011, 12, 10),
                true);
        SegmentModel model = new SegmentTrainer()
                .fit(rfm, SegmentOptions.DEFAULT.withK(SegmentOptions.AUTO_K).withRestarts(3))
                .model();
        ObjectMapper mapper = new ObjectMapper();

        String json = mapper.writeValueAsString(model);
        SegmentModel back = mapper.readValue(json, SegmentModel.class);

        assertThat(json).contains("\"centroids\"", "\"quintiles\"", "\"kSelection\"", "\"scaler\"");
        assertThat(back).isEqualTo(model);
        RfmValues values = new RfmValues(5.0, 8.0, 1200.0);
        assertThat(back.predict(values)).isEqualTo(model.predict(values));
    }
}
