package io.csmetrics.cohort;

import io.csmetrics.Accumulator;
import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.MrrHistory;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collector;

/**
 * Builds a {@link RetentionMatrix} from account MRR histories, one history at a time: a mutable,
 * mergeable accumulator (the {@link Accumulator} pattern).
 *
 * <p>For each history: the acquisition month is its first month with MRR above zero (a history
 * that never pays, or is acquired after the "as of" month, is ignored); its starting MRR
 * {@code m0} is the MRR of that month; it is observable in months {@code k = 0 .. asOf −
 * acquisition}; in each such month it adds 1 observed account and {@code m0} of starting MRR to
 * its cohort's cell, and, when it counts as retained under the {@link CohortReactivationRule} (MRR
 * {@code mk > 0}, and for {@link CohortReactivationRule#NOT_RETAINED} no lapse since acquisition),
 * 1 retained account, {@code min(mk, m0)} gross and {@code mk} net retained MRR. Months after the
 * end of a history are zero (see {@link MrrHistory#mrrAt(YearMonth)}), so an account whose rows
 * simply stop is a churned account, not a censored one; months after the "as of" month are
 * ignored.
 *
 * <p>All sums are {@code long} minor units, so any split of the histories, accumulated separately
 * and {@linkplain #combine(RetentionMatrixAccumulator) combined}, gives exactly the sequential
 * result. Memory is one row of five longs per cohort and month, whatever the number of accounts.
 * Sums must fit in a {@code long} (9.2 × 10^18 minor units): a history or a combine that would
 * take any sum beyond it throws an {@link ArithmeticException} naming the cohort, month and sum,
 * and leaves the accumulator unchanged, rather than wrapping round to a wrong retention. A matrix
 * spans at most {@value #MAX_MONTHS} months (1,000 years) from an acquisition to the "as of" month.
 *
 * <p>Columnar data (a table of monthly amounts) need not build a history per account:
 * {@link #acceptSeries(String, Currency, YearMonth, long[], int, int)} adds a slice of an array.
 *
 * <p>Example: {@code histories.parallelStream().collect(RetentionMatrixAccumulator.collector(YearMonth.of(2024, 12)))}.
 *
 * @param <K> the cohort key type
 * @implSpec This class is a mutable accumulator and not thread-safe; a parallel stream gives each
 *     thread its own.
 * @since 0.1.0
 */
