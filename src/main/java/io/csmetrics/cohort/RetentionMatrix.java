package io.csmetrics.cohort;

import io.csmetrics.MrrHistory;
import io.csmetrics.Ratio;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A cohort retention matrix (the "triangle"): one row per cohort, one column per month
 * {@code k = 0, 1, …} since acquisition, each cell a {@link RetentionCell} with the accounts
 * observed and retained and their starting, gross retained and net retained MRR.
 *
 * <p>Rows by acquisition month form a triangle: the cohort acquired in month {@code c} is
 * observable up to {@code k = asOf − c}; later cells are right-censored — not observable,
 * every rate an undefined {@link Ratio}, never 0. With another key (plan, segment, acquisition
 * quarter) a cell holds the members observable in that month, so the last cells of a quarter
 * cohort rest on the accounts acquired early enough.
 *
 * <p>Averages across cohorts for month {@code k} are named ({@link CohortAveraging}): pooled
 * (size-weighted) by default, or the simple mean of the cohorts' rates.
 *
 * <p>Worked example (one cohort of 4 accounts acquired 2024-01, "as of" 2024-03, default rule):
 * <pre>
 * account  Jan  Feb  Mar
 * a        100  100  150
 * b        100    0  100   (reactivated: not retained in Mar under NOT_RETAINED)
 * c        200  200    0
 * d        400  300  300
 * month 1: logo 3/4, GRR (100+200+300)/800 = 600/800, NRR 600/800
 * month 2: logo 2/4, GRR (100+300)/800 = 400/800,   NRR (150+300)/800 = 450/800
 * </pre>
 *
 * @param <K> the cohort key type
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class RetentionMatrix<K extends Comparable<? super K>> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final YearMonth asOf;
    private final CohortReactivationRule rule;
    private final Currency currency;
    private final TreeMap<K, List<RetentionCell>> rows = new TreeMap<>();
    private final int width;

    RetentionMatrix(YearMonth asOf, CohortReactivationRule rule, Currency currency, Map<K, long[]> sums) {
        this.asOf = asOf;
        this.rule = rule;
        this.currency = currency;
        int w = 0;
        for (long[] row : sums.values()) {
            w = Math.max(w, row.length / RetentionMatrixAccumulator.FIELDS);
        }
        this.width = w;
        for (Map.Entry<K, long[]> e : sums.entrySet()) {
            long[] s = e.getValue();
            List<RetentionCell> cells = new ArrayList<>(w);
            for (int k = 0; k < w; k++) {
                int b = k * RetentionMatrixAccumulator.FIELDS;
                cells.add(b < s.length ? new RetentionCell(s[b], s[b + 1], s[b + 2], s[b + 3], s[b + 4], currency)
                        : new RetentionCell(0, 0, 0, 0, 0, currency));
            }
            rows.put(e.getKey(), Collections.unmodifiableList(cells));
        }
    }

    /**
     * Returns the matrix of histories by acquisition month, "as of" the latest month of any
     * history, with the default {@link CohortReactivationRule#NOT_RETAINED}.
     *
     * @param histories the account histories, one currency, not null, no null element
     * @return the matrix; with no cohorts if no history ever pays (its "as of" month is then
     *     1970-01 when {@code histories} is empty)
     * @throws NullPointerException if {@code histories} or an element is null
     * @throws io.csmetrics.CurrencyMismatchException if the histories' currencies differ
     */
    public static RetentionMatrix<YearMonth> of(Collection<MrrHistory> histories) {
        Objects.requireNonNull(histories, "histories must not be null");
        YearMonth asOf = null;
        for (MrrHistory h : histories) {
            Objects.requireNonNull(h, "histories must not contain null");
            asOf = asOf == null || h.lastMonth().isAfter(asOf) ? h.lastMonth() : asOf;
        }
        if (asOf == null) {
            asOf = YearMonth.of(1970, 1);
        }
        return of(histories, CohortKey.acquisitionMonth(), asOf, CohortReactivationRule.NOT_RETAINED);
    }

    /**
     * Returns the matrix of histories.
     *
     * @param histories the account histories, one currency, not null, no null element
     * @param key what puts an account into a cohort, not null
     * @param asOf the last month observed, not null
     * @param rule how reactivations count, not null
     * @param <K> the cohort key type
     * @return the matrix
     * @throws NullPointerException if an argument or element is null
     * @throws io.csmetrics.CurrencyMismatchException if the histories' currencies differ
     */
    public static <K extends Comparable<? super K>> RetentionMatrix<K> of(Collection<MrrHistory> histories,
            CohortKey<K> key, YearMonth asOf, CohortReactivationRule rule) {
        Objects.requireNonNull(histories, "histories must not be null");
        RetentionMatrixAccumulator<K> acc = RetentionMatrixAccumulator.create(key, asOf, rule);
        for (MrrHistory h : histories) {
            acc.accept(Objects.requireNonNull(h, "histories must not contain null"));
        }
        return acc.result();
    }

    /**
     * Returns the last month observed.
     *
     * @return the "as of" month
     */
    public YearMonth asOf() {
        return asOf;
    }

    /**
     * Returns the reactivation rule the matrix was built with.
     *
     * @return the rule
     */
    public CohortReactivationRule rule() {
        return rule;
    }

    /**
     * Returns the currency of the amounts.
     *
     * @return the currency; empty if the matrix has no cohort
     */
    public Optional<Currency> currency() {
        return Optional.ofNullable(currency);
    }

    /**
     * Returns the cohort keys in ascending order.
     *
     * @return the keys, unmodifiable; empty if no account was acquired by the "as of" month
     */
    public List<K> keys() {
        return List.copyOf(rows.keySet());
    }

    /**
     * Returns the number of month columns, {@code 1 +} the largest {@code k} observable in any
     * cohort.
     *
     * @return the width; 0 for an empty matrix
     */
    public int width() {
        return width;
    }

    /**
     * Returns a cohort's row, one cell per column; cells beyond what is observable are not
     * observable.
     *
     * @param key the cohort key, not null
     * @return the cells, unmodifiable, of length {@link #width()}
     * @throws NullPointerException if {@code key} is null
     * @throws NoSuchElementException if there is no such cohort
     */
    public List<RetentionCell> row(K key) {
        Objects.requireNonNull(key, "key must not be null");
        List<RetentionCell> row = rows.get(key);
        if (row == null) {
            throw new NoSuchElementException("no cohort " + key + "; cohorts: " + rows.keySet());
        }
        return row;
    }

    /**
     * Returns one cell.
     *
     * @param key the cohort key, not null
     * @param month the month since acquisition, from 0 to {@code width() - 1}
     * @return the cell
     * @throws NullPointerException if {@code key} is null
     * @throws NoSuchElementException if there is no such cohort
     * @throws IndexOutOfBoundsException if {@code month} is out of range
     */
    public RetentionCell cell(K key, int month) {
        List<RetentionCell> row = row(key);
        Objects.checkIndex(month, row.size());
        return row.get(month);
    }

    /**
     * Returns the number of accounts in a cohort (its observed accounts in month 0).
     *
     * @param key the cohort key, not null
     * @return the size
     * @throws NullPointerException if {@code key} is null
     * @throws NoSuchElementException if there is no such cohort
     */
    public long cohortSize(K key) {
        return row(key).get(0).observedAccounts();
    }

    /**
     * Returns a cohort's logo retention in a month; see {@link RetentionCell#logoRetention()}.
     *
     * @param key the cohort key, not null
     * @param month the month since acquisition, from 0 to {@code width() - 1}
     * @return the ratio; undefined when the cell is not observable
     * @throws NullPointerException if {@code key} is null
     * @throws NoSuchElementException if there is no such cohort
     * @throws IndexOutOfBoundsException if {@code month} is out of range
     */
    public Ratio logoRetention(K key, int month) {
        return cell(key, month).logoRetention();
    }

    /**
     * Returns a cohort's gross revenue retention in a month; see
     * {@link RetentionCell#grossRevenueRetention()}.
     *
     * @param key the cohort key, not null
     * @param month the month since acquisition, from 0 to {@code width() - 1}
     * @return the ratio; undefined when the cell is not observable
     * @throws NullPointerException if {@code key} is null
     * @throws NoSuchElementException if there is no such cohort
     * @throws IndexOutOfBoundsException if {@code month} is out of range
     */
    public Ratio grossRevenueRetention(K key, int month) {
        return cell(key, month).grossRevenueRetention();
    }

    /**
     * Returns a cohort's net revenue retention in a month; see
     * {@link RetentionCell#netRevenueRetention()}.
     *
     * @param key the cohort key, not null
     * @param month the month since acquisition, from 0 to {@code width() - 1}
     * @return the ratio; undefined when the cell is not observable
     * @throws NullPointerException if {@code key} is null
     * @throws NoSuchElementException if there is no such cohort
     * @throws IndexOutOfBoundsException if {@code month} is out of range
     */
    public Ratio netRevenueRetention(K key, int month) {
        return cell(key, month).netRevenueRetention();
    }

    /**
     * Returns the average of a measure across the cohorts observable in month {@code k}.
     *
     * <p>With {@code n} observable cohorts, retained parts {@code r_i} and bases {@code b_i}
     * (accounts for {@link RetentionMeasure#LOGO}, starting MRR for the revenue measures):
     * {@link CohortAveraging#POOLED} is {@code Σ r_i / Σ b_i};
     * {@link CohortAveraging#SIMPLE_MEAN} is {@code (1/n) Σ r_i / b_i}, computed exactly as a
     * fraction of integers. Both are exact even where the sums across cohorts exceed a {@code long}
     * (9.2 × 10^18 minor units). Example: cohorts 9/10 and 495/990 give 504/1000 pooled and 7/10 as a
     * simple mean.
     *
     * @param measure the measure, not null
     * @param month the month since acquisition, not negative; beyond the width no cohort is
     *     observable
     * @param averaging how to average, not null
     * @return the average with the number of cohorts in it; its value is undefined ({@code 0/0})
     *     when no cohort is observable in that month
     * @throws NullPointerException if an object argument is null
     * @throws IllegalArgumentException if {@code month} is negative
     */
    public CohortAverage average(RetentionMeasure measure, int month, CohortAveraging averaging) {
        Objects.requireNonNull(measure, "measure must not be null");
        Objects.requireNonNull(averaging, "averaging must not be null");
        if (month < 0) {
            throw new IllegalArgumentException("month must not be negative: " + month);
        }
        int n = 0;
        BigInteger pooledNum = BigInteger.ZERO;
        BigInteger pooledDen = BigInteger.ZERO;
        BigInteger num = BigInteger.ZERO;
        BigInteger den = BigInteger.ONE;
        for (List<RetentionCell> row : rows.values()) {
            if (month >= row.size() || !row.get(month).isObservable()) {
                continue;
            }
            RetentionCell c = row.get(month);
            long r = measure == RetentionMeasure.LOGO ? c.retainedAccounts()
                    : measure == RetentionMeasure.GROSS_REVENUE ? c.grossRetainedMrrMinor() : c.netRetainedMrrMinor();
            long b = measure == RetentionMeasure.LOGO ? c.observedAccounts() : c.startingMrrMinor();
            if (b == 0) {
                continue;
            }
            n++;
            // Exact beyond a long: cells each fit one, their sum across cohorts need not.
            pooledNum = pooledNum.add(BigInteger.valueOf(r));
            pooledDen = pooledDen.add(BigInteger.valueOf(b));
            BigInteger bb = BigInteger.valueOf(b);
            num = num.multiply(bb).add(BigInteger.valueOf(r).multiply(den));
            den = den.multiply(bb);
            BigInteger g = num.gcd(den);
            if (g.signum() > 0 && !g.equals(BigInteger.ONE)) {
                num = num.divide(g);
                den = den.divide(g);
            }
        }
        Ratio value = averaging == CohortAveraging.POOLED || n == 0 ? Ratio.of(new BigDecimal(pooledNum), new BigDecimal(pooledDen))
                : Ratio.of(new BigDecimal(num), new BigDecimal(den.multiply(BigInteger.valueOf(n))));
        return new CohortAverage(measure, month, averaging, n, value);
    }

    /**
     * Equality of "as of" month, rule, currency and every cell.
     *
     * @param obj the object to compare
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof RetentionMatrix<?> && ((RetentionMatrix<?>) obj).asOf.equals(asOf)
                && ((RetentionMatrix<?>) obj).rule == rule && Objects.equals(((RetentionMatrix<?>) obj).currency, currency)
                && ((RetentionMatrix<?>) obj).rows.equals(rows);
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, rule, currency, rows);
    }

    /**
     * Returns a compact text form: one line per cohort with its size and logo retention per month
     * in percent, {@code "-"} for a right-censored cell.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("RetentionMatrix{asOf=").append(asOf).append(", rule=").append(rule)
                .append(", logo %");
        for (Map.Entry<K, List<RetentionCell>> e : rows.entrySet()) {
            sb.append("\n  ").append(e.getKey()).append(" (").append(e.getValue().get(0).observedAccounts()).append("):");
            for (RetentionCell c : e.getValue()) {
                sb.append(' ').append(c.isObservable()
                        ? c.logoRetention().toPercent(1, java.math.RoundingMode.HALF_EVEN).toPlainString() : "-");
            }
        }
        return sb.append('}').toString();
    }

    /**
     * Re-checks a deserialised RetentionMatrix through the factory's validation, so a tampered stream cannot
     * produce one that the factory would refuse.
     *
     * @return the checked instance
     * @throws java.io.InvalidObjectException if the stream breaks an invariant
     */
    private Object readResolve() throws java.io.InvalidObjectException {
        try {
            Objects.requireNonNull(asOf, "asOf must not be null");
            Objects.requireNonNull(rule, "rule must not be null");
            Objects.requireNonNull(rows, "rows must not be null");
            Map<K, long[]> sums = new java.util.HashMap<>();
            for (Map.Entry<K, List<RetentionCell>> e : rows.entrySet()) {
                List<RetentionCell> cells = Objects.requireNonNull(e.getValue(), "a row must not be null");
                if (cells.size() != width) {
                    throw new IllegalArgumentException("row " + e.getKey() + " has " + cells.size()
                            + " cells, not the width " + width);
                }
                long[] s = new long[width * RetentionMatrixAccumulator.FIELDS];
                for (int k = 0; k < width; k++) {
                    RetentionCell c = Objects.requireNonNull(cells.get(k), "a cell must not be null");
                    if (!Objects.equals(c.currency(), currency)) {
                        throw new IllegalArgumentException("cell currency " + c.currency() + " is not " + currency);
                    }
                    int b = k * RetentionMatrixAccumulator.FIELDS;
                    s[b] = c.observedAccounts();
                    s[b + 1] = c.retainedAccounts();
                    s[b + 2] = c.startingMrrMinor();
                    s[b + 3] = c.grossRetainedMrrMinor();
                    s[b + 4] = c.netRetainedMrrMinor();
                }
                sums.put(Objects.requireNonNull(e.getKey(), "a cohort key must not be null"), s);
            }
            return new RetentionMatrix<>(asOf, rule, currency, sums);
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid RetentionMatrix: " + e.getMessage())
                    .initCause(e);
        }
    }
}
