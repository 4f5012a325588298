package com.shopperspectrum.web.hotpath;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopperspectrum.core.recommend.ProductCatalog;
import com.shopperspectrum.web.ApiLimits;
import com.shopperspectrum.web.ModelService;
import com.shopperspectrum.web.TestModels;
import org.junit.jupiter.api.Test;

/** The cached answers of {@link SimilarAnswers} are the view's bytes ({@code SimilarView}) for every product and n. */
class SimilarAnswersTest {
    @Test
    void similarAnswersAreTheViewsBytesForEveryProductAndN() {
        ModelService service = new ModelService(TestModels.small());
        ProductCatalog products = service.model().products();
        for (int slots : new int[] {1, SimilarAnswers.SLOTS}) { // 1 slot: every other call replaces the entry
            SimilarAnswers answers = new SimilarAnswers(service, slots);
            for (int n : new int[] {1, 2, 3, 5, 10, 11, ApiLimits.MAX_COUNT}) {
                for (int row = 0; row < products.size(); row++) {
                    String code = products.code(row);
                    assertThat(answers.jsonOrNull(code, n))
                            .as(code + " n=" + n)
                            .isEqualTo(service.similar(code, n).json());
                }
            }
        }
    }

    @Test
    void anUnknownProductIsACheapMiss() {
        assertThat(new SimilarAnswers(new ModelService(TestModels.small())).jsonOrNull("NO-SUCH-CODE", 5))
                .isNull();
    }
}