public final class RetentionMatrixAccumulator<K extends Comparable<? super K>>
        implements Accumulator<MrrHistory, RetentionMatrixAccumulator<K>> {

    private static final long serialVersionUID = 1L;
    static final int FIELDS = 5;
    /** The widest matrix: 1,000 years of months, so a row of sums stays a few hundred kilobytes. */
    public static final int MAX_MONTHS = 12_000;
    /** Histories longer than this are copied afresh rather than into the kept scratch buffer. */
    private static final int SCRATCH_LIMIT = 1_200;

    private final CohortKey<K> key;
    private final YearMonth asOf;
    private final CohortReactivationRule rule;
    private final HashMap<K, long[]> rows = new HashMap<>();
    private Currency currency;
    /** {@link #accept(MrrHistory)}'s copy of a history's values, reused; rebuilt after deserialisation. */
    private transient long[] scratch;
    /** The key of each acquisition month, indexed by months before {@code asOf}, for an {@link AcquisitionKey}. */
    private transient Object[] keyMemo;
    /** The row of each {@link #keyMemo} key once it exists, indexed the same way. */
    private transient long[][] rowMemo;

    private RetentionMatrixAccumulator(CohortKey<K> key, YearMonth asOf, CohortReactivationRule rule) {
        this.key = Objects.requireNonNull(key, "key must not be null");
        this.asOf = Objects.requireNonNull(asOf, "asOf must not be null");
        this.rule = Objects.requireNonNull(rule, "rule must not be null");
    }

    /**
     * Returns an empty accumulator with cohorts by acquisition month and the default
     * {@link CohortReactivationRule#NOT_RETAINED}.
     *
     * @param asOf the last month observed; later months are right-censored, not null
     * @return the accumulator
     * @throws NullPointerException if {@code asOf} is null
     */
    public static RetentionMatrixAccumulator<YearMonth> create(YearMonth asOf) {
        return new RetentionMatrixAccumulator<>(CohortKey.acquisitionMonth(), asOf, CohortReactivationRule.NOT_RETAINED);
    }

    /**
     * Returns an empty accumulator.
     *
     * @param key what puts an account into a cohort, not null; accumulators combined must use the
     *     same key function (it cannot be compared, so this is the caller's duty)
     * @param asOf the last month observed, not null
     * @param rule how reactivations count, not null
     * @param <K> the cohort key type
     * @return the accumulator
     * @throws NullPointerException if an argument is null
     */
    public static <K extends Comparable<? super K>> RetentionMatrixAccumulator<K> create(CohortKey<K> key, YearMonth asOf,
            CohortReactivationRule rule) {
        return new RetentionMatrixAccumulator<>(key, asOf, rule);
    }

    /**
     * Returns a collector to a matrix by acquisition month with the default rule.
     *
     * @param asOf the last month observed, not null
     * @return the collector
     * @throws NullPointerException if {@code asOf} is null
     */
    public static Collector<MrrHistory, RetentionMatrixAccumulator<YearMonth>, RetentionMatrix<YearMonth>> collector(
            YearMonth asOf) {
        Objects.requireNonNull(asOf, "asOf must not be null");
        return Accumulator.collector(() -> create(asOf), RetentionMatrixAccumulator::result);
    }

    /**
     * Returns a collector to a matrix.
     *
     * @param key what puts an account into a cohort, not null
     * @param asOf the last month observed, not null
     * @param rule how reactivations count, not null
     * @param <K> the cohort key type
     * @return the collector
     * @throws NullPointerException if an argument is null
     */
    public static <K extends Comparable<? super K>> Collector<MrrHistory, RetentionMatrixAccumulator<K>, RetentionMatrix<K>>
            collector(CohortKey<K> key, YearMonth asOf, CohortReactivationRule rule) {
        Objects.requireNonNull(key, "key must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        Objects.requireNonNull(rule, "rule must not be null");
        return Accumulator.collector(() -> create(key, asOf, rule), RetentionMatrixAccumulator::result);
    }

    /**
     * Adds one account's history (see the class documentation for what it adds).
     *
     * @param history the history, not null
     * @throws NullPointerException if {@code history} is null or the key function returns null
     * @throws CurrencyMismatchException if its currency differs from the histories already accepted;
     *     the accumulator is then unchanged
     * @throws IllegalArgumentException if the acquisition is more than {@value #MAX_MONTHS} months
     *     before the "as of" month; the accumulator is then unchanged
     * @throws ArithmeticException if a sum would overflow a {@code long}; the accumulator is then
     *     unchanged
     */
    @Override
    public void accept(MrrHistory history) {
        Objects.requireNonNull(history, "history must not be null");
        int n = history.length();
        long[] units = n <= SCRATCH_LIMIT ? scratch(n) : new long[n];
        history.getMinorUnits(0, n, units, 0);
        add(history, history.accountId(), history.currency(), history.firstMonth(), units, 0, n);
    }

    /**
     * Adds one account's series of monthly MRR: the same as
     * {@code accept(MrrHistory.of(accountId, currency, firstMonth, Arrays.copyOfRange(minorUnits, from, from + length)))},
     * but for the built-in keys ({@link CohortKey#acquisitionMonth()},
     * {@link CohortKey#acquisitionQuarter()}) without building the history, and with each month's key
     * computed once: the bulk path for columnar data (see
     * {@link io.csmetrics.io.MrrTable#retentionMatrix(CohortKey, YearMonth, CohortReactivationRule)}). Any
     * other key receives the history it would receive from {@link #accept(MrrHistory)}. On any
     * exception the accumulator is unchanged.
     *
     * <p>Example: {@code acc.acceptSeries("acme", USD, YearMonth.of(2024, 1), units, 0, 3)} with
     * {@code units = {0, 100, 100}} adds an account acquired in February 2024 at 100 minor units.
     *
     * @param accountId the account's identifier, not blank; used only in messages and for a key that
     *     needs the history
     * @param currency the currency of the amounts, not null
     * @param firstMonth the month of {@code minorUnits[from]}, not null
     * @param minorUnits the MRR of consecutive months in minor units, none negative in the slice, not
     *     null; read during the call only, neither kept nor modified
     * @param from the index of the first month's value
     * @param length the number of months, not negative; an empty series is ignored, as an empty
     *     history is
     * @throws NullPointerException if an argument is null or the key function returns null
     * @throws IndexOutOfBoundsException if {@code from} or {@code length} is negative or
     *     {@code from + length > minorUnits.length}
     * @throws IllegalArgumentException if {@code accountId} is blank, {@code currency} has no minor
     *     digits, a value of the slice is negative, or the acquisition is more than {@value #MAX_MONTHS}
     *     months before the "as of" month
     * @throws CurrencyMismatchException if {@code currency} differs from the series already accepted
     * @throws ArithmeticException if a sum would overflow a {@code long}
     * @since 0.1.0
     */
    public void acceptSeries(String accountId, Currency currency, YearMonth firstMonth, long[] minorUnits, int from,
            int length) {
        Objects.requireNonNull(accountId, "accountId must not be null");
        Objects.requireNonNull(currency, "currency must not be null");
        Objects.requireNonNull(firstMonth, "firstMonth must not be null");
        Objects.requireNonNull(minorUnits, "minorUnits must not be null");
        if (accountId.isBlank()) {
            throw new IllegalArgumentException("accountId must not be blank: '" + accountId + "'");
        }
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException("currency " + currency.getCurrencyCode()
                    + " has no defined minor digits; use a real ISO 4217 currency");
        }
        if (from < 0 || length < 0 || from > minorUnits.length - length) {
            throw new IndexOutOfBoundsException("from (" + from + ") and length (" + length
                    + ") must lie within minorUnits (length " + minorUnits.length + ")");
        }
        long signs = 0;
        for (int i = from, to = from + length; i < to; i++) {
            signs |= minorUnits[i];
        }
        if (signs < 0) {
            for (int i = from;; i++) {
                if (minorUnits[i] < 0) {
                    throw new IllegalArgumentException("minorUnits[" + i + "] (month " + (i - from) + " from " + firstMonth
                            + ") must not be negative: " + minorUnits[i] + " (account " + accountId + ")");
                }
            }
        }
        add(null, accountId, currency, firstMonth, minorUnits, from, length);
    }

    private long[] scratch(int n) {
        if (scratch == null || scratch.length < n) {
            scratch = new long[Math.max(n, 64)];
        }
        return scratch;
    }

    /**
     * The one path of {@link #accept} and {@link #acceptSeries}: account {@code accountId}'s months
     * from {@code firstMonth} are {@code units[from .. from + n)}, all checked not negative;
     * {@code history} is that account's history, or null to build it only if the key needs it.
     */
    private void add(MrrHistory history, String accountId, Currency currency, YearMonth firstMonth, long[] units,
            int from, int n) {
        if (this.currency != null && !this.currency.equals(currency)) {
            throw new CurrencyMismatchException(this.currency, currency);
        }
        int start = 0;
        while (start < n && units[from + start] == 0) {
            start++;
        }
        long asOfIndex = monthsBetween(firstMonth, asOf);
        if (start == n || start > asOfIndex) {
            return;
        }
        long monthsBeforeAsOf = asOfIndex - start;
        boolean memo = key instanceof AcquisitionKey<K> && monthsBeforeAsOf < MAX_MONTHS;
        K k;
        if (memo) {
            k = memoKey((AcquisitionKey<K>) key, (int) monthsBeforeAsOf);
        } else {
            MrrHistory h = history != null ? history
                    : MrrHistory.of(accountId, currency, firstMonth, Arrays.copyOfRange(units, from, from + n));
            k = key.keyOf(h, firstMonth.plusMonths(start));
        }
        if (k == null) {
            throw new NullPointerException("the cohort key of account " + accountId + " must not be null");
        }
        if (monthsBeforeAsOf >= MAX_MONTHS) {
            throw new IllegalArgumentException("asOf (" + asOf + ") is more than " + MAX_MONTHS
                    + " months after the acquisition of account " + accountId + " (" + firstMonth.plusMonths(start)
                    + ")");
        }
        int months = (int) monthsBeforeAsOf + 1;
        long[] row = memo ? memoRow((int) monthsBeforeAsOf, k) : rows.get(k);
        if (row == null || row.length < months * FIELDS) {
            // Add into a grown copy and keep it only if no sum overflowed.
            long[] grown = new long[months * FIELDS];
            if (row != null) {
                System.arraycopy(row, 0, grown, 0, row.length);
            }
            add(grown, k, units, from + start, n - start, months);
            putRow(k, row, grown);
        } else {
            add(row, k, units, from + start, n - start, months);
        }
        this.currency = currency;
    }

    /** The key of an acquisition {@code monthsBeforeAsOf} months before the "as of" month, computed once per month. */
    @SuppressWarnings("unchecked")
    private K memoKey(AcquisitionKey<K> byMonth, int monthsBeforeAsOf) {
        if (keyMemo == null || keyMemo.length <= monthsBeforeAsOf) {
            int size = Math.min(MAX_MONTHS, Math.max(monthsBeforeAsOf + 1, keyMemo == null ? 64 : 2 * keyMemo.length));
            keyMemo = keyMemo == null ? new Object[size] : Arrays.copyOf(keyMemo, size);
            rowMemo = rowMemo == null ? new long[size][] : Arrays.copyOf(rowMemo, size);
        }
        Object k = keyMemo[monthsBeforeAsOf];
        if (k == null) {
            k = byMonth.keyOf(asOf.minusMonths(monthsBeforeAsOf));
            keyMemo[monthsBeforeAsOf] = k;
        }
        return (K) k;
    }

    /** The row of {@link #memoKey}'s key, remembered once it exists; {@link #putRow} keeps it current. */
    private long[] memoRow(int monthsBeforeAsOf, K k) {
        long[] row = rowMemo[monthsBeforeAsOf];
        if (row == null) {
            row = rows.get(k);
            rowMemo[monthsBeforeAsOf] = row;
        }
        return row;
    }

    /** Replaces a cohort's row by a grown copy, in the map and in the remembered rows. */
    private void putRow(K k, long[] old, long[] grown) {
        rows.put(k, grown);
        if (rowMemo != null && old != null) {
            for (int i = 0; i < rowMemo.length; i++) {
                if (rowMemo[i] == old) {
                    rowMemo[i] = grown;
                }
            }
        }
    }

    /**
     * Adds to {@code row}'s first {@code months} months an account acquired at {@code units[at]} with
     * {@code left} months of data from there on, in one pass. Sums and amounts are not negative, so a
     * sum that overflows wraps into the negatives: one sign test per month finds it; then the months
     * already written are taken back and the overflowing sum is named, so a failed accept changes
     * nothing.
     */
    private void add(long[] row, K k, long[] units, int at, int left, int months) {
        long m0 = units[at];
        boolean continuous = rule == CohortReactivationRule.NOT_RETAINED;
        boolean lapsed = false;
        for (int j = 0, b = 0; j < months; j++, b += FIELDS) {
            long v = lapsed || j >= left ? 0 : units[at + j];
            if (v == 0) {
                lapsed = continuous;
            }
            long gross = Math.min(v, m0);
            long start = row[b + 2] + m0;
            long retained = row[b + 3] + gross;
            long net = row[b + 4] + v;
            if ((start | retained | net) < 0) {
                takeBack(row, units, at, left, j, continuous);
                checkSum(row[b + 2], m0, k, j, "starting MRR");
                checkSum(row[b + 3], gross, k, j, "gross retained MRR");
                checkSum(row[b + 4], v, k, j, "net retained MRR");
            }
            row[b]++;
            row[b + 1] += v > 0 ? 1 : 0;
            row[b + 2] = start;
            row[b + 3] = retained;
            row[b + 4] = net;
        }
    }

    /** Undoes the first {@code months} months of {@link #add(long[], Object, long[], int, int, int)}. */
    private static void takeBack(long[] row, long[] units, int at, int left, int months, boolean continuous) {
        long m0 = units[at];
        boolean lapsed = false;
        for (int j = 0, b = 0; j < months; j++, b += FIELDS) {
            long v = lapsed || j >= left ? 0 : units[at + j];
            if (v == 0) {
                lapsed = continuous;
            }
            row[b]--;
            row[b + 1] -= v > 0 ? 1 : 0;
            row[b + 2] -= m0;
            row[b + 3] -= Math.min(v, m0);
            row[b + 4] -= v;
        }
    }

    private static void checkSum(long sum, long add, Object cohort, int month, String what) {
        if (sum > Long.MAX_VALUE - add) {
            throw new ArithmeticException("the " + what + " of cohort " + cohort + " in month " + month + " ("
                    + sum + " + " + add + " minor units) overflows a long");
        }
    }

    static long monthsBetween(YearMonth from, YearMonth to) {
        return (to.getYear() - (long) from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue();
    }

    /**
     * Merges another accumulator's histories into this one.
     *
     * @param other the other accumulator, same "as of" month and rule, not null; not modified
     * @return {@code this}
     * @throws NullPointerException if {@code other} is null
     * @throws IllegalArgumentException if the "as of" months or rules differ; this is then unchanged
     * @throws CurrencyMismatchException if the currencies differ; this is then unchanged
     * @throws ArithmeticException if a sum would overflow a {@code long}; this is then unchanged
     */
    @Override
    public RetentionMatrixAccumulator<K> combine(RetentionMatrixAccumulator<K> other) {
        Objects.requireNonNull(other, "other must not be null");
        if (!asOf.equals(other.asOf) || rule != other.rule) {
            throw new IllegalArgumentException("cannot combine accumulators with different settings: asOf " + asOf
                    + " / " + other.asOf + ", rule " + rule + " / " + other.rule);
        }
        if (currency != null && other.currency != null && !currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
        for (Map.Entry<K, long[]> e : other.rows.entrySet()) {
            long[] mine = rows.get(e.getKey());
            long[] theirs = e.getValue();
            for (int i = 0; mine != null && i < Math.min(mine.length, theirs.length); i++) {
                checkSum(mine[i], theirs[i], e.getKey(), i / FIELDS, "sums");
            }
        }
        if (currency == null) {
            currency = other.currency;
        }
        for (Map.Entry<K, long[]> e : other.rows.entrySet()) {
            long[] theirs = e.getValue();
            long[] mine = rows.get(e.getKey());
            if (mine == null || mine.length < theirs.length) {
                long[] grown = new long[theirs.length];
                if (mine != null) {
                    System.arraycopy(mine, 0, grown, 0, mine.length);
                }
                putRow(e.getKey(), mine, grown);
                mine = grown;
            }
            for (int i = 0; i < theirs.length; i++) {
                mine[i] += theirs[i];
            }
        }
        return this;
    }

    /**
     * Returns the matrix of the histories accepted so far; the accumulator stays usable.
     *
     * @return the matrix; with no cohorts if nothing was accepted
     */
    public RetentionMatrix<K> result() {
        return new RetentionMatrix<>(asOf, rule, currency, rows);
    }

    /**
     * Returns the "as of" month.
     *
     * @return the last month observed
     */
    public YearMonth asOf() {
        return asOf;
    }

    /**
     * Returns the reactivation rule.
     *
     * @return the rule
     */
    public CohortReactivationRule rule() {
        return rule;
    }

    @Override
    public String toString() {
        return "RetentionMatrixAccumulator{asOf=" + asOf + ", rule=" + rule + ", cohorts=" + rows.size() + "}";
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
            java.util.Objects.requireNonNull(key, "key must not be null");
            java.util.Objects.requireNonNull(asOf, "asOf must not be null");
            java.util.Objects.requireNonNull(rule, "rule must not be null");
            for (Map.Entry<K, long[]> e : java.util.Objects.requireNonNull(rows, "rows must not be null").entrySet()) {
                long[] row = java.util.Objects.requireNonNull(e.getValue(), "a row must not be null");
                if (e.getKey() == null || row.length % FIELDS != 0 || row.length > MAX_MONTHS * FIELDS || currency == null) {
                    throw new IllegalArgumentException("row " + e.getKey() + " of length " + row.length + " in currency "
                            + currency + " is malformed");
                }
                for (int b = 0; b < row.length; b += FIELDS) {
                    // Rebuilding the cell checks its invariants (retained within observed, GRR within start).
                    new RetentionCell(row[b], row[b + 1], row[b + 2], row[b + 3], row[b + 4], currency);
                }
            }
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid RetentionMatrixAccumulator: " + e.getMessage())
                    .initCause(e);
        }
    }
}
