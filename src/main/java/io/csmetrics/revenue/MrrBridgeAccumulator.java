package io.csmetrics.revenue;

import io.csmetrics.Accumulator;
import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collector;

/**
 * Accumulates the {@link MrrBridge} of many accounts over a fixed window of months: per month,
 * the total MRR and paying accounts, and every {@link MovementType MRR movement} (total amount and
 * number of accounts) from the previous month.
 *
 * <p><b>Alignment.</b> The reporting window {@code firstMonth..lastMonth} is given at creation and
 * every account's series is aligned to it by month; months of a series outside the window are not
 * reported, and months of the window outside a series are zero (as {@link MrrHistory} defines).
 * Memory is therefore fixed, {@code 12 × months} longs, however many accounts are accepted.
 * Accounts may start and end anywhere, before, inside or after the window.
 *
 * <p><b>First month.</b> The window's first month is the opening balance: it has MRR and account
 * totals but no movements (see {@link MrrBridge}). For every later month {@code m}, an account
 * with MRR {@code p} in {@code m − 1} and {@code c} in {@code m} is classified by
 * {@link MovementType}; whether a return from zero is {@link MovementType#NEW new} or a
 * {@link MovementType#REACTIVATION reactivation} is decided from the account's whole series,
 * including months before the window.
 *
 * <p><b>Entry points.</b> Besides the object API ({@link #accept(MrrHistory)}, the
 * {@link #collector(Currency, YearMonth, YearMonth) collector}), the bulk entry points take
 * primitive {@code long} minor units and allocate nothing per account or row:
 * {@link #accept(int, long[], int, int)} for one account's consecutive months and
 * {@link #acceptColumns(long[], int[], long[])} for columnar {@code (account, month, mrr)} rows.
 * All compute the same result exactly. {@link #accept(MrrHistory)} copies the window's months into
 * one buffer kept by the accumulator, so it allocates nothing per history either.
 *
 * <p><b>Exactness.</b> Movements are summed in {@code long} minor units. Every accumulated value
 * is bounded by the sum of all accepted in-window MRR values ("volume"), which is kept with
 * {@link Math#addExact(long, long)} and checked <em>before</em> any state changes; so if the
 * volume fits in a {@code long} (about 9.2 × 10<sup>18</sup> minor units, USD 92 quadrillion of
 * account-months) no total can overflow, and if it does not fit an {@link ArithmeticException} is
 * thrown with the accumulator unchanged. Integer addition is associative and commutative, so any
 * split of the accounts, combined in any grouping, gives exactly the sequential result.
 *
 * <p><b>Duplicates.</b> Each account must be accepted once. The accumulator keeps no account
 * identifiers (that would make memory grow with accounts), so it cannot detect an account accepted
 * twice; {@link MrrBridge#fromSnapshots(Collection, YearMonth, YearMonth)} builds one series per
 * account from snapshots and rejects duplicate months.
 *
 * <p>Example:
 * <pre>{@code
 * MrrBridge bridge = histories.stream()
 *         .collect(MrrBridgeAccumulator.collector(USD, YearMonth.of(2024, 1), YearMonth.of(2024, 12)));
 * bridge.period(YearMonth.of(2024, 6)).churn();   // churned MRR and accounts, May → June
 * }</pre>
 *
 * <p>This class is a mutable accumulator: not thread-safe; a parallel stream gives each thread
 * its own instance.
 *
 * @since 0.1.0
 */
public final class MrrBridgeAccumulator implements Accumulator<MrrHistory, MrrBridgeAccumulator> {

    private static final long serialVersionUID = 1L;

    /** The longest window supported: 1,000 years. */
    public static final int MAX_MONTHS = 12_000;

    static final int END_MRR = 0;
    static final int END_ACCOUNTS = 1;
    static final int NEW_AMOUNT = 2;
    static final int NEW_COUNT = 3;
    static final int EXPANSION_AMOUNT = 4;
    static final int EXPANSION_COUNT = 5;
    static final int REACTIVATION_AMOUNT = 6;
    static final int REACTIVATION_COUNT = 7;
    static final int CONTRACTION_AMOUNT = 8;
    static final int CONTRACTION_COUNT = 9;
    static final int CHURN_AMOUNT = 10;
    static final int CHURN_COUNT = 11;
    static final int STRIDE = 12;

