package io.csmetrics.revenue;

import io.csmetrics.Money;
import io.csmetrics.Ratio;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Net and gross revenue retention (NRR, GRR) of the accounts paying at a start month, measured at
 * an end month: no survivor bias (accounts that churned stay in the denominator) and no new
 * business (accounts that started paying after the start month are excluded).
 *
 * <p>Symbols, all sums over the start accounts (MRR {@code s > 0} in the start month, {@code e}
 * in the end month): {@code S = Σ s} ({@link #startMrr()}); {@code E = Σ max(e − s, 0)} over
 * accounts still paying ({@link #expansion()}, the documents' "upsell"); {@code C = Σ (s − e)} over
 * accounts with {@code 0 < e < s} ({@link #contraction()}); {@code X = Σ s} over accounts with
 * {@code e = 0} ({@link #churn()}). Then {@code S + E − C − X = Σ e} ({@link #endMrr()}), and
 * <pre>
 *   NRR (STANDARD)         = (S + E − C − X) / S = Σ e / S
 *   NRR (DOCUMENTS_SIMPLE) = (S + E − X) / S
 *   GRR                    = (S − C − X) / S     = Σ min(e, s) / S
 * </pre>
 * Each is a {@link Ratio} of the two MRR amounts (in the currency's units), so it shows what it is
 * a ratio of. With no start account ({@code S = 0}) each is undefined
 * ({@link Ratio#isDefined()} false). GRR lies in [0, 1]; NRR is at least 0.
 *
 * <p>{@link #reactivated()} holds the part of the above from start accounts that stopped paying
 * inside the window and paid again at the end; {@link ReactivationRule} says whether they count as
 * retained (the default) or churned.
 *
 * <p>Worked example (revenue churn example of the documents, extended, in JPY): 10 accounts on the
 * 50,000 plan and 10 on the 100,000 plan, {@code S = 1,500,000}; three 100,000 accounts leave
 * ({@code X = 300,000}); two 50,000 accounts upgrade to 100,000 ({@code E = 100,000}); one
 * 100,000 account downgrades to 50,000 ({@code C = 50,000}). NRR (documents) = 1,300,000 /
 * 1,500,000 = 86.67 %; NRR (standard) = 1,250,000 / 1,500,000 = 83.33 %; GRR = 1,150,000 /
 * 1,500,000 = 76.67 %.
 *
 * @param startMonth the start month, not null
 * @param endMonth the end month, after {@code startMonth}, not null
 * @param startMrr {@code S}, the MRR of the start accounts in the start month, not negative
 * @param startAccounts the number of start accounts (MRR above zero in the start month)
 * @param expansion {@code E} and the number of start accounts paying more at the end
 * @param contraction {@code C} and the number of start accounts paying less, but not zero, at the end
 * @param churn {@code X} and the number of start accounts paying nothing at the end
 * @param endMrr {@code Σ e}, the end-month MRR of the start accounts
 * @param reactivated the share of the start accounts that paid zero in a month strictly inside the
 *     window and pay at the end, not null
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record RevenueRetention(YearMonth startMonth, YearMonth endMonth, Money startMrr, long startAccounts,
        MovementTotal expansion, MovementTotal contraction, MovementTotal churn, Money endMrr, Reactivated reactivated)
        implements Serializable {

    /**
     * The start accounts that stopped paying in at least one month strictly between the start and
     * end months and pay again at the end: their number, start MRR, and their part of
     * {@link RevenueRetention#expansion()} and {@link RevenueRetention#contraction()}.
     *
     * @param accounts the number of such accounts, not negative
     * @param startMrr their start MRR, not negative
     * @param expansion their expansion (end above start), not null
     * @param contraction their contraction (end below start), not null
     * @implSpec This record is immutable and thread-safe.
     * @since 0.1.0
     */
    public record Reactivated(long accounts, Money startMrr, MovementTotal expansion, MovementTotal contraction)
            implements Serializable {

        /**
         * Validates the share.
         *
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if a count or amount is negative, or more accounts
         *     expanded or contracted than there are
         */
        public Reactivated {
            Objects.requireNonNull(startMrr, "startMrr must not be null");
            Objects.requireNonNull(expansion, "expansion must not be null");
            Objects.requireNonNull(contraction, "contraction must not be null");
            if (accounts < 0) {
                throw new IllegalArgumentException("accounts must not be negative: " + accounts);
            }
            if (startMrr.isNegative()) {
                throw new IllegalArgumentException("startMrr must not be negative: " + startMrr);
            }
            if (expansion.count() + contraction.count() > accounts) {
                throw new IllegalArgumentException("expansion count (" + expansion.count() + ") + contraction count ("
                        + contraction.count() + ") exceeds accounts (" + accounts + ")");
            }
        }
    }

    /**
     * Validates the result and its bridge {@code S + E − C − X = Σ e}.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code endMonth} is not after {@code startMonth}, an
     *     amount or count is negative, more accounts moved than started, losses exceed the start
     *     MRR, or the bridge does not sum
     * @throws io.csmetrics.CurrencyMismatchException if the currencies differ
     */
    public RevenueRetention {
        Objects.requireNonNull(startMonth, "startMonth must not be null");
        Objects.requireNonNull(endMonth, "endMonth must not be null");
        Objects.requireNonNull(startMrr, "startMrr must not be null");
        Objects.requireNonNull(expansion, "expansion must not be null");
        Objects.requireNonNull(contraction, "contraction must not be null");
        Objects.requireNonNull(churn, "churn must not be null");
        Objects.requireNonNull(endMrr, "endMrr must not be null");
        Objects.requireNonNull(reactivated, "reactivated must not be null");
        if (!endMonth.isAfter(startMonth)) {
            throw new IllegalArgumentException("endMonth (" + endMonth + ") must be after startMonth (" + startMonth + ")");
        }
        if (startMrr.isNegative()) {
            throw new IllegalArgumentException("startMrr must not be negative: " + startMrr);
        }
        if (startAccounts < 0) {
            throw new IllegalArgumentException("startAccounts must not be negative: " + startAccounts);
        }
        if ((startAccounts == 0) != startMrr.isZero()) {
            throw new IllegalArgumentException("startMrr (" + startMrr + ") must be zero exactly when startAccounts ("
                    + startAccounts + ") is zero");
        }
        long moved = expansion.count() + contraction.count() + churn.count();
        if (moved > startAccounts) {
            throw new IllegalArgumentException("expansion, contraction and churn counts (" + moved
                    + ") exceed startAccounts (" + startAccounts + ")");
        }
        if (reactivated.accounts() > startAccounts - churn.count()) {
            throw new IllegalArgumentException("reactivated accounts (" + reactivated.accounts()
                    + ") exceed the start accounts still paying (" + (startAccounts - churn.count()) + ")");
        }
        Money losses = contraction.amount().plus(churn.amount());
        if (losses.isGreaterThan(startMrr)) {
            throw new IllegalArgumentException("contraction + churn (" + losses + ") exceeds startMrr (" + startMrr + ")");
        }
        if (reactivated.startMrr().plus(churn.amount()).isGreaterThan(startMrr)
                || reactivated.expansion().amount().isGreaterThan(expansion.amount())
                || reactivated.contraction().amount().isGreaterThan(contraction.amount())
                || reactivated.expansion().count() > expansion.count()
                || reactivated.contraction().count() > contraction.count()) {
            throw new IllegalArgumentException("reactivated share " + reactivated + " exceeds the totals");
        }
        Money bridged = startMrr.plus(expansion.amount()).minus(losses);
        if (!bridged.isEqual(endMrr)) {
            throw new IllegalArgumentException("retention bridge does not sum: startMrr " + startMrr + " + expansion "
                    + expansion.amount() + " − contraction " + contraction.amount() + " − churn " + churn.amount()
                    + " = " + bridged + ", but endMrr is " + endMrr);
        }
    }

    /**
     * Returns the standard NRR with reactivated accounts included,
     * {@code (S + E − C − X) / S = Σ e / S}.
     *
     * @return the NRR; undefined when there is no start account
     */
    public Ratio nrr() {
        return nrr(NrrFormula.STANDARD, ReactivationRule.INCLUDE_REACTIVATED);
    }

    /**
     * Returns the NRR in a named form.
     *
     * <p>With {@link ReactivationRule#EXCLUDE_REACTIVATED}, the {@link #reactivated()} accounts
     * count as churned: {@code E} and {@code C} lose their part and {@code X} gains their start MRR.
     *
     * @param formula which losses to subtract, not null
     * @param rule how accounts that churned and returned inside the window count, not null
     * @return the NRR, e.g. 1,250,000/1,500,000 (standard) or 1,300,000/1,500,000 (documents) in
     *     the class example; undefined when there is no start account
     * @throws NullPointerException if an argument is null
     */
    public Ratio nrr(NrrFormula formula, ReactivationRule rule) {
        Objects.requireNonNull(formula, "formula must not be null");
        Money[] ecx = components(rule);
        Money numerator = startMrr.plus(ecx[0]).minus(ecx[2]);
        if (formula == NrrFormula.STANDARD) {
            numerator = numerator.minus(ecx[1]);
        }
        return Ratio.of(numerator, startMrr);
    }

    /**
     * Returns the GRR with reactivated accounts included, {@code (S − C − X) / S = Σ min(e, s) / S}.
     *
     * @return the GRR in [0, 1]; undefined when there is no start account
     */
    public Ratio grr() {
        return grr(ReactivationRule.INCLUDE_REACTIVATED);
    }

    /**
     * Returns the GRR, {@code (S − C − X) / S}, under a rule for reactivated accounts.
     *
     * @param rule how accounts that churned and returned inside the window count, not null
     * @return the GRR in [0, 1], e.g. 1,150,000/1,500,000 in the class example; undefined when
     *     there is no start account
     * @throws NullPointerException if {@code rule} is null
     */
    public Ratio grr(ReactivationRule rule) {
        Money[] ecx = components(rule);
        return Ratio.of(startMrr.minus(ecx[1]).minus(ecx[2]), startMrr);
    }

    /** {@code E, C, X} under a rule. */
    private Money[] components(ReactivationRule rule) {
        Objects.requireNonNull(rule, "rule must not be null");
        if (rule == ReactivationRule.INCLUDE_REACTIVATED) {
            return new Money[] {expansion.amount(), contraction.amount(), churn.amount()};
        }
        return new Money[] {expansion.amount().minus(reactivated.expansion().amount()),
            contraction.amount().minus(reactivated.contraction().amount()),
            churn.amount().plus(reactivated.startMrr())};
    }

    /**
     * Returns e.g. {@code "2024-01→2025-01: start JPY 1500000 (20 accounts), ..., NRR 83.33 %, GRR 76.67 %, reactivated 0"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return startMonth + "→" + endMonth + ": start " + startMrr + " (" + startAccounts + " accounts), expansion "
                + expansion + ", contraction " + contraction + ", churn " + churn + ", end " + endMrr + ", NRR "
                + percent(nrr()) + ", GRR " + percent(grr()) + ", reactivated " + reactivated.accounts();
    }

    private static String percent(Ratio r) {
        return r.isDefined() ? r.toPercent(2, java.math.RoundingMode.HALF_EVEN).toPlainString() + " %" : "undefined";
    }
}
