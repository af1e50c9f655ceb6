package io.csmetrics.revenue;

import java.io.ObjectInputStream;
import java.io.InvalidObjectException;
import java.io.IOException;
import io.csmetrics.Accumulator;
import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collector;

/**
 * Accumulates the monthly MRR bridge of a book with a free plan under a {@link FreeToPaid} rule:
 * one {@link FreePlanBridgePeriod} per month after the window's first, paying and free customers
 * counted apart. Which zero-MRR months are free-plan months comes from a {@link FreePlan}.
 *
 * <p>Classification of an account from MRR {@code p} (start month) to {@code c} (end month),
 * with {@code f₀}, {@code f₁} "on the free plan" in those months: free → paid ({@code f₀}, {@code c > 0})
 * and paid → free ({@code p > 0}, {@code f₁}) follow the rule; every other change is classified
 * as {@link MovementType} says. With {@link FreePlan#none()} the movements equal
 * {@link MrrBridgeAccumulator}'s under both rules.
 *
 * <p>This class is a mutable accumulator: not thread-safe; a parallel stream gives each thread
 * its own instance. Sums are exact {@code long} minor units with overflow checks.
 *
 * @since 0.2.0
 */
public final class FreePlanBridgeAccumulator implements Accumulator<MrrHistory, FreePlanBridgeAccumulator> {

    private static final long serialVersionUID = 1L;

    private static final int END_MRR = 0;
    private static final int PAYING = 1;
    private static final int FREE = 2;
    private static final int NEW = 3;
    private static final int EXPANSION = 5;
    private static final int REACTIVATION = 7;
    private static final int CONTRACTION = 9;
    private static final int CHURN = 11;
    private static final int FREE_TO_PAID = 13;
    private static final int PAID_TO_FREE = 15;
    private static final int STRIDE = 17;

    private final Currency currency;
    private final FreeToPaid rule;
    private final FreePlan freePlan;
    private final YearMonth firstMonth;
    private final int months;
    private final long[] state;

    private FreePlanBridgeAccumulator(Currency currency, FreeToPaid rule, FreePlan freePlan, YearMonth firstMonth,
            int months) {
        this.currency = currency;
        this.rule = rule;
        this.freePlan = freePlan;
        this.firstMonth = firstMonth;
        this.months = months;
        this.state = new long[months * STRIDE];
    }

    /**
     * Returns an empty accumulator over the window {@code firstMonth..lastMonth}.
     *
     * @param currency the currency, not null
     * @param rule how free → paid and paid → free count, not null
     * @param freePlan which zero-MRR months are free-plan months, not null
     * @param firstMonth the first month (the opening balance), not null
     * @param lastMonth the last month, not before {@code firstMonth}, not null
     * @return the accumulator
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the window is invalid or too long, or the currency has
     *     no minor unit
     */
    public static FreePlanBridgeAccumulator create(Currency currency, FreeToPaid rule, FreePlan freePlan,
            YearMonth firstMonth, YearMonth lastMonth) {
        Money.zero(Objects.requireNonNull(currency, "currency must not be null"));
        Objects.requireNonNull(rule, "rule must not be null");
        Objects.requireNonNull(freePlan, "freePlan must not be null");
        int n = Months.window(firstMonth, lastMonth, "firstMonth", "lastMonth", MrrBridgeAccumulator.MAX_MONTHS);
        return new FreePlanBridgeAccumulator(currency, rule, freePlan, firstMonth, n);
    }

    /**
     * Returns a collector into the periods of the window.
     *
     * @param currency the currency, not null
     * @param rule the rule, not null
     * @param freePlan the free-plan months, not null
     * @param firstMonth the first month, not null
     * @param lastMonth the last month, not null
     * @return the collector; its result lists one period per month after the first
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as {@link #create}
     */
    public static Collector<MrrHistory, FreePlanBridgeAccumulator, List<FreePlanBridgePeriod>> collector(
            Currency currency, FreeToPaid rule, FreePlan freePlan, YearMonth firstMonth, YearMonth lastMonth) {
        create(currency, rule, freePlan, firstMonth, lastMonth);
        return Accumulator.collector(() -> create(currency, rule, freePlan, firstMonth, lastMonth),
                FreePlanBridgeAccumulator::periods);
    }

