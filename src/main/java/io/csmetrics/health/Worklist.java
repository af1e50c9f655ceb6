package io.csmetrics.health;

import io.csmetrics.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A CSM's worklist: accounts ordered by who needs attention first — lowest health first, ties
 * broken by MRR at risk (highest first), then by account id for a stable order.
 *
 * <p>Example: A 35 / USD 500, B 35 / USD 2000, C 20 / USD 100 → C, B, A.
 *
 * @since 0.1.0
 */
public final class Worklist {

    /**
     * One line of a worklist.
     *
     * @param score the account's score, not null
     * @param mrrAtRisk the MRR that would be lost if it churned, not null, not negative
     * @implSpec This class is immutable and thread-safe.
     * @since 0.1.0
     */
    public record Entry(HealthScore score, Money mrrAtRisk) {

        /**
         * Checks the components.
         *
         * @param score not null
         * @param mrrAtRisk not null, not negative
         * @throws NullPointerException if a component is null
         * @throws IllegalArgumentException if the MRR is negative
         */
        public Entry {
            Objects.requireNonNull(score, "score must not be null");
            Objects.requireNonNull(mrrAtRisk, "mrrAtRisk must not be null");
            if (mrrAtRisk.isNegative()) {
                throw new IllegalArgumentException("mrrAtRisk of " + score.accountId() + " must not be negative: "
                        + mrrAtRisk);
            }
        }
    }

    private static final Comparator<Entry> ORDER = Comparator.<Entry>comparingDouble(e -> e.score().value())
            .thenComparing(Entry::mrrAtRisk, Comparator.reverseOrder())
            .thenComparing(e -> e.score().accountId());

    private Worklist() {
    }

    /**
     * Orders entries: lowest health first, then highest MRR at risk, then account id.
     *
     * @param entries the entries, not null; not modified
     * @return a new ordered, unmodifiable list
     * @throws NullPointerException if the list or an entry is null
     * @throws io.csmetrics.CurrencyMismatchException if MRR is in more than one currency
     */
    public static List<Entry> order(List<Entry> entries) {
        Objects.requireNonNull(entries, "entries must not be null");
        List<Entry> sorted = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            sorted.add(Objects.requireNonNull(e, "entries must not contain null"));
        }
        sorted.sort(ORDER);
        return List.copyOf(sorted);
    }
}
