package io.csmetrics.revenue;

import io.csmetrics.Accumulator;
import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Objects;
import java.util.stream.Collector;

/**
 * Accumulates {@link RevenueRetention} (NRR, GRR) of many accounts from a start month to an end
 * month: over one month ({@link #create(Currency, YearMonth, YearMonth)} with consecutive months)
 * or over any number, e.g. 12 for annual NRR.
 *
 * <p>Only accounts paying in the start month (MRR above zero) are counted; for each, its MRR in
 * the end month and whether it paid zero in any month strictly in between are recorded (see
 * {@link RevenueRetention} for the formulas). An account's months outside its series are zero, so
 * a series ending before the end month is churned. Accounts starting after the start month
 * contribute nothing (no new business in retention).
 *
 * <p>The state is 15 {@code long} counters in minor units, whatever the number of accounts;
 * combining adds them, so any split combined equals the sequential result exactly. Every counter is
 * bounded by the accepted volume {@code Σ (s + e)}, kept with {@link Math#addExact(long, long)}
 * before any state changes, so nothing overflows silently: an {@link ArithmeticException} leaves
 * the accumulator unchanged.
 *
 * <p>Example: NRR over the trailing 12 months to December 2025:
 * <pre>{@code
 * RevenueRetention r = histories.stream().collect(
 *         RevenueRetentionAccumulator.collector(USD, YearMonth.of(2024, 12), YearMonth.of(2025, 12)));
 * r.nrr().toPercent(1, RoundingMode.HALF_EVEN);
 * }</pre>
 *
 * <p>This class is a mutable accumulator: not thread-safe; a parallel stream gives each thread
 * its own instance. Each account must be accepted once (identifiers are not kept).
 *
 * @since 0.1.0
 */
public final class RevenueRetentionAccumulator implements Accumulator<MrrHistory, RevenueRetentionAccumulator> {

    private static final long serialVersionUID = 1L;

    private static final int START_MRR = 0;
    private static final int START_ACCOUNTS = 1;
    private static final int EXPANSION_AMOUNT = 2;
    private static final int EXPANSION_COUNT = 3;
    private static final int CONTRACTION_AMOUNT = 4;
    private static final int CONTRACTION_COUNT = 5;
    private static final int CHURN_AMOUNT = 6;
    private static final int CHURN_COUNT = 7;
    private static final int END_MRR = 8;
    private static final int R_ACCOUNTS = 9;
    private static final int R_START_MRR = 10;
    private static final int R_EXPANSION_AMOUNT = 11;
    private static final int R_EXPANSION_COUNT = 12;
    private static final int R_CONTRACTION_AMOUNT = 13;
    private static final int R_CONTRACTION_COUNT = 14;
    private static final int FIELDS = 15;

    private final Currency currency;
    private final YearMonth startMonth;
    private final int span;
    private final long[] state = new long[FIELDS];
    private long volume;

    private RevenueRetentionAccumulator(Currency currency, YearMonth startMonth, int span) {
        this.currency = currency;
        this.startMonth = startMonth;
        this.span = span;
    }

    /**
     * Returns an empty accumulator of retention from one month to a later one.
     *
     * @param currency the currency of every amount, not null
     * @param startMonth the month whose paying accounts are measured, not null
     * @param endMonth the month they are measured at, after {@code startMonth}, not null
     * @return the accumulator
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code endMonth} is not after {@code startMonth}, more
     *     than {@link MrrBridgeAccumulator#MAX_MONTHS} months after it, or the currency has no minor
     *     unit
     */
    public static RevenueRetentionAccumulator create(Currency currency, YearMonth startMonth, YearMonth endMonth) {
        Objects.requireNonNull(currency, "currency must not be null");
        Money.zero(currency);
        int n = Months.window(startMonth, endMonth, "startMonth", "endMonth", MrrBridgeAccumulator.MAX_MONTHS + 1) - 1;
        if (n < 1) {
            throw new IllegalArgumentException("endMonth (" + endMonth + ") must be after startMonth (" + startMonth + ")");
        }
        return new RevenueRetentionAccumulator(currency, startMonth, n);
    }

    /**
     * Returns a collector of histories into their retention from one month to a later one.
     *
     * @param currency the currency of every amount, not null
     * @param startMonth the start month, not null
     * @param endMonth the end month, after {@code startMonth}, not null
     * @return the collector; safe on parallel streams
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as {@link #create(Currency, YearMonth, YearMonth)}
     */
    public static Collector<MrrHistory, RevenueRetentionAccumulator, RevenueRetention> collector(Currency currency,
            YearMonth startMonth, YearMonth endMonth) {
        create(currency, startMonth, endMonth);
        return Accumulator.collector(() -> create(currency, startMonth, endMonth), RevenueRetentionAccumulator::retention);
    }

