package io.csmetrics.revenue;

import io.csmetrics.Money;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One month of the MRR bridge of a book with a free plan, under a named {@link FreeToPaid} rule,
 * with paying and free customers counted apart.
 *
 * <p>{@code freeToPaid} are the customers on the free plan in the start month who pay in the end
 * month, {@code paidToFree} the paying customers who move down to the free plan; both are also in
 * the movements, where the rule puts them:
 * <ul>
 *   <li>{@link FreeToPaid#NEW}: free → paid is in {@code newBusiness} (or {@code reactivation} if
 *   the customer paid before), paid → free in {@code churn};</li>
 *   <li>{@link FreeToPaid#EXPANSION}: free → paid is in {@code expansion}, paid → free in
 *   {@code contraction}.</li>
 * </ul>
 * The MRR bridge holds exactly under both rules, and construction checks it, with the paying
 * accounts' bridge:
 * <pre>
 *   startMrr + new + expansion + reactivation − contraction − churn = endMrr
 *   startPaying + count(new) + count(reactivation) − count(churn) [+ count(freeToPaid) − count(paidToFree) under EXPANSION] = endPaying
 * </pre>
 * Free customers ({@code startFree}, {@code endFree}) have zero MRR and are never in the paying
 * counts.
 *
 * <p>Worked example (the documents'): one customer on the free plan in January pays JPY 2,000 in
 * February. Under EXPANSION: expansion JPY 2,000 (1), new 0, freeToPaid JPY 2,000 (1); under NEW:
 * new JPY 2,000 (1), expansion 0. Both: start JPY 0 (0 paying, 1 free), end JPY 2,000 (1 paying,
 * 0 free).
 *
 * @param rule the rule the movements follow, not null
 * @param startMonth the start month, not null
 * @param endMonth the end month, after {@code startMonth}, not null
 * @param startMrr MRR in the start month, not negative
 * @param startPaying paying customers in the start month, not negative
 * @param startFree customers on the free plan in the start month, not negative
 * @param newBusiness new business MRR
 * @param expansion expansion MRR
 * @param reactivation reactivation MRR
 * @param contraction contraction MRR
 * @param churn churned MRR
 * @param freeToPaid MRR and customers moving from the free plan to a paid one
 * @param paidToFree start MRR and customers moving from a paid plan to the free one
 * @param endMrr MRR in the end month, not negative
 * @param endPaying paying customers in the end month, not negative
 * @param endFree customers on the free plan in the end month, not negative
 * @implSpec This record is immutable and thread-safe.
 * @since 0.2.0
 */
public record FreePlanBridgePeriod(FreeToPaid rule, YearMonth startMonth, YearMonth endMonth, Money startMrr,
        long startPaying, long startFree, MovementTotal newBusiness, MovementTotal expansion, MovementTotal reactivation,
        MovementTotal contraction, MovementTotal churn, MovementTotal freeToPaid, MovementTotal paidToFree, Money endMrr,
        long endPaying, long endFree) implements Serializable {

    /**
     * Validates the period.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code endMonth} is not after {@code startMonth}, a count
     *     or MRR is negative, or a bridge does not sum
     * @throws io.csmetrics.CurrencyMismatchException if the currencies differ
     */
    public FreePlanBridgePeriod {
        Objects.requireNonNull(rule, "rule must not be null");
        Objects.requireNonNull(startMonth, "startMonth must not be null");
        Objects.requireNonNull(endMonth, "endMonth must not be null");
        Objects.requireNonNull(startMrr, "startMrr must not be null");
        Objects.requireNonNull(newBusiness, "newBusiness must not be null");
        Objects.requireNonNull(expansion, "expansion must not be null");
        Objects.requireNonNull(reactivation, "reactivation must not be null");
        Objects.requireNonNull(contraction, "contraction must not be null");
        Objects.requireNonNull(churn, "churn must not be null");
        Objects.requireNonNull(freeToPaid, "freeToPaid must not be null");
        Objects.requireNonNull(paidToFree, "paidToFree must not be null");
        Objects.requireNonNull(endMrr, "endMrr must not be null");
        if (!endMonth.isAfter(startMonth)) {
            throw new IllegalArgumentException("endMonth (" + endMonth + ") must be after startMonth (" + startMonth + ")");
        }
        if (startMrr.isNegative() || endMrr.isNegative() || startPaying < 0 || startFree < 0 || endPaying < 0
                || endFree < 0) {
            throw new IllegalArgumentException("MRR and counts must not be negative: startMrr " + startMrr + " ("
                    + startPaying + " paying, " + startFree + " free), endMrr " + endMrr + " (" + endPaying + " paying, "
                    + endFree + " free)");
        }
        Money bridged = startMrr.plus(newBusiness.amount()).plus(expansion.amount()).plus(reactivation.amount())
                .minus(contraction.amount()).minus(churn.amount());
        if (!bridged.isEqual(endMrr)) {
            throw new IllegalArgumentException("MRR bridge does not sum: " + bridged + " but endMrr is " + endMrr);
        }
        long paying = startPaying + newBusiness.count() + reactivation.count() - churn.count();
        if (rule == FreeToPaid.EXPANSION) {
            paying += freeToPaid.count() - paidToFree.count();
        }
        if (paying != endPaying) {
            throw new IllegalArgumentException("paying-account bridge does not sum under " + rule + ": " + paying
                    + " but endPaying is " + endPaying);
        }
    }

    /**
     * Returns e.g. {@code "EXPANSION 2024-01→2024-02: JPY 0 (0 paying, 1 free) ... = JPY 2000 (1 paying, 0 free)"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return rule + " " + startMonth + "→" + endMonth + ": " + startMrr + " (" + startPaying + " paying, " + startFree
                + " free) + new " + newBusiness + " + expansion " + expansion + " + reactivation " + reactivation
                + " − contraction " + contraction + " − churn " + churn + " [free→paid " + freeToPaid + ", paid→free "
                + paidToFree + "] = " + endMrr + " (" + endPaying + " paying, " + endFree + " free)";
    }
}