    private final Currency currency;
    private final YearMonth firstMonth;
    private final int months;
    /** Month {@code w}'s totals at {@code state[w * STRIDE + field]}; month-major for locality. */
    private final long[] state;
    private long volume;
    private transient long[] scratch;

    private MrrBridgeAccumulator(Currency currency, YearMonth firstMonth, int months) {
        this.currency = currency;
        this.firstMonth = firstMonth;
        this.months = months;
        this.state = new long[months * STRIDE];
    }

    /**
     * Returns an empty accumulator for a window of months.
     *
     * @param currency the currency of every amount, not null
     * @param firstMonth the window's first month, the opening balance, not null
     * @param lastMonth the window's last month, not before {@code firstMonth}, not null
     * @return the accumulator
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code lastMonth} is before {@code firstMonth}, the
     *     window is longer than {@link #MAX_MONTHS}, or the currency has no minor unit
     */
    public static MrrBridgeAccumulator create(Currency currency, YearMonth firstMonth, YearMonth lastMonth) {
        Objects.requireNonNull(currency, "currency must not be null");
        Money.zero(currency);
        int n = Months.window(firstMonth, lastMonth, "firstMonth", "lastMonth", MAX_MONTHS);
        return new MrrBridgeAccumulator(currency, firstMonth, n);
    }

    /**
     * Returns a collector of histories into their bridge over a window.
     *
     * @param currency the currency of every amount, not null
     * @param firstMonth the window's first month, not null
     * @param lastMonth the window's last month, not before {@code firstMonth}, not null
     * @return the collector; safe on parallel streams
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as {@link #create(Currency, YearMonth, YearMonth)}
     */
    public static Collector<MrrHistory, MrrBridgeAccumulator, MrrBridge> collector(Currency currency,
            YearMonth firstMonth, YearMonth lastMonth) {
        create(currency, firstMonth, lastMonth);
        return Accumulator.collector(() -> create(currency, firstMonth, lastMonth), MrrBridgeAccumulator::bridge);
    }

    /**
     * Returns the currency of every amount.
     *
     * @return the currency
     */
    public Currency currency() {
        return currency;
    }

    /**
     * Returns the window's first month.
     *
     * @return the first month
     */
    public YearMonth firstMonth() {
        return firstMonth;
    }

    /**
     * Returns the window's last month.
     *
     * @return the last month
     */
    public YearMonth lastMonth() {
        return firstMonth.plusMonths(months - 1L);
    }

    /**
     * Adds one account's history, aligned to the window by its {@link MrrHistory#firstMonth()}.
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
        long offset = Months.between(firstMonth, history.firstMonth());
        if (offset >= months || offset + history.length() <= 0) {
            return;
        }
        // Copy only months -1 .. the window's end into the reusable buffer (no allocation per history); month -1
        // stands for every month before the window: 1 if the account paid in any, which is all classification needs.
        if (scratch == null) {
            scratch = new long[months + 1];
        }
        int n = history.length();
        int lastInWindow = (int) Math.min(months - 1, offset + n - 1);
        if (offset < 0) {
            int before = (int) -offset;
            boolean paid = false;
            for (int i = 0; i < before && !paid; i++) {
                paid = history.minorUnitsAt(i) != 0;
            }
            scratch[0] = paid ? 1 : 0;
            history.getMinorUnits(before, before + lastInWindow + 1, scratch, 1);
            accept(-1, scratch, 0, lastInWindow + 2);
        } else {
            int length = lastInWindow - (int) offset + 1;
            history.getMinorUnits(0, length, scratch, 0);
            accept((int) offset, scratch, 0, length);
        }
    }

    /**
     * Adds one account's consecutive monthly MRR in minor units: the bulk entry point.
     *
     * @param firstMonthOffset the month of {@code minorUnits[0]} relative to the window's first
     *     month ({@code 0} for the first month, negative before it)
     * @param minorUnits the MRR of each consecutive month in the currency's minor units, none
     *     negative, not null; not retained
     * @throws NullPointerException if {@code minorUnits} is null
     * @throws IllegalArgumentException if a value is negative; the accumulator is unchanged
     * @throws ArithmeticException as {@link #accept(int, long[], int, int)}
     */
    public void accept(int firstMonthOffset, long[] minorUnits) {
        Objects.requireNonNull(minorUnits, "minorUnits must not be null");
        accept(firstMonthOffset, minorUnits, 0, minorUnits.length);
    }

