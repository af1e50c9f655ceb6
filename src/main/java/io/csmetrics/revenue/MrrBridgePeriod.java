package io.csmetrics.revenue;

import io.csmetrics.Arr;
import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import io.csmetrics.Mrr;
import io.csmetrics.Ratio;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * The MRR bridge of one period: the MRR and paying accounts at its start and end, and every
 * movement in between.
 *
 * <p>The bridge holds exactly, and construction checks it:
 * <pre>
 *   startMrr + new + expansion + reactivation − contraction − churn = endMrr
 *   startAccounts + count(new) + count(reactivation) − count(churn)  = endAccounts
 * </pre>
 * where {@code startMrr} is the total MRR in {@code startMonth}, {@code endMrr} in
 * {@code endMonth}, and each movement is a {@link MovementTotal} (a positive amount and a count of
 * accounts, see {@link MovementType}). A paying account is one with MRR above zero.
 *
 * <p>A one-month period has {@code startMonth = endMonth − 1}; a longer period (from
 * {@link MrrBridge#between(YearMonth, YearMonth)}) sums its months' movements, so its counts are
 * numbers of account-month movements, not of distinct accounts.
 *
 * <p>Worked example (USD, March to April): start USD 1,000.00 from 10 accounts; one new account
 * at USD 100.00; two expansions of USD 30.00 and USD 20.00; one contraction of USD 40.00; one
 * churned account of USD 60.00. End = 1,000 + 100 + 50 + 0 − 40 − 60 = USD 1,050.00 from
 * 10 + 1 + 0 − 1 = 10 accounts.
 *
 * @param startMonth the month the period starts from, not null
 * @param endMonth the month the period ends in, after {@code startMonth}, not null
 * @param startMrr the total MRR in {@code startMonth}, not negative
 * @param startAccounts the paying accounts in {@code startMonth}, not negative
 * @param newBusiness MRR of accounts paying for the first time
 * @param expansion MRR added by paying accounts that grew
 * @param reactivation MRR of accounts that return after at least one month at zero
 * @param contraction MRR lost by paying accounts that shrank but still pay
 * @param churn MRR lost by accounts that stopped paying
 * @param endMrr the total MRR in {@code endMonth}, not negative
 * @param endAccounts the paying accounts in {@code endMonth}, not negative
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record MrrBridgePeriod(YearMonth startMonth, YearMonth endMonth, Money startMrr, long startAccounts,
        MovementTotal newBusiness, MovementTotal expansion, MovementTotal reactivation, MovementTotal contraction,
        MovementTotal churn, Money endMrr, long endAccounts)
        implements Serializable, MrrBridge.ChainedPeriod {

    /**
     * Validates the period and its bridge.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code endMonth} is not after {@code startMonth}, an
     *     MRR or account count is negative, or the money or the account bridge does not sum
     * @throws CurrencyMismatchException if the amounts' currencies differ
     */
    public MrrBridgePeriod {
        Objects.requireNonNull(startMonth, "startMonth must not be null");
        Objects.requireNonNull(endMonth, "endMonth must not be null");
        Objects.requireNonNull(startMrr, "startMrr must not be null");
        Objects.requireNonNull(newBusiness, "newBusiness must not be null");
        Objects.requireNonNull(expansion, "expansion must not be null");
        Objects.requireNonNull(reactivation, "reactivation must not be null");
        Objects.requireNonNull(contraction, "contraction must not be null");
        Objects.requireNonNull(churn, "churn must not be null");
        Objects.requireNonNull(endMrr, "endMrr must not be null");
        checkEnds(startMonth, endMonth, startMrr, endMrr, startAccounts, endAccounts);
        Money bridged = startMrr.plus(newBusiness.amount()).plus(expansion.amount()).plus(reactivation.amount())
                .minus(contraction.amount()).minus(churn.amount());
        if (!bridged.isEqual(endMrr)) {
            throw new IllegalArgumentException("MRR bridge does not sum: startMrr " + startMrr + " + new "
                    + newBusiness.amount() + " + expansion " + expansion.amount() + " + reactivation "
                    + reactivation.amount() + " − contraction " + contraction.amount() + " − churn " + churn.amount()
                    + " = " + bridged + ", but endMrr is " + endMrr);
        }
        long bridgedAccounts = startAccounts + newBusiness.count() + reactivation.count() - churn.count();
        if (bridgedAccounts != endAccounts) {
            throw new IllegalArgumentException("account bridge does not sum: startAccounts " + startAccounts + " + new "
                    + newBusiness.count() + " + reactivation " + reactivation.count() + " − churn " + churn.count()
                    + " = " + bridgedAccounts + ", but endAccounts is " + endAccounts);
        }
    }

    /**
     * Returns the total of one kind of movement.
     *
     * @param type the movement, not null
     * @return its total
     * @throws NullPointerException if {@code type} is null
     */
    public MovementTotal movement(MovementType type) {
        Objects.requireNonNull(type, "type must not be null");
        return switch (type) {
            case NEW -> newBusiness;
            case EXPANSION -> expansion;
            case REACTIVATION -> reactivation;
            case CONTRACTION -> contraction;
            case CHURN -> churn;
        };
    }

    /**
     * Returns the net new MRR, {@code endMrr − startMrr = new + expansion + reactivation −
     * contraction − churn}.
     *
     * @return the change, negative when MRR shrank
     */
    public Money netNewMrr() {
        return endMrr.minus(startMrr);
    }

    /**
     * Tells whether no account moved in the period.
     *
     * @return true if every movement count is zero
     */
    public boolean hasNoMovement() {
        return newBusiness.count() == 0 && expansion.count() == 0 && reactivation.count() == 0
                && contraction.count() == 0 && churn.count() == 0;
    }

    /**
     * Returns the SaaS quick ratio of the period, see
     * {@link RevenueMetrics#quickRatio(MrrBridgePeriod, QuickRatioBasis)}.
     *
     * @param basis whether reactivation counts as a gain, not null
     * @return gains / losses; undefined (zero denominator) when nothing was lost
     * @throws NullPointerException if {@code basis} is null
     */
    public Ratio quickRatio(QuickRatioBasis basis) {
        return RevenueMetrics.quickRatio(this, basis);
    }

    /**
     * Returns the ARR at the end of the period, {@code 12 × endMrr}.
     *
     * @return the ARR, exact
     */
    public Arr endArr() {
        return RevenueMetrics.arr(endMrr);
    }

    /**
     * Returns the average revenue per paying account at the end of the period,
     * {@code endMrr / endAccounts}, exact.
     *
     * @return the ARPA; empty when no account pays at the end
     */
    public Optional<Mrr> endArpa() {
        return RevenueMetrics.arpa(endMrr, endAccounts);
    }

    /**
     * Returns e.g. {@code "2024-03→2024-04: USD 1000.00 (10) + new USD 100.00 (1) + expansion ... = USD 1050.00 (10)"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return startMonth + "→" + endMonth + ": " + startMrr + " (" + startAccounts + ") + new " + newBusiness
                + " + expansion " + expansion + " + reactivation " + reactivation + " − contraction " + contraction
                + " − churn " + churn + " = " + endMrr + " (" + endAccounts + ")";
    }

    /**
     * The checks every bridge period shares (this one, {@link FxBridgePeriod}, {@link SegmentBridgePeriod}):
     * months in order, MRR and account counts at both ends not negative.
     *
     * @throws IllegalArgumentException naming the first value that is out of range
     */
    static void checkEnds(YearMonth startMonth, YearMonth endMonth, Money startMrr, Money endMrr, long startAccounts,
            long endAccounts) {
        if (!endMonth.isAfter(startMonth)) {
            throw new IllegalArgumentException("endMonth (" + endMonth + ") must be after startMonth (" + startMonth + ")");
        }
        if (startMrr.isNegative()) {
            throw new IllegalArgumentException("startMrr must not be negative: " + startMrr);
        }
        if (endMrr.isNegative()) {
            throw new IllegalArgumentException("endMrr must not be negative: " + endMrr);
        }
        if (startAccounts < 0) {
            throw new IllegalArgumentException("startAccounts must not be negative: " + startAccounts);
        }
        if (endAccounts < 0) {
            throw new IllegalArgumentException("endAccounts must not be negative: " + endAccounts);
        }
    }
}
