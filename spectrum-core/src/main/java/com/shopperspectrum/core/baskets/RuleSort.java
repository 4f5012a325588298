package com.shopperspectrum.core.baskets;

import java.util.Comparator;
import java.util.Locale;

/**
 * The order of the rules: by lift (default), support or confidence, descending; ties by the other two measures,
 * then by the antecedent's and the consequent's items, so the order is total and reproducible.
 */
public enum RuleSort {
    LIFT,
    SUPPORT,
    CONFIDENCE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Comparator<AssociationRule> comparator() {
        Comparator<AssociationRule> lift = Comparator.comparingDouble(AssociationRule::lift);
        Comparator<AssociationRule> support = Comparator.comparingLong(AssociationRule::basketsBoth);
        Comparator<AssociationRule> confidence = Comparator.comparingDouble(AssociationRule::confidence);
        Comparator<AssociationRule> first = switch (this) {
            case LIFT -> lift.thenComparing(support).thenComparing(confidence);
            case SUPPORT -> support.thenComparing(confidence).thenComparing(lift);
            case CONFIDENCE -> confidence.thenComparing(lift).thenComparing(support);
        };
        return first.reversed()
                .thenComparing(r -> String.join("+", r.antecedent()))
                .thenComparing(r -> String.join("+", r.consequent()));
    }
}