    /**
     * Adds one account's consecutive monthly MRR in minor units, from a slice of an array (e.g. one
     * row of a row-major accounts × months matrix). Allocates nothing.
     *
     * <p>Example: with a window starting January 2024, {@code accept(-2, new long[] {0, 500, 500, 0}, 0, 4)}
     * is an account new in December 2023 (outside the window), paying in January (opening balance)
     * and churning in February.
     *
     * @param firstMonthOffset the month of {@code minorUnits[from]} relative to the window's first
     *     month ({@code 0} for the first month, negative before it)
     * @param minorUnits the values, not null; not retained
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
        int to = from + length;
        int windowFrom = from + (int) Math.max(0, Math.min(length, -(long) firstMonthOffset));
        int windowTo = from + (int) Math.max(0, Math.min(length, months - (long) firstMonthOffset));
        long signs = 0;
        for (int i = from; i < to; i++) {
            signs |= minorUnits[i];
        }
        if (signs < 0) {
            for (int i = from;; i++) {
                if (minorUnits[i] < 0) {
                    throw negative(firstMonthOffset, minorUnits, from, i);
                }
            }
        }
        // Adding a value in [0, 2^63) to a sum in [0, 2^63) can wrap at most once, into the negatives: a sign bit
        // seen on any partial sum is exactly an overflow.
        long sum = 0;
        long partials = 0;
        for (int i = windowFrom; i < windowTo; i++) {
            sum += minorUnits[i];
            partials |= sum;
        }
        if (partials < 0) {
            throw new ArithmeticException("the MRR of one account's months in the window exceeds Long.MAX_VALUE minor units");
        }
        volume = addVolume(volume, sum);
        accumulate(firstMonthOffset, minorUnits, from, length);
    }

    private static IllegalArgumentException negative(int firstMonthOffset, long[] minorUnits, int from, int i) {
        return new IllegalArgumentException("minorUnits[" + i + "] must not be negative: " + minorUnits[i]
                + " (month offset " + (firstMonthOffset + (long) (i - from)) + ")");
    }

    /**
     * Adds many accounts from columnar rows {@code (accountKeys[r], monthOffsets[r], minorUnits[r])}:
     * the bulk entry point for a batch job reading a columnar file. Rows must be sorted by account
     * key, then by month, each month at most once per account; months of an account missing
     * between its first and last row are zero. Allocates nothing per row (one buffer of window
     * size per accumulator).
     *
     * <p>Example: keys {@code {7, 7, 9}}, offsets {@code {0, 2, 1}}, values {@code {100, 100, 50}}
     * are account 7 paying 100 in months 0 and 2 (churning in month 1, reactivating in month 2) and
     * account 9 new in month 1 with 50.
     *
     * @param accountKeys each row's account, ascending, not null
     * @param monthOffsets each row's month relative to the window's first month, ascending within an
     *     account, not null
     * @param minorUnits each row's MRR in minor units, none negative, not null
     * @throws NullPointerException if an array is null
     * @throws IllegalArgumentException if the arrays' lengths differ, a value is negative, the
     *     account keys are not ascending, or an account's months are not strictly ascending
     *     (unsorted or duplicate); the accumulator is unchanged
     * @throws ArithmeticException if the accumulated volume would exceed {@code Long.MAX_VALUE}
     *     minor units; the accumulator is unchanged
     */
    public void acceptColumns(long[] accountKeys, int[] monthOffsets, long[] minorUnits) {
        Objects.requireNonNull(accountKeys, "accountKeys must not be null");
        Objects.requireNonNull(monthOffsets, "monthOffsets must not be null");
        Objects.requireNonNull(minorUnits, "minorUnits must not be null");
        int rows = accountKeys.length;
        if (monthOffsets.length != rows || minorUnits.length != rows) {
            throw new IllegalArgumentException("accountKeys, monthOffsets and minorUnits must have the same length: "
                    + rows + ", " + monthOffsets.length + ", " + minorUnits.length);
        }
        long sum = 0;
        for (int r = 0; r < rows; r++) {
            long v = minorUnits[r];
            if (v < 0) {
                throw new IllegalArgumentException("minorUnits[" + r + "] must not be negative: " + v + " (account "
                        + accountKeys[r] + ", month offset " + monthOffsets[r] + ")");
            }
            if (r > 0) {
                if (accountKeys[r] < accountKeys[r - 1]) {
                    throw new IllegalArgumentException("accountKeys must be ascending: accountKeys[" + r + "] ("
                            + accountKeys[r] + ") is below accountKeys[" + (r - 1) + "] (" + accountKeys[r - 1] + ")");
                }
                if (accountKeys[r] == accountKeys[r - 1] && monthOffsets[r] <= monthOffsets[r - 1]) {
                    throw new IllegalArgumentException("monthOffsets of account " + accountKeys[r]
                            + " must be strictly ascending: monthOffsets[" + r + "] (" + monthOffsets[r] + ") "
                            + (monthOffsets[r] == monthOffsets[r - 1] ? "duplicates" : "is before") + " monthOffsets["
                            + (r - 1) + "] (" + monthOffsets[r - 1] + ")");
                }
            }
            if (monthOffsets[r] >= 0 && monthOffsets[r] < months) {
                sum = addVolume(sum, v);
            }
        }
        volume = addVolume(volume, sum);
        if (scratch == null) {
            scratch = new long[months + 1];
        }
        int r = 0;
        while (r < rows) {
            int end = r + 1;
            while (end < rows && accountKeys[end] == accountKeys[r]) {
                end++;
            }
            acceptSparse(monthOffsets, minorUnits, r, end);
            r = end;
        }
    }

