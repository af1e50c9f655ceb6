package io.csmetrics.io;

import io.csmetrics.MrrHistory;
import io.csmetrics.cohort.CohortKey;
import io.csmetrics.cohort.CohortReactivationRule;
import io.csmetrics.cohort.RetentionMatrix;
import io.csmetrics.cohort.RetentionMatrixAccumulator;
import io.csmetrics.revenue.MrrBridge;
import io.csmetrics.revenue.MrrBridgeAccumulator;
import io.csmetrics.revenue.RevenueRetention;
import io.csmetrics.revenue.RevenueRetentionAccumulator;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Account MRR read by {@link MrrCsvReader}, held in primitive columns: a dense accounts × months
 * matrix of {@code long} minor units, interned account ids, a currency per account and the file's
 * extra columns as named string dimensions per account.
 *
 * <p>Accounts are numbered {@code 0 .. accountCount() − 1} in order of first appearance in the
 * file. Account {@code a} has a series from {@link #firstMonth(int)} to {@link #lastMonth(int)}, its
 * first and last row's months; a month in between without a row is zero, and months outside the
 * series are zero, exactly as {@link MrrHistory#fromSnapshots(java.util.Collection)} groups
 * snapshots. So {@link #toHistories()} equals {@code MrrHistory.fromSnapshots} of the same rows, and
 * {@link #bridge(YearMonth, YearMonth)} equals {@code MrrBridge.fromSnapshots} of them, but computed
 * through the bulk kernels with no object per account or row.
 *
 * <p>Dimensions: each extra column of the file (a column other than account, month, MRR and
 * currency) is a dimension named by its header; an account's value is the one on its row for its
 * latest month (so a plan or region that changes over time reads as its current value, whatever
 * the order of the rows).
 *
 * <p>Example:
 * <pre>{@code
 * MrrTable t = MrrCsvReader.create().read(Path.of("mrr.csv"));
 * MrrBridge bridge = t.bridge(t.firstMonth(), t.lastMonth());
 * RevenueRetention nrr = t.retention(t.lastMonth().minusMonths(12), t.lastMonth());
 * String region = t.dimension(0, "region");
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe: nothing changes after the reader returns it,
 *     and no method exposes its arrays.
 * @since 0.1.0
 */
public final class MrrTable {

    static final int CHUNK_BITS = 12;
    static final int CHUNK = 1 << CHUNK_BITS;

    private final String source;
    private final int accounts;
    private final long rows;
    private final ByteDictionary ids;
    /**
     * Account {@code a} of segment {@code s} (accounts {@code segStart[s] ..}; one segment per part of a
     * file read in parts and adopted whole, else one) is row {@code r = i & 4095} of block {@code k =
     * segBlock[s] + (i >>> 12)}, {@code i = a − segStart[s] + segSkip[s]} (a part whose first account
     * was the previous part's last skips that row); its month {@code m} (absolute index)
     * is at {@code chunks[k][chunkBase[k] + r × segStride[s] + m − segBase[s]]}.
     */
    private final long[][] chunks;
    /** Where each block starts in its array: blocks share large arrays. */
    private final int[] chunkBase;
    private final int[] segStart;
    private final int[] segBlock;
    private final int[] segStride;
    private final int[] segBase;
    private final int[] segSkip;
    private final int[] first;
    private final int[] last;
    private final byte[] currencyOf;
    private final Currency[] currencies;
    private final List<String> dimensionNames;
    private final String[][] dimensionValues;
    private final int[][] dimensionCodes;
    private final int minMonth;
    private final int maxMonth;

    MrrTable(String source, int accounts, long rows, ByteDictionary ids, long[][] chunks, int[] chunkBase,
            int[] segStart, int[] segBlock, int[] segStride, int[] segBase, int[] segSkip, int[] first, int[] last, byte[] currencyOf, Currency[] currencies, List<String> dimensionNames,
            String[][] dimensionValues, int[][] dimensionCodes, int minMonth, int maxMonth) {
        this.source = source;
        this.accounts = accounts;
        this.rows = rows;
        this.ids = ids;
        this.chunks = chunks;
        this.chunkBase = chunkBase;
        this.segStart = segStart;
        this.segBlock = segBlock;
        this.segStride = segStride;
        this.segBase = segBase;
        this.segSkip = segSkip;
        this.first = first;
        this.last = last;
        this.currencyOf = currencyOf;
        this.currencies = currencies;
        this.dimensionNames = List.copyOf(dimensionNames);
        this.dimensionValues = dimensionValues;
        this.dimensionCodes = dimensionCodes;
        this.minMonth = minMonth;
        this.maxMonth = maxMonth;
    }

    /** The number of layout segments (1 unless parts of a parallel read were adopted whole); for tests. */
    int segmentCount() {
        return segStart.length;
    }

    /** The segment of account {@code a}: the last whose start is not after it (segments are few). */
    private int segment(int a) {
        if (segStart.length == 1) {
            return 0;
        }
        int s = segStart.length - 1;
        while (segStart[s] > a) {
            s--;
        }
        return s;
    }

    /** The array holding account {@code a}'s series; {@code s} is its {@link #segment(int)}. */
    private long[] block(int a, int s) {
        return chunks[segBlock[s] + ((a - segStart[s] + segSkip[s]) >>> CHUNK_BITS)];
    }

    /** The index of account {@code a}'s first month in {@link #block(int, int)}. */
    private int start(int a, int s) {
        int i = a - segStart[s] + segSkip[s];
        return chunkBase[segBlock[s] + (i >>> CHUNK_BITS)] + (i & (CHUNK - 1)) * segStride[s] + first[a] - segBase[s];
    }

    static YearMonth month(int absolute) {
        return YearMonth.of(absolute / 12, absolute % 12 + 1);
    }

    static int absolute(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    /**
     * Returns the name of the input, as given to the reader.
     *
     * @return the source name
     */
    public String source() {
        return source;
    }

    /**
     * Returns the number of accounts.
     *
     * @return at least 1
     */
    public int accountCount() {
        return accounts;
    }

    /**
     * Returns the number of data rows read (blank lines not counted).
     *
     * @return at least 1
     */
    public long rowCount() {
        return rows;
    }

    /**
     * Returns the earliest month of any row.
     *
     * @return the first month
     */
    public YearMonth firstMonth() {
        return month(minMonth);
    }

    /**
     * Returns the latest month of any row.
     *
     * @return the last month
     */
    public YearMonth lastMonth() {
        return month(maxMonth);
    }

    /**
     * Returns an account's identifier, as in the file (unquoted, surrounding blanks of an unquoted
     * field removed).
     *
     * @param account the account number, {@code 0 .. accountCount() − 1}
     * @return the id
     * @throws IndexOutOfBoundsException if {@code account} is out of range
     */
    public String accountId(int account) {
        Objects.checkIndex(account, accounts);
        return ids.string(account);
    }

    /**
     * Returns an account's currency.
     *
     * @param account the account number
     * @return the currency of all its rows
     * @throws IndexOutOfBoundsException if {@code account} is out of range
     */
    public Currency currency(int account) {
        Objects.checkIndex(account, accounts);
        return currencies[currencyOf[account]];
    }

    /**
     * Returns the currencies of the table, in order of first appearance.
     *
     * @return one or more currencies, unmodifiable
     */
    public List<Currency> currencies() {
        return List.of(currencies);
    }

    /**
     * Returns the one currency of every account.
     *
     * @return the currency
     * @throws IllegalStateException if the table holds several currencies (read with
     *     {@link MrrCsvReader.Builder#mixedCurrencies(boolean)}); convert them first
     */
    public Currency currency() {
        if (currencies.length != 1) {
            throw new IllegalStateException(source + " holds " + currencies.length + " currencies " + currencies()
                    + "; a single-currency result needs them converted first");
        }
        return currencies[0];
    }

    /**
     * Returns the month of an account's first row.
     *
     * @param account the account number
     * @return the month
     * @throws IndexOutOfBoundsException if {@code account} is out of range
     */
    public YearMonth firstMonth(int account) {
        Objects.checkIndex(account, accounts);
        return month(first[account]);
    }

    /**
     * Returns the month of an account's last row.
     *
     * @param account the account number
     * @return the month
     * @throws IndexOutOfBoundsException if {@code account} is out of range
     */
    public YearMonth lastMonth(int account) {
        Objects.checkIndex(account, accounts);
        return month(last[account]);
    }

    /**
     * Returns an account's MRR in a month, in minor units of its currency; zero for a month without
     * a row.
     *
     * @param account the account number
     * @param month the month, not null
     * @return the MRR in minor units, not negative
     * @throws IndexOutOfBoundsException if {@code account} is out of range
     * @throws NullPointerException if {@code month} is null
     */
    public long minorUnits(int account, YearMonth month) {
        Objects.checkIndex(account, accounts);
        Objects.requireNonNull(month, "month must not be null");
        long m = (long) month.getYear() * 12 + month.getMonthValue() - 1;
        if (m < first[account] || m > last[account]) {
            return 0;
        }
        int s = segment(account);
        return block(account, s)[start(account, s) + (int) (m - first[account])];
    }

    /**
     * Returns the names of the dimensions (the file's extra columns), in file order.
     *
     * @return the names as in the header, unmodifiable; empty if the file has no extra column
     */
    public List<String> dimensionNames() {
        return dimensionNames;
    }

    /**
     * Returns an account's value of a dimension: the value on its row for its latest month.
     *
     * @param account the account number
     * @param name the dimension's name, matched ignoring case, not null
     * @return the value, possibly empty
     * @throws IndexOutOfBoundsException if {@code account} is out of range
     * @throws IllegalArgumentException if there is no such dimension
     */
    public String dimension(int account, String name) {
        Objects.checkIndex(account, accounts);
        Objects.requireNonNull(name, "name must not be null");
        for (int d = 0; d < dimensionNames.size(); d++) {
            if (dimensionNames.get(d).equalsIgnoreCase(name)) {
                return dimensionValues[d][dimensionCodes[d][account]];
            }
        }
        throw new IllegalArgumentException("no dimension '" + name + "' in " + source + "; dimensions: " + dimensionNames);
    }

    /**
     * Receives one account's series; see {@link #forEachSeries(SeriesConsumer)}.
     *
     * @since 0.1.0
     */
    @FunctionalInterface
    public interface SeriesConsumer {

        /**
         * Receives account {@code account}'s MRR in minor units: {@code minorUnits[from + i]} is
         * its MRR in month {@code firstMonth(account) + i}, for {@code i < length}.
         *
         * @param account the account number
         * @param firstMonthOffset months from the table's {@link MrrTable#firstMonth()} to the
         *     account's first month, not negative
         * @param minorUnits a buffer reused for every account: read it during the call only
         * @param from the index of the first month's value
         * @param length the number of months, at least 1
         */
        void accept(int account, int firstMonthOffset, long[] minorUnits, int from, int length);
    }

    /**
     * Calls {@code consumer} once per account, in account order, with a copy of its series in a
     * buffer reused across accounts: no allocation per account. This is the way to feed a bulk
     * kernel this class has no shortcut for (e.g. {@code accept(int, long[], int, int)} of an
     * accumulator with another window).
     *
     * @param consumer the consumer, not null
     * @throws NullPointerException if {@code consumer} is null
     */
    public void forEachSeries(SeriesConsumer consumer) {
        Objects.requireNonNull(consumer, "consumer must not be null");
        long[] buffer = new long[maxMonth - minMonth + 1];
        for (int a = 0; a < accounts; a++) {
            int length = last[a] - first[a] + 1;
            int s = segment(a);
            System.arraycopy(block(a, s), start(a, s), buffer, 0, length);
            consumer.accept(a, first[a] - minMonth, buffer, 0, length);
        }
    }

    /**
     * Returns the MRR bridge over a window, computed with
     * {@link MrrBridgeAccumulator#accept(int, long[], int, int)} on each account's series in place.
     * Equals {@link MrrBridge#fromSnapshots(java.util.Collection, YearMonth, YearMonth)} of the same
     * rows.
     *
     * @param firstMonth the window's first month (the opening balance), not null
     * @param lastMonth the window's last month, not null
     * @return the bridge
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the window is invalid (see
     *     {@link MrrBridgeAccumulator#create(Currency, YearMonth, YearMonth)})
     * @throws IllegalStateException if the table holds several currencies
     */
    public MrrBridge bridge(YearMonth firstMonth, YearMonth lastMonth) {
        MrrBridgeAccumulator acc = MrrBridgeAccumulator.create(currency(), firstMonth, lastMonth);
        long window = absolute(firstMonth);
        for (int a = 0; a < accounts; a++) {
            long offset = first[a] - window;
            if (offset > MrrBridgeAccumulator.MAX_MONTHS || last[a] < window - 1) {
                continue;
            }
            int s = segment(a);
            acc.accept((int) offset, block(a, s), start(a, s), last[a] - first[a] + 1);
        }
        return acc.bridge();
    }

    /**
     * Returns the MRR bridge over the table's months, {@link #firstMonth()} to {@link #lastMonth()}.
     *
     * @return the bridge
     * @throws IllegalStateException if the table holds several currencies
     */
    public MrrBridge bridge() {
        return bridge(firstMonth(), lastMonth());
    }

    /**
     * Returns net and gross revenue retention from one month to a later one, computed with
     * {@link RevenueRetentionAccumulator#accept(int, long[], int, int)} on each account's series in
     * place.
     *
     * @param startMonth the month whose paying accounts are measured, not null
     * @param endMonth the month they are measured at, after {@code startMonth}, not null
     * @return the retention
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as {@link RevenueRetentionAccumulator#create(Currency, YearMonth, YearMonth)}
     * @throws IllegalStateException if the table holds several currencies
     */
    public RevenueRetention retention(YearMonth startMonth, YearMonth endMonth) {
        RevenueRetentionAccumulator acc = RevenueRetentionAccumulator.create(currency(), startMonth, endMonth);
        long start = absolute(startMonth);
        for (int a = 0; a < accounts; a++) {
            if (first[a] > start || last[a] < start) {
                continue;
            }
            int s = segment(a);
            acc.accept((int) (first[a] - start), block(a, s), start(a, s), last[a] - first[a] + 1);
        }
        return acc.retention();
    }

    /**
     * Returns the cohort retention matrix of the accounts, computed with
     * {@link RetentionMatrixAccumulator#acceptSeries(String, Currency, YearMonth, long[], int, int)} on
     * each account's series in place: for the built-in keys no history is built. Equals
     * {@link RetentionMatrix#of(java.util.Collection, CohortKey, YearMonth, CohortReactivationRule)} of
     * {@link #toHistories()}.
     *
     * <p>Example: {@code t.retentionMatrix(CohortKey.acquisitionQuarter(), t.lastMonth(), CohortReactivationRule.NOT_RETAINED)}.
     *
     * @param key what puts an account into a cohort, not null
     * @param asOf the last month observed, not null
     * @param rule how reactivations count, not null
     * @param <K> the cohort key type
     * @return the matrix
     * @throws NullPointerException if an argument is null, or the key function returns null
     * @throws IllegalArgumentException if an acquisition is more than
     *     {@value RetentionMatrixAccumulator#MAX_MONTHS} months before {@code asOf}
     * @throws IllegalStateException if the table holds several currencies
     * @since 0.1.0
     */
    public <K extends Comparable<? super K>> RetentionMatrix<K> retentionMatrix(CohortKey<K> key, YearMonth asOf,
            CohortReactivationRule rule) {
        RetentionMatrixAccumulator<K> acc = RetentionMatrixAccumulator.create(key, asOf, rule);
        Currency currency = currency();
        for (int a = 0; a < accounts; a++) {
            int s = segment(a);
            acc.acceptSeries(ids.string(a), currency, month(first[a]), block(a, s), start(a, s), last[a] - first[a] + 1);
        }
        return acc.result();
    }

    /**
     * Returns one account's history.
     *
     * @param account the account number
     * @return its history from its first to its last row's month
     * @throws IndexOutOfBoundsException if {@code account} is out of range
     */
    public MrrHistory history(int account) {
        Objects.checkIndex(account, accounts);
        int s = segment(account);
        int from = start(account, s);
        return MrrHistory.of(ids.string(account), currencies[currencyOf[account]], month(first[account]),
                Arrays.copyOfRange(block(account, s), from, from + last[account] - first[account] + 1));
    }

    /**
     * Returns every account's history, in ascending order of account id: equal to
     * {@link MrrHistory#fromSnapshots(java.util.Collection)} of the same rows. This builds one object
     * per account; the bulk methods of this class build none.
     *
     * @return the histories, unmodifiable
     */
    public List<MrrHistory> toHistories() {
        String[] names = ids.strings();
        Integer[] order = IntStream.range(0, accounts).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparing(i -> names[i]));
        List<MrrHistory> list = new ArrayList<>(accounts);
        for (int a : order) {
            list.add(history(a));
        }
        return Collections.unmodifiableList(list);
    }

    /**
     * Returns e.g. {@code "MrrTable{mrr.csv, 1000 accounts, 36000 rows, 2023-01..2025-12, [USD], dimensions [region]}"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "MrrTable{" + source + ", " + accounts + " accounts, " + rows + " rows, " + firstMonth() + ".."
                + lastMonth() + ", " + currencies() + ", dimensions " + dimensionNames + "}";
    }
}
