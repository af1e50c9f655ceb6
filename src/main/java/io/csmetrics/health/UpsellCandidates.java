package io.csmetrics.health;

import io.csmetrics.Money;
import io.csmetrics.Ratio;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The upsell candidate list the documents describe: healthy accounts with headroom, i.e. accounts
 * that are doing well and already use most of what they bought, so a bigger plan, more seats or
 * another product line is the natural next conversation.
 *
 * <p>An account is a candidate when both hold:
 * <pre>
 *   health score            ≥ minScore           (e.g. 75, the top band)
 *   utilisation = used / entitled ≥ minUtilisation (e.g. 80 % of purchased seats)
 * </pre>
 * "Used" and "entitled" are in any one unit per account: seats, API calls, storage, projects.
 * An account whose entitlement is zero (utilisation undefined) is never a candidate: its headroom
 * is unknown. Candidates are ordered by utilisation (highest first: the closest to their limit),
 * then health (highest first), then MRR (highest first), then account id.
 *
 * <p>Example: A (score 90, 9 of 10 seats, USD 500), B (score 80, 10 of 10, USD 300), C (score 60,
 * 10 of 10), D (score 95, 2 of 10). With minScore 75 and minUtilisation 80 %: B (100 %), A (90 %);
 * C is not healthy enough, D has no need.
 *
 * @since 0.2.0
 */
public final class UpsellCandidates {

    /**
     * One account's health, MRR and use of its entitlement.
     *
     * @param score the account's health score, not null
     * @param mrr the account's MRR, not null, not negative
     * @param used the units in use (e.g. active seats), not negative
     * @param entitled the units purchased (e.g. seats), not negative
     * @implSpec This record is immutable and thread-safe.
     * @since 0.2.0
     */
    public record Entry(HealthScore score, Money mrr, long used, long entitled) {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if {@code score} or {@code mrr} is null
         * @throws IllegalArgumentException if {@code mrr}, {@code used} or {@code entitled} is negative
         */
        public Entry {
            Objects.requireNonNull(score, "score must not be null");
            Objects.requireNonNull(mrr, "mrr must not be null");
            if (mrr.isNegative()) {
                throw new IllegalArgumentException("mrr of " + score.accountId() + " must not be negative: " + mrr);
            }
            if (used < 0 || entitled < 0) {
                throw new IllegalArgumentException("used (" + used + ") and entitled (" + entitled + ") of "
                        + score.accountId() + " must not be negative");
            }
        }

        /**
         * Returns {@code used / entitled}.
         *
         * @return the utilisation, may exceed 1 (over-use); undefined when nothing is entitled
         */
        public Ratio utilisation() {
            return Ratio.of(used, entitled);
        }
    }

    private static final Comparator<Entry> ORDER = Comparator.<Entry, Ratio>comparing(Entry::utilisation).reversed()
            .thenComparing(Comparator.comparingDouble((Entry e) -> e.score().value()).reversed())
            .thenComparing(Entry::mrr, Comparator.reverseOrder())
            .thenComparing(e -> e.score().accountId());

    private UpsellCandidates() {
    }

    /**
     * Selects and orders the upsell candidates.
     *
     * @param entries the accounts, not null, no null element; not modified
     * @param minScore the lowest health score of a candidate, in 0..100
     * @param minUtilisation the lowest utilisation of a candidate, defined, not negative, not null
     * @return the candidates, ordered, unmodifiable
     * @throws NullPointerException if an argument or entry is null
     * @throws IllegalArgumentException if {@code minScore} is outside 0..100 or not a number, or
     *     {@code minUtilisation} is undefined or negative
     * @throws io.csmetrics.CurrencyMismatchException if two candidates' MRR must be compared and
     *     their currencies differ
     */
    public static List<Entry> select(List<Entry> entries, double minScore, Ratio minUtilisation) {
        Objects.requireNonNull(entries, "entries must not be null");
        Objects.requireNonNull(minUtilisation, "minUtilisation must not be null");
        if (!(minScore >= 0 && minScore <= 100)) {
            throw new IllegalArgumentException("minScore must be in 0..100: " + minScore);
        }
        if (!minUtilisation.isDefined() || minUtilisation.compareTo(Ratio.ZERO) < 0) {
            throw new IllegalArgumentException("minUtilisation must be defined and not negative: " + minUtilisation);
        }
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            Objects.requireNonNull(e, "entries must not contain null");
            Ratio u = e.utilisation();
            if (e.score().value() >= minScore && u.isDefined() && u.compareTo(minUtilisation) >= 0) {
                out.add(e);
            }
        }
        out.sort(ORDER);
        return List.copyOf(out);
    }
}