    /**
     * Returns the start month.
     *
     * @return the start month
     */
    public YearMonth startMonth() {
        return startMonth;
    }

    /**
     * Returns the end month.
     *
     * @return the end month
     */
    public YearMonth endMonth() {
        return startMonth.plusMonths(span);
    }

    /**
     * Adds one account's history.
     *
     * @param history the account's history, in this accumulator's currency, not null
     * @throws NullPointerException if {@code history} is null
     * @throws CurrencyMismatchException if its currency differs; the accumulator is unchanged
     * @throws ArithmeticException if the accumulated volume would exceed {@code Long.MAX_VALUE}
     *     minor units; the accumulator is unchanged
     */
    @Override
    public void accept(MrrHistory history) {
        Objects.requireNonNull(history, "history must not be null");
        if (!currency.equals(history.currency())) {
            throw new CurrencyMismatchException(currency, history.currency());
        }
        long offset = Months.between(startMonth, history.firstMonth());
        if (offset > 0 || offset + history.length() <= 0) {
            return;
        }
        int i0 = (int) -offset;
        long s = history.minorUnitsAt(i0);
        if (s == 0) {
            return;
        }
        int ie = i0 + span;
        long e = ie < history.length() ? history.minorUnitsAt(ie) : 0;
        boolean dipped = false;
        for (int i = i0 + 1; i < ie && i < history.length() && !dipped; i++) {
            dipped = history.minorUnitsAt(i) == 0;
        }
        add(s, e, dipped);
    }

    /**
     * Adds one account's consecutive monthly MRR in minor units: the bulk entry point. Allocates
     * nothing.
     *
     * @param firstMonthOffset the month of {@code minorUnits[from]} relative to the start month
     *     ({@code 0} for the start month, negative before it)
     * @param minorUnits the values, none negative, not null; not retained
     * @param from the index of the first month's value
     * @param length the number of consecutive months, not negative
     * @throws NullPointerException if {@code minorUnits} is null
     * @throws IndexOutOfBoundsException if {@code from} and {@code length} do not lie in the array
     * @throws IllegalArgumentException if a value is negative; the accumulator is unchanged
     * @throws ArithmeticException if the accumulated volume would exceed {@code Long.MAX_VALUE}
     *     minor units; the accumulator is unchanged
     */
    public void accept(int firstMonthOffset, long[] minorUnits, int from, int length) {
        Objects.requireNonNull(minorUnits, "minorUnits must not be null");
        Objects.checkFromIndexSize(from, length, minorUnits.length);
        for (int i = from; i < from + length; i++) {
            if (minorUnits[i] < 0) {
                throw new IllegalArgumentException("minorUnits[" + i + "] must not be negative: " + minorUnits[i]
                        + " (month offset " + (firstMonthOffset + (long) (i - from)) + ")");
            }
        }
        long i0 = -(long) firstMonthOffset;
        if (i0 < 0 || i0 >= length) {
            return;
        }
        long s = minorUnits[from + (int) i0];
        if (s == 0) {
            return;
        }
        long ie = i0 + span;
        long e = ie < length ? minorUnits[from + (int) ie] : 0;
        boolean dipped = false;
        for (long i = i0 + 1; i < ie && i < length && !dipped; i++) {
            dipped = minorUnits[from + (int) i] == 0;
        }
        add(s, e, dipped);
    }

    private void add(long s, long e, boolean dipped) {
        try {
            volume = Math.addExact(volume, Math.addExact(s, e));
        } catch (ArithmeticException overflow) {
            throw new ArithmeticException("the MRR accepted (" + volume + " + " + s + " + " + e
                    + " minor units) exceeds Long.MAX_VALUE minor units");
        }
        long[] st = state;
        st[START_MRR] += s;
        st[START_ACCOUNTS]++;
        st[END_MRR] += e;
        if (e == 0) {
            st[CHURN_AMOUNT] += s;
            st[CHURN_COUNT]++;
            return;
        }
        if (e > s) {
            st[EXPANSION_AMOUNT] += e - s;
            st[EXPANSION_COUNT]++;
        } else if (e < s) {
            st[CONTRACTION_AMOUNT] += s - e;
            st[CONTRACTION_COUNT]++;
        }
        if (dipped) {
            st[R_ACCOUNTS]++;
            st[R_START_MRR] += s;
            if (e > s) {
                st[R_EXPANSION_AMOUNT] += e - s;
                st[R_EXPANSION_COUNT]++;
            } else if (e < s) {
                st[R_CONTRACTION_AMOUNT] += s - e;
                st[R_CONTRACTION_COUNT]++;
            }
        }
    }