    /**
     * Adds one account.
     *
     * @param history the account's paid MRR, in this accumulator's currency, not null
     * @throws NullPointerException if {@code history} is null
     * @throws CurrencyMismatchException if the currency differs; this is unchanged
     * @throws ArithmeticException if a sum would overflow a {@code long}; this is unchanged
     */
    @Override
    public void accept(MrrHistory history) {
        Objects.requireNonNull(history, "history must not be null");
        if (!currency.equals(history.currency())) {
            throw new CurrencyMismatchException(currency, history.currency());
        }
        long offset = Months.between(firstMonth, history.firstMonth());
        long[] series = history.toMinorUnitsArray();
        boolean[] free = new boolean[months];
        long[] delta = new long[state.length];
        for (int w = 0; w < months; w++) {
            if (value(series, offset, w) == 0) {
                free[w] = freePlan.isFree(history.accountId(), firstMonth.plusMonths(w));
            }
        }
        long v0 = value(series, offset, 0);
        delta[END_MRR] = v0;
        delta[PAYING] = v0 > 0 ? 1 : 0;
        delta[FREE] = free[0] ? 1 : 0;
        boolean paid = false;
        for (long i = 0; i < Math.min(series.length, 1 - offset); i++) {
            paid |= series[(int) i] > 0;
        }
        for (int w = 1; w < months; w++) {
            long p = value(series, offset, w - 1);
            long c = value(series, offset, w);
            int b = w * STRIDE;
            delta[b + END_MRR] = c;
            delta[b + PAYING] = c > 0 ? 1 : 0;
            delta[b + FREE] = free[w] ? 1 : 0;
            if (p == 0 && c > 0) {
                if (free[w - 1]) {
                    add(delta, b + FREE_TO_PAID, c);
                }
                if (free[w - 1] && rule == FreeToPaid.EXPANSION) {
                    add(delta, b + EXPANSION, c);
                } else {
                    add(delta, b + (paid ? REACTIVATION : NEW), c);
                }
                paid = true;
            } else if (p > 0 && c == 0) {
                if (free[w]) {
                    add(delta, b + PAID_TO_FREE, p);
                }
                add(delta, b + (free[w] && rule == FreeToPaid.EXPANSION ? CONTRACTION : CHURN), p);
            } else if (c > p) {
                add(delta, b + EXPANSION, c - p);
            } else if (c < p) {
                add(delta, b + CONTRACTION, p - c);
            }
        }
        long[] next = state.clone();
        for (int i = 0; i < next.length; i++) {
            next[i] = Math.addExact(next[i], delta[i]);
        }
        System.arraycopy(next, 0, state, 0, next.length);
    }

    private static void add(long[] s, int i, long amount) {
        s[i] += amount;
        s[i + 1]++;
    }

    private static long value(long[] series, long offset, int w) {
        long i = w - offset;
        return i < 0 || i >= series.length ? 0 : series[(int) i];
    }

    /**
     * Merges another accumulator over other accounts into this one.
     *
     * @param other an accumulator with the same currency, rule, free plan and window, not null
     * @return {@code this}
     * @throws NullPointerException if {@code other} is null
     * @throws CurrencyMismatchException if the currencies differ; this is unchanged
     * @throws IllegalArgumentException if the rules or windows differ; this is unchanged
     * @throws ArithmeticException if a sum would overflow; this is unchanged
     */
    @Override
    public FreePlanBridgeAccumulator combine(FreePlanBridgeAccumulator other) {
        Objects.requireNonNull(other, "other must not be null");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
        if (rule != other.rule || !firstMonth.equals(other.firstMonth) || months != other.months) {
            throw new IllegalArgumentException("other (" + other + ") differs from this (" + this + ")");
        }
        long[] next = state.clone();
        for (int i = 0; i < next.length; i++) {
            next[i] = Math.addExact(next[i], other.state[i]);
        }
        System.arraycopy(next, 0, state, 0, next.length);
        return this;
    }

    /**
     * Returns the periods of the accounts accepted so far.
     *
     * @return one period per month after the first, in order, unmodifiable
     */
    public List<FreePlanBridgePeriod> periods() {
        List<FreePlanBridgePeriod> out = new ArrayList<>(months - 1);
        for (int w = 1; w < months; w++) {
            int b = w * STRIDE;
            int a = b - STRIDE;
            out.add(new FreePlanBridgePeriod(rule, firstMonth.plusMonths(w - 1L), firstMonth.plusMonths(w),
                    Money.ofMinor(state[a + END_MRR], currency), state[a + PAYING], state[a + FREE], total(b + NEW),
                    total(b + EXPANSION), total(b + REACTIVATION), total(b + CONTRACTION), total(b + CHURN),
                    total(b + FREE_TO_PAID), total(b + PAID_TO_FREE), Money.ofMinor(state[b + END_MRR], currency),
                    state[b + PAYING], state[b + FREE]));
        }
        return List.copyOf(out);
    }

    private MovementTotal total(int i) {
        return MovementTotal.ofMinor(state[i], state[i + 1], currency);
    }

    /** Re-checks the shape of a deserialised accumulator. */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (currency == null || rule == null || freePlan == null || firstMonth == null || months < 1
                || months > MrrBridgeAccumulator.MAX_MONTHS || state == null || state.length != months * STRIDE) {
            throw new InvalidObjectException("invalid FreePlanBridgeAccumulator state");
        }
        for (long v : state) {
            if (v < 0) {
                throw new InvalidObjectException("invalid FreePlanBridgeAccumulator state: negative " + v);
            }
        }
    }

    /**
     * Returns e.g. {@code "FreePlanBridgeAccumulator{JPY, EXPANSION, 2024-01..2024-12}"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "FreePlanBridgeAccumulator{" + currency.getCurrencyCode() + ", " + rule + ", " + firstMonth + ".."
                + firstMonth.plusMonths(months - 1L) + "}";
    }
}
