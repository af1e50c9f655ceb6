package io.csmetrics;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One account's MRR over consecutive months, in the currency's minor units: the account-level
 * series MRR movements, cohorts and retention are computed from.
 *
 * <p>Month {@code firstMonth() + i} has MRR {@code minorUnitsAt(i)}; zero means the account paid
 * nothing that month (not yet a customer, churned, or paused). Months outside the series are
 * zero as well. Holding {@code long} minor units keeps bulk computation exact and allocation-free.
 *
 * <p>Example: {@code MrrHistory.of("acme", USD, YearMonth.of(2024, 1), 10000, 12000, 0)} is an
 * account paying USD 100.00 in January 2024, expanding to USD 120.00 in February and churning in
 * March.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class MrrHistory implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String accountId;
    private final Currency currency;
    private final YearMonth firstMonth;
    private final long[] minorUnits;

    private MrrHistory(String accountId, Currency currency, YearMonth firstMonth, long[] minorUnits) {
        this.accountId = accountId;
        this.currency = currency;
        this.firstMonth = firstMonth;
        this.minorUnits = minorUnits;
    }

    /**
     * Returns a history from minor units per month.
     *
     * @param accountId the account's identifier, not blank
     * @param currency the currency, not null
     * @param firstMonth the month of the first value, not null
     * @param minorUnits the MRR of each consecutive month in minor units, none negative; copied
     * @return the history
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code accountId} is blank, a value is negative, or the last
     *     month would fall after the last month a {@link YearMonth} can hold
     */
    public static MrrHistory of(String accountId, Currency currency, YearMonth firstMonth, long... minorUnits) {
        Objects.requireNonNull(accountId, "accountId must not be null");
        Money.checkCurrency(currency);
        Objects.requireNonNull(firstMonth, "firstMonth must not be null");
        Objects.requireNonNull(minorUnits, "minorUnits must not be null");
        if (accountId.isBlank()) {
            throw new IllegalArgumentException("accountId must not be blank: '" + accountId + "'");
        }
        // The last month must be one YearMonth can hold (year 999,999,999), or lastMonth() and mrrAt would throw.
        long room = (java.time.Year.MAX_VALUE - (long) firstMonth.getYear()) * 12 + 12 - firstMonth.getMonthValue();
        if (minorUnits.length - 1L > room) {
            throw new IllegalArgumentException("minorUnits has " + minorUnits.length + " months from " + firstMonth
                    + ", past the last month a YearMonth can hold (" + YearMonth.of(java.time.Year.MAX_VALUE, 12)
                    + "); at most " + (room + 1) + " (account " + accountId + ")");
        }
        long[] copy = minorUnits.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] < 0) {
                throw new IllegalArgumentException("minorUnits[" + i + "] (" + firstMonth.plusMonths(i)
                        + ") must not be negative: " + copy[i] + " (account " + accountId + ")");
            }
        }
        return new MrrHistory(accountId, currency, firstMonth, copy);
    }

    /**
     * Returns a history from money amounts per month.
     *
     * @param accountId the account's identifier, not blank
     * @param firstMonth the month of the first value, not null
     * @param monthly the MRR of each consecutive month, at least one, one currency, none negative
     * @return the history
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if {@code monthly} is empty, an amount is negative or not a
     *     whole number of minor units
     * @throws CurrencyMismatchException if the amounts' currencies differ
     */
    public static MrrHistory of(String accountId, YearMonth firstMonth, List<Money> monthly) {
        Objects.requireNonNull(monthly, "monthly must not be null");
        if (monthly.isEmpty()) {
            throw new IllegalArgumentException("monthly must not be empty (account " + accountId + ")");
        }
        Money first = Objects.requireNonNull(monthly.get(0), "monthly[0] must not be null");
        long[] units = new long[monthly.size()];
        for (int i = 0; i < units.length; i++) {
            Money m = first.checkSameCurrency(monthly.get(i), "monthly[" + i + "]");
            units[i] = minorUnits(m, "monthly[" + i + "]");
        }
        return of(accountId, first.currency(), firstMonth, units);
    }

    private static long minorUnits(Money m, String what) {
        try {
            return m.toMinorUnits();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
        }
    }

    /**
     * Groups snapshots into one history per account, in ascending order of account id. Each
     * history runs from the account's first to its last snapshot month; months in between without
     * a snapshot are zero. Snapshots may come in any order.
     *
     * <p>Cost: two passes over the snapshots with one hash lookup each and four bytes per snapshot of
     * working memory (its account number), then one {@code long} per account-month and a sort of the
     * account ids; no map per account.
     *
     * @param snapshots the snapshots, not null, no null element
     * @return the histories, unmodifiable, sorted by account id
     * @throws NullPointerException if {@code snapshots} or an element is null
     * @throws IllegalArgumentException if one account has two snapshots for the same month, or an
     *     account's months span more than {@code Integer.MAX_VALUE - 8}
     * @throws CurrencyMismatchException if the snapshots are not all of one currency
     */
    public static List<MrrHistory> fromSnapshots(Collection<MrrSnapshot> snapshots) {
        Objects.requireNonNull(snapshots, "snapshots must not be null");
        int n = snapshots.size();
        // Pass 1: number the accounts, find each one's month range, check currencies.
        Map<String, Integer> numbers = new HashMap<>();
        int[] accountOf = new int[n];
        long[] firstOf = new long[16];
        long[] lastOf = new long[16];
        Currency currency = null;
        int r = 0;
        for (MrrSnapshot s : snapshots) {
            Objects.requireNonNull(s, "snapshots must not contain null");
            Currency c = s.mrr().currency();
            if (currency == null) {
                currency = c;
            } else if (!currency.equals(c)) {
                throw new CurrencyMismatchException(currency, c);
            }
            int k = numbers.size();
            Integer known = numbers.putIfAbsent(s.accountId(), k);
            long m = s.month().getYear() * 12L + s.month().getMonthValue() - 1;
            if (known == null) {
                if (k == firstOf.length) {
                    firstOf = Arrays.copyOf(firstOf, k * 2);
                    lastOf = Arrays.copyOf(lastOf, k * 2);
                }
                firstOf[k] = m;
                lastOf[k] = m;
            } else {
                k = known;
                firstOf[k] = Math.min(firstOf[k], m);
                lastOf[k] = Math.max(lastOf[k], m);
            }
            accountOf[r++] = k;
        }
        // Pass 2: fill one series per account; -1 marks a month not yet seen, so a second snapshot is a duplicate.
        int accounts = numbers.size();
        long[][] series = new long[accounts][];
        for (int k = 0; k < accounts; k++) {
            long span = lastOf[k] - firstOf[k] + 1;
            if (span > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("an account's snapshots span " + span + " months, too many for one history");
            }
            series[k] = new long[(int) span];
            Arrays.fill(series[k], -1L);
        }
        r = 0;
        for (MrrSnapshot s : snapshots) {
            int k = accountOf[r++];
            int i = (int) (s.month().getYear() * 12L + s.month().getMonthValue() - 1 - firstOf[k]);
            if (series[k][i] >= 0) {
                throw new IllegalArgumentException("duplicate month " + s.month() + " for account " + s.accountId());
            }
            series[k][i] = s.mrr().toMinorUnits();
        }
        String[] ids = new String[accounts];
        numbers.forEach((id, k) -> ids[k] = id);
        Integer[] order = new Integer[accounts];
        for (int k = 0; k < accounts; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> ids[a].compareTo(ids[b]));
        List<MrrHistory> histories = new ArrayList<>(accounts);
        for (int k : order) {
            long[] units = series[k];
            for (int i = 0; i < units.length; i++) {
                if (units[i] < 0) {
                    units[i] = 0;
                }
            }
            long f = firstOf[k];
            histories.add(new MrrHistory(ids[k], currency, YearMonth.of((int) Math.floorDiv(f, 12), Math.floorMod(f, 12) + 1),
                    units));
        }
        return Collections.unmodifiableList(histories);
    }

    static int monthsBetween(YearMonth from, YearMonth to) {
        return Math.toIntExact((to.getYear() - (long) from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue());
    }

    /**
     * Returns the account's identifier.
     *
     * @return the id, not blank
     */
    public String accountId() {
        return accountId;
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
     * Returns the month of the first value.
     *
     * @return the first month
     */
    public YearMonth firstMonth() {
        return firstMonth;
    }

    /**
     * Returns the month of the last value; before {@link #firstMonth()} if the history is empty.
     *
     * @return the last month
     */
    public YearMonth lastMonth() {
        return firstMonth.plusMonths(minorUnits.length - 1L);
    }

    /**
     * Returns the number of months in the series.
     *
     * @return the length, not negative
     */
    public int length() {
        return minorUnits.length;
    }

    /**
     * Returns the MRR of the {@code index}-th month in minor units.
     *
     * @param index the month index, from 0 to {@code length() - 1}
     * @return the MRR in minor units
     * @throws IndexOutOfBoundsException if {@code index} is out of range
     */
    public long minorUnitsAt(int index) {
        if (index < 0 || index >= minorUnits.length) {
            // Explicit: the JVM's own exception loses its message once the JIT makes it a fast throw.
            throw new IndexOutOfBoundsException("index (valid values 0 - " + (minorUnits.length - 1) + ") of account "
                    + accountId + ": " + index);
        }
        return minorUnits[index];
    }

    /**
     * Returns the MRR in a month; zero for a month outside the series.
     *
     * @param month the month, not null
     * @return the MRR at the currency's scale
     * @throws NullPointerException if {@code month} is null
     */
    public Money mrrAt(YearMonth month) {
        Objects.requireNonNull(month, "month must not be null");
        long i = (month.getYear() - (long) firstMonth.getYear()) * 12 + month.getMonthValue() - firstMonth.getMonthValue();
        return Money.ofMinor(i < 0 || i >= minorUnits.length ? 0 : minorUnits[(int) i], currency);
    }

    /**
     * Copies months {@code [srcBegin, srcEnd)} of the series, in minor units, into {@code dst} from
     * {@code dstBegin}, as {@link String#getChars(int, int, char[], int)} does: for bulk consumers that
     * keep one buffer, so reading a history allocates nothing.
     *
     * @param srcBegin the first month index to copy
     * @param srcEnd the month index after the last one to copy
     * @param dst the destination, not null
     * @param dstBegin the index in {@code dst} of the first value
     * @throws NullPointerException if {@code dst} is null
     * @throws IndexOutOfBoundsException if a range lies outside its array or {@code srcBegin > srcEnd}
     * @since 0.1.0
     */
    public void getMinorUnits(int srcBegin, int srcEnd, long[] dst, int dstBegin) {
        Objects.requireNonNull(dst, "dst must not be null");
        Objects.checkFromToIndex(srcBegin, srcEnd, minorUnits.length);
        Objects.checkFromIndexSize(dstBegin, srcEnd - srcBegin, dst.length);
        System.arraycopy(minorUnits, srcBegin, dst, dstBegin, srcEnd - srcBegin);
    }

    /**
     * Returns a copy of the series in minor units.
     *
     * @return a new array
     */
    public long[] toMinorUnitsArray() {
        return minorUnits.clone();
    }

    /**
     * Returns the series as snapshots, one per month, zeros included.
     *
     * @return the snapshots, unmodifiable
     */
    public List<MrrSnapshot> toSnapshots() {
        List<MrrSnapshot> list = new ArrayList<>(minorUnits.length);
        for (int i = 0; i < minorUnits.length; i++) {
            list.add(new MrrSnapshot(accountId, firstMonth.plusMonths(i), Money.ofMinor(minorUnits[i], currency)));
        }
        return Collections.unmodifiableList(list);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof MrrHistory && ((MrrHistory) obj).accountId.equals(accountId)
                && ((MrrHistory) obj).currency.equals(currency) && ((MrrHistory) obj).firstMonth.equals(firstMonth)
                && Arrays.equals(((MrrHistory) obj).minorUnits, minorUnits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, currency, firstMonth) * 31 + Arrays.hashCode(minorUnits);
    }

    @Override
    public String toString() {
        return "MrrHistory{" + accountId + ", " + currency.getCurrencyCode() + ", from " + firstMonth + ", "
                + minorUnits.length + " months}";
    }

    /**
     * Re-checks a deserialised MrrHistory through the factory's validation, so a tampered stream cannot
     * produce one that the factory would refuse.
     *
     * @return the checked instance
     * @throws java.io.InvalidObjectException if the stream breaks an invariant
     */
    private Object readResolve() throws java.io.InvalidObjectException {
        try {
            return of(accountId, currency, firstMonth, minorUnits);
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid MrrHistory: " + e.getMessage())
                    .initCause(e);
        }
    }
}
