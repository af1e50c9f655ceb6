package io.csmetrics.revenue;

import io.csmetrics.Money;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * One segment's MRR bridge over a window: its opening balance and one
 * {@link SegmentBridgePeriod} per following month, chained.
 *
 * @param segment the segment, not blank
 * @param firstMonth the window's first month, not null
 * @param openingMrr the segment's MRR in {@code firstMonth}, not negative
 * @param openingAccounts the segment's paying accounts in {@code firstMonth}, not negative
 * @param periods the periods in order, each of this segment, chained from the opening balance; copied
 * @implSpec This record is immutable and thread-safe.
 * @since 0.2.0
 */
public record SegmentBridge(String segment, YearMonth firstMonth, Money openingMrr, long openingAccounts,
        List<SegmentBridgePeriod> periods) implements Serializable {

    /**
     * Validates the bridge.
     *
     * @throws NullPointerException if an argument or period is null
     * @throws IllegalArgumentException if the opening balance is negative, a period is of another
     *     segment, or the periods do not follow each other from the opening balance
     */
    public SegmentBridge {
        Objects.requireNonNull(segment, "segment must not be null");
        Objects.requireNonNull(firstMonth, "firstMonth must not be null");
        Objects.requireNonNull(openingMrr, "openingMrr must not be null");
        Objects.requireNonNull(periods, "periods must not be null");
        if (openingMrr.isNegative() || openingAccounts < 0) {
            throw new IllegalArgumentException("opening balance of segment " + segment + " must not be negative: "
                    + openingMrr + " (" + openingAccounts + " accounts)");
        }
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i) == null) {
                throw new NullPointerException("periods[" + i + "] must not be null");
            }
        }
        periods = List.copyOf(periods);
        YearMonth month = firstMonth;
        Money mrr = openingMrr;
        long accounts = openingAccounts;
        for (int k = 0; k < periods.size(); k++) {
            SegmentBridgePeriod p = periods.get(k);
            if (!p.segment().equals(segment)) {
                throw new IllegalArgumentException("periods[" + k + "] is of segment " + p.segment() + ", not " + segment);
            }
            if (!p.startMonth().equals(month) || !p.endMonth().equals(month.plusMonths(1))
                    || !p.startMrr().isEqual(mrr) || p.startAccounts() != accounts) {
                throw new IllegalArgumentException("periods[" + k + "] of segment " + segment + " must start in "
                        + month + " at " + mrr + " (" + accounts + " accounts), the previous balance: " + p);
            }
            month = p.endMonth();
            mrr = p.endMrr();
            accounts = p.endAccounts();
        }
    }

    /**
     * Returns the segment's MRR in a month of the window.
     *
     * @param month a month from {@code firstMonth} to the window's last, not null
     * @return the MRR
     * @throws NullPointerException if {@code month} is null
     * @throws IllegalArgumentException if {@code month} is outside the window
     */
    public Money mrrAt(YearMonth month) {
        int i = index(month);
        return i == 0 ? openingMrr : periods.get(i - 1).endMrr();
    }

    /**
     * Returns the segment's paying accounts in a month of the window.
     *
     * @param month a month of the window, not null
     * @return the count
     * @throws NullPointerException if {@code month} is null
     * @throws IllegalArgumentException if {@code month} is outside the window
     */
    public long accountsAt(YearMonth month) {
        int i = index(month);
        return i == 0 ? openingAccounts : periods.get(i - 1).endAccounts();
    }

    /**
     * Returns the period ending in a month.
     *
     * @param endMonth a month after {@code firstMonth}, in the window, not null
     * @return the period
     * @throws NullPointerException if {@code endMonth} is null
     * @throws IllegalArgumentException if {@code endMonth} is the first month or outside the window
     */
    public SegmentBridgePeriod period(YearMonth endMonth) {
        int i = index(endMonth);
        if (i == 0) {
            throw new IllegalArgumentException("endMonth must be after " + firstMonth + ": " + endMonth);
        }
        return periods.get(i - 1);
    }

    private int index(YearMonth month) {
        Objects.requireNonNull(month, "month must not be null");
        long i = Months.between(firstMonth, month);
        if (i < 0 || i > periods.size()) {
            throw new IllegalArgumentException("month must be from " + firstMonth + " to "
                    + firstMonth.plusMonths(periods.size()) + ": " + month);
        }
        return (int) i;
    }
}
