package com.shopperspectrum.core.baskets;

import java.util.List;
import java.util.Objects;

/**
 * A rule "a basket with the antecedent also has the consequent", from the exact basket counts; every measure is
 * finite. With N baskets, n(X) the baskets holding every item of X, A the antecedent and B the consequent:
 * support = n(A∪B)/N, confidence = n(A∪B)/n(A), lift = confidence / (n(B)/N), leverage = support − (n(A)/N)(n(B)/N),
 * conviction = (1 − n(B)/N) / (1 − confidence) (Brin et al. 1997).
 *
 * <p>Conviction is undefined (infinite) when the confidence is 1, a rule that never fails in the data: it is then
 * {@code null} (empty in CSV, {@code null} in JSON, "never fails" in text), never a made-up number.
 *
 * @param antecedent             the antecedent's items (stock codes or descriptions), sorted
 * @param consequent             the consequent's items, sorted
 * @param antecedentDescriptions the antecedent items' descriptions, in the same order
 * @param consequentDescriptions the consequent items' descriptions, in the same order
 * @param basketsBoth            baskets with every item of the rule
 * @param basketsAntecedent      baskets with the antecedent
 * @param basketsConsequent      baskets with the consequent
 * @param baskets                all baskets
 */
public record AssociationRule(
        List<String> antecedent,
        List<String> consequent,
        List<String> antecedentDescriptions,
        List<String> consequentDescriptions,
        long basketsBoth,
        long basketsAntecedent,
        long basketsConsequent,
        long baskets) {
    public AssociationRule {
        antecedent = List.copyOf(antecedent);
        consequent = List.copyOf(consequent);
        antecedentDescriptions = List.copyOf(antecedentDescriptions);
        consequentDescriptions = List.copyOf(consequentDescriptions);
        Objects.checkIndex(0, antecedent.size());
        Objects.checkIndex(0, consequent.size());
        if (!(basketsBoth > 0
                && basketsBoth <= Math.min(basketsAntecedent, basketsConsequent)
                && Math.max(basketsAntecedent, basketsConsequent) <= baskets)) {
            throw new IllegalArgumentException("inconsistent rule counts " + basketsBoth + ", " + basketsAntecedent
                    + ", " + basketsConsequent + " of " + baskets);
        }
    }

    public double support() {
        return (double) basketsBoth / baskets;
    }

    public double confidence() {
        return (double) basketsBoth / basketsAntecedent;
    }

    public double lift() {
        return (double) basketsBoth * baskets / ((double) basketsAntecedent * basketsConsequent);
    }

    public double leverage() {
        return support() - ((double) basketsAntecedent / baskets) * ((double) basketsConsequent / baskets);
    }

    /** The conviction, or null when the confidence is 1 (the rule never fails: conviction is infinite). */
    public Double conviction() {
        if (basketsBoth == basketsAntecedent) {
            return null;
        }
        return (1 - (double) basketsConsequent / baskets) / (1 - confidence());
    }

    /** Number of items of the rule. */
    public int items() {
        return antecedent.size() + consequent.size();
    }
}