    /**
     * Merges another accumulator over other accounts into this one.
     *
     * @param other an accumulator with the same currency, start and end months, not null; not
     *     modified
     * @return {@code this}
     * @throws NullPointerException if {@code other} is null
     * @throws CurrencyMismatchException if the currencies differ; this is unchanged
     * @throws IllegalArgumentException if the months differ; this is unchanged
     * @throws ArithmeticException if the combined volume would exceed {@code Long.MAX_VALUE} minor
     *     units; this is unchanged
     */
    @Override
    public RevenueRetentionAccumulator combine(RevenueRetentionAccumulator other) {
        Objects.requireNonNull(other, "other must not be null");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
        if (!startMonth.equals(other.startMonth) || span != other.span) {
            throw new IllegalArgumentException("other's months " + other.startMonth + "→" + other.endMonth()
                    + " differ from this " + startMonth + "→" + endMonth());
        }
        try {
            volume = Math.addExact(volume, other.volume);
        } catch (ArithmeticException overflow) {
            throw new ArithmeticException("the combined volume (" + volume + " + " + other.volume
                    + " minor units) exceeds Long.MAX_VALUE minor units");
        }
        for (int i = 0; i < FIELDS; i++) {
            state[i] += other.state[i];
        }
        return this;
    }

    /**
     * Returns the retention of the accounts accepted so far.
     *
     * @return the result; with no start account its NRR and GRR are undefined
     */
    public RevenueRetention retention() {
        long[] s = state;
        return new RevenueRetention(startMonth, endMonth(), money(s[START_MRR]), s[START_ACCOUNTS],
                total(s, EXPANSION_AMOUNT), total(s, CONTRACTION_AMOUNT), total(s, CHURN_AMOUNT), money(s[END_MRR]),
                new RevenueRetention.Reactivated(s[R_ACCOUNTS], money(s[R_START_MRR]), total(s, R_EXPANSION_AMOUNT),
                        total(s, R_CONTRACTION_AMOUNT)));
    }

    private Money money(long minor) {
        return Money.ofMinor(minor, currency);
    }

    private MovementTotal total(long[] s, int amountIndex) {
        return MovementTotal.ofMinor(s[amountIndex], s[amountIndex + 1], currency);
    }

    /**
     * Returns e.g. {@code "RevenueRetentionAccumulator{USD, 2024-12→2025-12}"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "RevenueRetentionAccumulator{" + currency.getCurrencyCode() + ", " + startMonth + "→" + endMonth() + "}";
    }

    /**
     * Re-checks a deserialised partial state, so a tampered stream (for example one shipped between
     * the nodes of a distributed engine) cannot produce an accumulator that {@code accept} and
     * {@code combine} could never reach.
     *
     * @param in the stream
     * @throws java.io.IOException if reading fails
     * @throws ClassNotFoundException if a class of the state is missing
     * @throws java.io.InvalidObjectException if the state breaks an invariant
     */
    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        try {
            java.util.Objects.requireNonNull(currency, "currency must not be null");
            java.util.Objects.requireNonNull(startMonth, "startMonth must not be null");
            if (span < 1 || java.util.Objects.requireNonNull(state, "state must not be null").length != FIELDS || volume < 0) {
                throw new IllegalArgumentException("span (" + span + "), state length and volume (" + volume
                        + ") are out of range");
            }
            for (int i = 0; i < state.length; i++) {
                if (state[i] < 0) {
                    throw new IllegalArgumentException("state[" + i + "] must not be negative: " + state[i]);
                }
            }
            for (int i : new int[] {START_MRR, EXPANSION_AMOUNT, CONTRACTION_AMOUNT, CHURN_AMOUNT, END_MRR, R_START_MRR,
                    R_EXPANSION_AMOUNT, R_CONTRACTION_AMOUNT}) {
                if (state[i] > volume) {
                    // The overflow guard: every amount is bounded by the volume.
                    throw new IllegalArgumentException("state[" + i + "] (" + state[i] + ") exceeds the volume (" + volume + ")");
                }
            }
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid RevenueRetentionAccumulator: " + e.getMessage())
                    .initCause(e);
        }
    }
}
