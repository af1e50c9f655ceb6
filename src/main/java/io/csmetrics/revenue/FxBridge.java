package io.csmetrics.revenue;

import io.csmetrics.Money;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * The MRR bridge of a multi-currency book over a window of months, in one reporting currency,
 * with an FX-impact line in every period (see {@link FxBridgePeriod} for the formula).
 *
 * <p>As in {@link MrrBridge}, the window's first month is the opening balance and each following
 * month has one period; the periods chain (each starts where the previous ended), which
 * construction checks, so {@code opening + Σ movements + Σ fxImpact = closing} exactly.
 *
 * @param policy the FX policy the amounts were converted under, not null
 * @param firstMonth the window's first month, not null
 * @param openingMrr total MRR in {@code firstMonth}, not negative
 * @param openingAccounts paying accounts in {@code firstMonth}, not negative
 * @param periods the one-month periods in order, chained; copied
 * @implSpec This record is immutable and thread-safe.
 * @since 0.2.0
 */
public record FxBridge(FxPolicy policy, YearMonth firstMonth, Money openingMrr, long openingAccounts,
        List<FxBridgePeriod> periods) implements Serializable {

    /**
     * Validates the bridge.
     *
     * @throws NullPointerException if an argument or period is null
     * @throws IllegalArgumentException if the opening balance is negative, a period is not one
     *     month long, or the periods do not follow each other from the opening balance
     */
    public FxBridge {
        Objects.requireNonNull(policy, "policy must not be null");
        Objects.requireNonNull(firstMonth, "firstMonth must not be null");
        Objects.requireNonNull(openingMrr, "openingMrr must not be null");
        Objects.requireNonNull(periods, "periods must not be null");
        if (openingMrr.isNegative()) {
            throw new IllegalArgumentException("openingMrr must not be negative: " + openingMrr);
        }
        if (openingAccounts < 0) {
            throw new IllegalArgumentException("openingAccounts must not be negative: " + openingAccounts);
        }
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i) == null) {
                throw new NullPointerException("periods[" + i + "] must not be null");
            }
        }
        periods = List.copyOf(periods);
        MrrBridge.checkChain(periods, firstMonth, openingMrr, openingAccounts);
    }

    /**
     * Returns the window's last month.
     *
     * @return {@code firstMonth + periods().size()}
     */
    public YearMonth lastMonth() {
        return firstMonth.plusMonths(periods.size());
    }

    /**
     * Returns the total MRR in the window's last month.
     *
     * @return the closing MRR; the opening MRR for a one-month window
     */
    public Money closingMrr() {
        return periods.isEmpty() ? openingMrr : periods.get(periods.size() - 1).endMrr();
    }

    /**
     * Returns the one-month period ending in a month.
     *
     * @param endMonth a month after {@link #firstMonth()}, up to {@link #lastMonth()}, not null
     * @return the period from {@code endMonth − 1} to {@code endMonth}
     * @throws NullPointerException if {@code endMonth} is null
     * @throws IllegalArgumentException if {@code endMonth} is the first month or outside the window
     */
    public FxBridgePeriod period(YearMonth endMonth) {
        Objects.requireNonNull(endMonth, "endMonth must not be null");
        long i = Months.between(firstMonth, endMonth);
        if (i < 1 || i > periods.size()) {
            throw new IllegalArgumentException("endMonth must be from " + firstMonth.plusMonths(1) + " to "
                    + lastMonth() + ": " + endMonth);
        }
        return periods.get((int) i - 1);
    }

    /**
     * Returns the FX impact summed over the window, {@code closing − opening − Σ movements}.
     *
     * @return the total FX impact, signed; zero for a one-month window
     */
    public Money totalFxImpact() {
        Money total = Money.of(java.math.BigDecimal.ZERO, openingMrr.currency());
        for (FxBridgePeriod p : periods) {
            total = total.plus(p.fxImpact());
        }
        return total;
    }

    /**
     * Returns a multi-line text: the policy, the opening balance and one line per period.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("FxBridge{").append(policy).append(", opening ").append(firstMonth)
                .append(": ").append(openingMrr).append(" (").append(openingAccounts).append(" accounts)");
        for (FxBridgePeriod p : periods) {
            sb.append(System.lineSeparator()).append("  ").append(p);
        }
        return sb.append('}').toString();
    }
}
