package com.shopperspectrum.core.segment;

import java.util.List;
import java.util.Objects;

/**
 * The table of candidate {@code k} and the choice made from it.
 *
 * @param scores one row per evaluated k, ascending
 * @param chosen the chosen k
 * @param elbow  the elbow of the inertia curve
 * @param reason why {@code chosen} was picked, in one sentence
 */
public record KSelection(List<KScore> scores, int chosen, int elbow, String reason) {
    public KSelection {
        scores = List.copyOf(scores);
        Objects.requireNonNull(reason, "reason");
        if (scores.stream().noneMatch(s -> s.k() == chosen)) {
            throw new IllegalArgumentException("chosen k " + chosen + " is not among the evaluated values");
        }
    }
}