    /**
     * Lays one account's rows {@code [r0, r1)} out as a dense series over months −1 .. its last
     * month in the window, and accumulates it. Month −1 stands for every month before the window:
     * its value is 1 if the account paid in any of them, which is all that classifying month 1
     * needs (month 0 is the opening balance and has no movements).
     */
    private void acceptSparse(int[] monthOffsets, long[] minorUnits, int r0, int r1) {
        int lastMonth = monthOffsets[r1 - 1];
        if (lastMonth < -1 || monthOffsets[r0] >= months) {
            return;
        }
        int start = Math.max(-1, monthOffsets[r0]);
        int length = Math.min(months - 1, lastMonth) - start + 1;
        long[] series = scratch;
        java.util.Arrays.fill(series, 0, length, 0L);
        for (int r = r0; r < r1; r++) {
            int m = monthOffsets[r];
            if (m < 0) {
                if (minorUnits[r] != 0) {
                    series[0] = 1;
                }
            } else if (m < months) {
                series[m - start] = minorUnits[r];
            }
        }
        accumulate(start, series, 0, length);
    }

    /** The hot loop: state only, no validation (done by the callers before any mutation). */
    private void accumulate(int offset, long[] a, int from, int length) {
        final long[] s = state;
        final int n = months;
        long end = (long) offset + length;
        if (end <= 0 || offset >= n) {
            return;
        }
        if (offset <= 0) {
            long v0 = a[from - offset];
            s[END_MRR] += v0;
            s[END_ACCOUNTS] += v0 != 0 ? 1 : 0;
        }
        int wStart = Math.max(1, offset);
        boolean paid = false;
        for (int i = from, stop = from + (wStart - offset); i < stop; i++) {
            if (a[i] != 0) {
                paid = true;
                break;
            }
        }
        long prev = wStart - 1 >= offset ? a[from + wStart - 1 - offset] : 0;
        int wLast = (int) Math.min(n - 1, end - 1);
        int base = from - offset;
        for (int w = wStart; w <= wLast; w++) {
            long cur = a[base + w];
            paid = step(s, w * STRIDE, prev, cur, paid);
            prev = cur;
        }
        if (end <= n - 1) {
            step(s, (int) end * STRIDE, prev, 0, paid);
        }
    }

    /** Adds one account's move from {@code prev} to {@code cur} at {@code b}; returns "has paid by now". */
    private static boolean step(long[] s, int b, long prev, long cur, boolean paid) {
        s[b + END_MRR] += cur;
        if (cur != 0) {
            s[b + END_ACCOUNTS]++;
        }
        if (cur != prev) {
            if (prev == 0) {
                if (paid) {
                    s[b + REACTIVATION_AMOUNT] += cur;
                    s[b + REACTIVATION_COUNT]++;
                } else {
                    s[b + NEW_AMOUNT] += cur;
                    s[b + NEW_COUNT]++;
                }
                return true;
            } else if (cur == 0) {
                s[b + CHURN_AMOUNT] += prev;
                s[b + CHURN_COUNT]++;
            } else if (cur > prev) {
                s[b + EXPANSION_AMOUNT] += cur - prev;
                s[b + EXPANSION_COUNT]++;
            } else {
                s[b + CONTRACTION_AMOUNT] += prev - cur;
                s[b + CONTRACTION_COUNT]++;
            }
        }
        return paid;
    }

