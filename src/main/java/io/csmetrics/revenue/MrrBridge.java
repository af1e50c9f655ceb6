package io.csmetrics.revenue;

import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
import io.csmetrics.MrrSnapshot;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * The MRR bridge over a window of consecutive months: the opening balance of the first month and
 * one {@link MrrBridgePeriod} per following month, each from the previous month to that month.
 *
 * <p><b>First month.</b> The window's first month is the opening balance: its MRR and paying
 * accounts are reported ({@link #openingMrr()}, {@link #openingAccounts()}) but no movements,
 * because the month before it is outside the window. A window of {@code n} months therefore has
 * {@code n − 1} periods, and period {@code k} ends in month {@code firstMonth + k + 1}. (Whether an
 * account that returns inside the window is new or reactivated is still decided from its whole
 * history, including months before the window.)
 *
 * <p>Each period's bridge holds exactly, and the periods chain: the start of each is the end of
 * the previous one, which construction checks.
 *
 * <p>Example: accounts paying USD 100, 100, 0 and USD 0, 50, 80 in January–March give an
 * opening MRR of USD 100 (one account); February: new USD 50 → USD 150 (two accounts); March:
 * churn USD 100, expansion USD 30 → USD 80 (one account).
 *
 * @param firstMonth the window's first month, the opening balance, not null
 * @param openingMrr the total MRR in {@code firstMonth}, not negative
 * @param openingAccounts the paying accounts in {@code firstMonth}, not negative
 * @param periods the one-month periods of the following months in order, chained; copied
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record MrrBridge(YearMonth firstMonth, Money openingMrr, long openingAccounts, List<MrrBridgePeriod> periods)
        implements Serializable {

    /**
     * Validates the bridge.
     *
     * @throws NullPointerException if an argument or period is null
     * @throws IllegalArgumentException if {@code openingMrr} or {@code openingAccounts} is
     *     negative, a period is not one month long, or the periods do not follow each other from
     *     the opening balance (months, MRR and accounts)
     * @throws io.csmetrics.CurrencyMismatchException if the periods' currency differs from the
     *     opening MRR's
     */
    public MrrBridge {
        Objects.requireNonNull(firstMonth, "firstMonth must not be null");
        Objects.requireNonNull(openingMrr, "openingMrr must not be null");
        Objects.requireNonNull(periods, "periods must not be null");
        if (openingMrr.isNegative()) {
            throw new IllegalArgumentException("openingMrr must not be negative: " + openingMrr);
        }
        if (openingAccounts < 0) {
            throw new IllegalArgumentException("openingAccounts must not be negative: " + openingAccounts);
        }
        Objects.requireNonNull(periods, "periods must not be null")
                .forEach(p -> Objects.requireNonNull(p, "periods must not contain null"));
        periods = List.copyOf(periods);
        checkChain(periods, firstMonth, openingMrr, openingAccounts);
    }

    /**
     * Returns the bridge of snapshots over a window: the snapshots are grouped into one
     * {@link MrrHistory} per account (a month without a snapshot between an account's first and
     * last is zero) and accumulated.
     *
     * @param snapshots the snapshots in any order, one currency, at most one per account and month,
     *     not null, at least one
     * @param firstMonth the window's first month, not null
     * @param lastMonth the window's last month, not before {@code firstMonth}, not null
     * @return the bridge
     * @throws NullPointerException if an argument or snapshot is null
     * @throws IllegalArgumentException if {@code snapshots} is empty, an account has two snapshots
     *     for one month, or the window is invalid
     * @throws CurrencyMismatchException if the snapshots' currencies differ
     */
    public static MrrBridge fromSnapshots(Collection<MrrSnapshot> snapshots, YearMonth firstMonth, YearMonth lastMonth) {
        Objects.requireNonNull(snapshots, "snapshots must not be null");
        List<MrrHistory> histories = MrrHistory.fromSnapshots(snapshots);
        if (histories.isEmpty()) {
            throw new IllegalArgumentException("snapshots must not be empty");
        }
        MrrBridgeAccumulator acc = MrrBridgeAccumulator.create(histories.get(0).currency(), firstMonth, lastMonth);
        histories.forEach(acc);
        return acc.bridge();
    }

    /**
     * Returns the currency of every amount.
     *
     * @return the currency
     */
    public Currency currency() {
        return openingMrr.currency();
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
     * @return the closing MRR; the opening MRR if the window is one month
     */
    public Money closingMrr() {
        return periods.isEmpty() ? openingMrr : periods.get(periods.size() - 1).endMrr();
    }

    /**
     * Returns the paying accounts in the window's last month.
     *
     * @return the closing count
     */
    public long closingAccounts() {
        return periods.isEmpty() ? openingAccounts : periods.get(periods.size() - 1).endAccounts();
    }

    /**
     * Returns the total MRR in a month of the window.
     *
     * @param month a month from {@link #firstMonth()} to {@link #lastMonth()}, not null
     * @return the MRR
     * @throws NullPointerException if {@code month} is null
     * @throws IllegalArgumentException if {@code month} is outside the window
     */
    public Money mrrAt(YearMonth month) {
        int i = index(month, "month", 0);
        return i == 0 ? openingMrr : periods.get(i - 1).endMrr();
    }

    /**
     * Returns the paying accounts in a month of the window.
     *
     * @param month a month from {@link #firstMonth()} to {@link #lastMonth()}, not null
     * @return the number of accounts with MRR above zero
     * @throws NullPointerException if {@code month} is null
     * @throws IllegalArgumentException if {@code month} is outside the window
     */
    public long accountsAt(YearMonth month) {
        int i = index(month, "month", 0);
        return i == 0 ? openingAccounts : periods.get(i - 1).endAccounts();
    }

    /**
     * Returns the one-month period ending in a month.
     *
     * @param endMonth a month after {@link #firstMonth()}, up to {@link #lastMonth()}, not null
     * @return the period from {@code endMonth − 1} to {@code endMonth}
     * @throws NullPointerException if {@code endMonth} is null
     * @throws IllegalArgumentException if {@code endMonth} is the first month or outside the window
     */
    public MrrBridgePeriod period(YearMonth endMonth) {
        return periods.get(index(endMonth, "endMonth", 1) - 1);
    }

    /**
     * Returns the bridge from one month to a later one: the start of {@code from}, the end of
     * {@code to}, and every movement summed over the months in between (counts are therefore
     * account-month movements; an account that churns and reactivates is counted in both).
     *
     * @param from the start month, in the window, not null
     * @param to the end month, after {@code from}, in the window, not null
     * @return the aggregated period; its bridge holds exactly
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a month is outside the window or {@code to} is not after
     *     {@code from}
     */
    public MrrBridgePeriod between(YearMonth from, YearMonth to) {
        int a = index(from, "from", 0);
        int b = index(to, "to", 0);
        if (b <= a) {
            throw new IllegalArgumentException("to (" + to + ") must be after from (" + from + ")");
        }
        MrrBridgePeriod first = periods.get(a);
        MovementTotal newBusiness = first.newBusiness();
        MovementTotal expansion = first.expansion();
        MovementTotal reactivation = first.reactivation();
        MovementTotal contraction = first.contraction();
        MovementTotal churn = first.churn();
        for (int k = a + 1; k < b; k++) {
            MrrBridgePeriod p = periods.get(k);
            newBusiness = newBusiness.plus(p.newBusiness());
            expansion = expansion.plus(p.expansion());
            reactivation = reactivation.plus(p.reactivation());
            contraction = contraction.plus(p.contraction());
            churn = churn.plus(p.churn());
        }
        MrrBridgePeriod last = periods.get(b - 1);
        return new MrrBridgePeriod(from, to, first.startMrr(), first.startAccounts(), newBusiness, expansion,
                reactivation, contraction, churn, last.endMrr(), last.endAccounts());
    }

    private int index(YearMonth month, String name, int min) {
        Objects.requireNonNull(month, name + " must not be null");
        long i = (month.getYear() - (long) firstMonth.getYear()) * 12 + month.getMonthValue() - firstMonth.getMonthValue();
        if (i < min || i > periods.size()) {
            throw new IllegalArgumentException(name + " must be from " + firstMonth.plusMonths(min) + " to "
                    + lastMonth() + ": " + month);
        }
        return (int) i;
    }

    /**
     * Returns a multi-line text: the opening balance and one line per period.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("MrrBridge{opening ").append(firstMonth).append(": ").append(openingMrr)
                .append(" (").append(openingAccounts).append(" accounts)");
        for (MrrBridgePeriod p : periods) {
            sb.append(System.lineSeparator()).append("  ").append(p);
        }
        return sb.append('}').toString();
    }

    /**
     * Checks that consecutive one-month periods chain: each runs from the month the previous one
     * ended in, and starts at the previous one's end balance (the opening balance for the first).
     * Shared by this bridge and {@link FxBridge}.
     *
     * @throws IllegalArgumentException naming the first period that does not chain
     */
    static void checkChain(List<? extends ChainedPeriod> periods, YearMonth firstMonth, Money openingMrr,
            long openingAccounts) {
        YearMonth month = firstMonth;
        Money mrr = openingMrr;
        long accounts = openingAccounts;
        for (int k = 0; k < periods.size(); k++) {
            ChainedPeriod p = periods.get(k);
            if (!p.startMonth().equals(month) || !p.endMonth().equals(month.plusMonths(1))) {
                throw new IllegalArgumentException("periods[" + k + "] must run from " + month + " to "
                        + month.plusMonths(1) + " but runs from " + p.startMonth() + " to " + p.endMonth());
            }
            if (!p.startMrr().isEqual(mrr) || p.startAccounts() != accounts) {
                throw new IllegalArgumentException("periods[" + k + "] must start at " + mrr + " (" + accounts
                        + " accounts), the previous balance, but starts at " + p.startMrr() + " ("
                        + p.startAccounts() + " accounts)");
            }
            month = p.endMonth();
            mrr = p.endMrr();
            accounts = p.endAccounts();
        }
    }

    /** What {@link #checkChain} reads of a period: its months and its balances at both ends. */
    interface ChainedPeriod {
        YearMonth startMonth();

        YearMonth endMonth();

        Money startMrr();

        long startAccounts();

        Money endMrr();

        long endAccounts();
    }
}
