package io.csmetrics.revenue;

import io.csmetrics.Money;
import io.csmetrics.Ratio;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The expansion (upsell / cross-sell) rate of a period, the documents' "upsell rate", in its two
 * usual forms:
 * <pre>
 *   account expansion rate = accounts expanding / accounts paying at the start
 *   MRR expansion rate     = expansion MRR / MRR at the start
 * </pre>
 * Only accounts paying at the start can expand (a first payment is new business, a return from
 * zero is a reactivation), so the account rate lies in [0, 1]; the MRR rate is at least 0 and
 * unbounded above. Each is a {@link Ratio} of its two parts, undefined (zero denominator) when no
 * account paid at the start.
 *
 * <p>Two sources: a one-month {@link MrrBridgePeriod} ({@link #of(MrrBridgePeriod)}), and the
 * start accounts of a {@link RevenueRetention} over any window ({@link #of(RevenueRetention)}),
 * which counts each start account once, by its end MRR against its start MRR.
 *
 * <p>Worked example (revenue churn example of the documents, extended, in JPY): 20 accounts at
 * the start with JPY 1,500,000; two 50,000 accounts upgrade to 100,000: account rate 2/20 = 10 %,
 * MRR rate 100,000 / 1,500,000 = 6.67 %.
 *
 * @param startMonth the month the period starts from, not null
 * @param endMonth the month it ends in, after {@code startMonth}, not null
 * @param startAccounts accounts paying at the start, not negative
 * @param expandingAccounts of those, the accounts paying more at the end, from 0 to {@code startAccounts}
 * @param startMrr MRR at the start, not negative
 * @param expansionMrr the MRR added by the expanding accounts, not negative, zero exactly when no
 *     account expands
 * @implSpec This record is immutable and thread-safe.
 * @since 0.2.0
 */
public record ExpansionRate(YearMonth startMonth, YearMonth endMonth, long startAccounts, long expandingAccounts,
        Money startMrr, Money expansionMrr) implements Serializable {

    /**
     * Validates the parts.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code endMonth} is not after {@code startMonth}, a
     *     count or amount is negative, {@code expandingAccounts} exceeds {@code startAccounts}, or
     *     {@code expansionMrr} is zero while accounts expand or the reverse
     * @throws io.csmetrics.CurrencyMismatchException if the currencies differ
     */
    public ExpansionRate {
        Objects.requireNonNull(startMonth, "startMonth must not be null");
        Objects.requireNonNull(endMonth, "endMonth must not be null");
        Objects.requireNonNull(startMrr, "startMrr must not be null");
        Objects.requireNonNull(expansionMrr, "expansionMrr must not be null");
        if (!startMrr.isSameCurrency(expansionMrr)) {
            throw new io.csmetrics.CurrencyMismatchException(startMrr.currency(), expansionMrr.currency());
        }
        if (!endMonth.isAfter(startMonth)) {
            throw new IllegalArgumentException("endMonth (" + endMonth + ") must be after startMonth (" + startMonth + ")");
        }
        if (startAccounts < 0 || expandingAccounts < 0 || expandingAccounts > startAccounts) {
            throw new IllegalArgumentException("expandingAccounts (" + expandingAccounts + ") must be from 0 to startAccounts ("
                    + startAccounts + ")");
        }
        if (startMrr.isNegative() || expansionMrr.isNegative()) {
            throw new IllegalArgumentException("startMrr (" + startMrr + ") and expansionMrr (" + expansionMrr
                    + ") must not be negative");
        }
        if (expansionMrr.isZero() != (expandingAccounts == 0)) {
            throw new IllegalArgumentException("expansionMrr (" + expansionMrr + ") must be zero exactly when expandingAccounts ("
                    + expandingAccounts + ") is zero");
        }
    }

    /**
     * Returns the expansion rate of a one-month bridge period.
     *
     * @param period a period one month long, not null
     * @return the rate of the period's expansion against its start
     * @throws NullPointerException if {@code period} is null
     * @throws IllegalArgumentException if the period is longer than a month (its counts are then
     *     account-months, not accounts); use {@link #of(RevenueRetention)} for a longer window
     */
    public static ExpansionRate of(MrrBridgePeriod period) {
        Objects.requireNonNull(period, "period must not be null");
        if (!period.endMonth().equals(period.startMonth().plusMonths(1))) {
            throw new IllegalArgumentException("period must be one month long, for longer windows use RevenueRetention: "
                    + period.startMonth() + "→" + period.endMonth());
        }
        return new ExpansionRate(period.startMonth(), period.endMonth(), period.startAccounts(),
                period.expansion().count(), period.startMrr(), period.expansion().amount());
    }

    /**
     * Returns the expansion rate of the start accounts of a retention window.
     *
     * @param retention the retention from a start month to an end month, not null
     * @return accounts of the start month paying more at the end, and the MRR they added
     * @throws NullPointerException if {@code retention} is null
     */
    public static ExpansionRate of(RevenueRetention retention) {
        Objects.requireNonNull(retention, "retention must not be null");
        return new ExpansionRate(retention.startMonth(), retention.endMonth(), retention.startAccounts(),
                retention.expansion().count(), retention.startMrr(), retention.expansion().amount());
    }

    /**
     * Returns {@code expandingAccounts / startAccounts}.
     *
     * @return the account expansion rate in [0, 1]; undefined with no start account
     */
    public Ratio accountRate() {
        return Ratio.of(expandingAccounts, startAccounts);
    }

    /**
     * Returns {@code expansionMrr / startMrr}.
     *
     * @return the MRR expansion rate, at least 0; undefined when the start MRR is zero
     */
    public Ratio mrrRate() {
        return Ratio.of(expansionMrr, startMrr);
    }
}