    /**
     * Merges another accumulator over other accounts into this one.
     *
     * @param other an accumulator with the same currency and window, not null; not modified
     * @return {@code this}
     * @throws NullPointerException if {@code other} is null
     * @throws CurrencyMismatchException if the currencies differ; this is unchanged
     * @throws IllegalArgumentException if the windows differ; this is unchanged
     * @throws ArithmeticException if the combined volume would exceed {@code Long.MAX_VALUE} minor
     *     units; this is unchanged
     */
    @Override
    public MrrBridgeAccumulator combine(MrrBridgeAccumulator other) {
        Objects.requireNonNull(other, "other must not be null");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
        if (!firstMonth.equals(other.firstMonth) || months != other.months) {
            throw new IllegalArgumentException("other's window " + other.firstMonth + ".." + other.lastMonth()
                    + " differs from this window " + firstMonth + ".." + lastMonth());
        }
        volume = addVolume(volume, other.volume);
        long[] s = state;
        long[] o = other.state;
        for (int i = 0; i < s.length; i++) {
            s[i] += o[i];
        }
        return this;
    }

    /**
     * Returns the bridge of the accounts accepted so far.
     *
     * @return the bridge over the window; with no accounts, every amount and count is zero
     */
    public MrrBridge bridge() {
        List<MrrBridgePeriod> periods = new ArrayList<>(months - 1);
        for (int w = 1; w < months; w++) {
            int b = w * STRIDE;
            int p = b - STRIDE;
            periods.add(new MrrBridgePeriod(firstMonth.plusMonths(w - 1L), firstMonth.plusMonths(w),
                    Money.ofMinor(state[p + END_MRR], currency), state[p + END_ACCOUNTS],
                    total(b + NEW_AMOUNT), total(b + EXPANSION_AMOUNT), total(b + REACTIVATION_AMOUNT),
                    total(b + CONTRACTION_AMOUNT), total(b + CHURN_AMOUNT),
                    Money.ofMinor(state[b + END_MRR], currency), state[b + END_ACCOUNTS]));
        }
        return new MrrBridge(firstMonth, Money.ofMinor(state[END_MRR], currency), state[END_ACCOUNTS], periods);
    }

    private MovementTotal total(int amountIndex) {
        return MovementTotal.ofMinor(state[amountIndex], state[amountIndex + 1], currency);
    }

    /**
     * Returns e.g. {@code "MrrBridgeAccumulator{USD, 2024-01..2025-12}"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "MrrBridgeAccumulator{" + currency.getCurrencyCode() + ", " + firstMonth + ".." + lastMonth() + "}";
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
            java.util.Objects.requireNonNull(firstMonth, "firstMonth must not be null");
            if (months < 1 || months > MAX_MONTHS || java.util.Objects.requireNonNull(state, "state must not be null").length != months * STRIDE
                    || volume < 0) {
                throw new IllegalArgumentException("months (" + months + "), state length and volume (" + volume
                        + ") are out of range");
            }
            for (int i = 0; i < state.length; i++) {
                if (state[i] < 0) {
                    throw new IllegalArgumentException("state[" + i + "] must not be negative: " + state[i]);
                }
            }
            for (int i = 0; i < state.length; i += 2) {
                if (state[i] > volume) {
                    // The overflow guard: every amount is bounded by the volume.
                    throw new IllegalArgumentException("state[" + i + "] (" + state[i] + ") exceeds the volume (" + volume + ")");
                }
            }
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid MrrBridgeAccumulator: " + e.getMessage())
                    .initCause(e);
        }
    }

    /** Math.addExact with the accumulator's own message instead of the JDK's "long overflow". */
    private static long addVolume(long volume, long add) {
        try {
            return Math.addExact(volume, add);
        } catch (ArithmeticException e) {
            throw new ArithmeticException("the MRR accepted in the window (" + volume + " + " + add
                    + " minor units) exceeds Long.MAX_VALUE minor units");
        }
    }
}
