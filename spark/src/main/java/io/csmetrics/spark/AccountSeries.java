package io.csmetrics.spark;

import io.csmetrics.MrrHistory;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Currency;

/**
 * One account's MRR as a dense series of consecutive months, as {@link SparkMrr#series} builds it
 * from the rows of an MRR table: the row type of the typed aggregators in this package
 * ({@link MrrBridgeAggregator}, {@link RevenueRetentionAggregator}, {@link RetentionMatrixAggregator}).
 *
 * <p>It is a Java bean (public no-argument constructor, getters and setters) because Spark's
 * {@link org.apache.spark.sql.Encoders#bean bean encoder} stores it in plain columns
 * ({@code account string, currency string, segment string, firstMonth int, minorUnits array<bigint>}),
 * much cheaper than Java serialization per account. The month is the proleptic month count
 * {@code year × 12 + month − 1} (e.g. 2024-01 is 24288). The series is built and validated by
 * {@link SparkMrr}; a hand-made one is validated again by {@link #toHistory()}.
 *
 * <p>Example: {@code AccountSeries.of("a1", "USD", null, YearMonth.of(2024, 1), 500, 0, 700)} is
 * account a1 paying USD 5.00 in January 2024, nothing in February and USD 7.00 in March.
 *
 * @implSpec A mutable bean, as Spark's encoder requires: not thread-safe. The aggregators never
 *     modify the series they receive.
 * @since 0.1.0
 */
public final class AccountSeries implements Serializable {

    private static final long serialVersionUID = 1L;

    private String account;
    private String currency;
    private String segment;
    private int firstMonth;
    private long[] minorUnits;

    /** An empty bean, for Spark's encoder. */
    public AccountSeries() {
    }

    /**
     * Returns a series.
     *
     * @param account the account, not blank
     * @param currency the ISO 4217 code, not null
     * @param segment the account's segment, null when not grouped
     * @param firstMonth the month of {@code minorUnits[0]}, not null
     * @param minorUnits the MRR of each consecutive month in minor units; copied
     * @return the series
     * @throws NullPointerException if {@code firstMonth} or {@code minorUnits} is null
     */
    public static AccountSeries of(String account, String currency, String segment, YearMonth firstMonth,
            long... minorUnits) {
        AccountSeries s = new AccountSeries();
        s.account = account;
        s.currency = currency;
        s.segment = segment;
        s.firstMonth = epochMonth(firstMonth);
        s.minorUnits = minorUnits.clone();
        return s;
    }

    static int epochMonth(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    static YearMonth yearMonth(int epochMonth) {
        return YearMonth.of(Math.floorDiv(epochMonth, 12), Math.floorMod(epochMonth, 12) + 1);
    }

    /**
     * Returns the account.
     *
     * @return the account
     */
    public String getAccount() {
        return account;
    }

    /**
     * Sets the account (for Spark's encoder).
     *
     * @param account the account
     */
    public void setAccount(String account) {
        this.account = account;
    }

    /**
     * Returns the ISO 4217 currency code.
     *
     * @return the code
     */
    public String getCurrency() {
        return currency;
    }

    /**
     * Sets the currency code (for Spark's encoder).
     *
     * @param currency the code
     */
    public void setCurrency(String currency) {
        this.currency = currency;
    }

    /**
     * Returns the account's segment, or null when the series is not grouped.
     *
     * @return the segment
     */
    public String getSegment() {
        return segment;
    }

    /**
     * Sets the segment (for Spark's encoder).
     *
     * @param segment the segment
     */
    public void setSegment(String segment) {
        this.segment = segment;
    }

    /**
     * Returns the first month as {@code year × 12 + month − 1}.
     *
     * @return the month count
     */
    public int getFirstMonth() {
        return firstMonth;
    }

    /**
     * Sets the first month (for Spark's encoder).
     *
     * @param firstMonth the month count {@code year × 12 + month − 1}
     */
    public void setFirstMonth(int firstMonth) {
        this.firstMonth = firstMonth;
    }

    /**
     * Returns the MRR of each consecutive month in minor units; the array itself, not a copy.
     *
     * @return the values
     */
    public long[] getMinorUnits() {
        return minorUnits;
    }

    /**
     * Sets the values (for Spark's encoder); not copied.
     *
     * @param minorUnits the values
     */
    public void setMinorUnits(long[] minorUnits) {
        this.minorUnits = minorUnits;
    }

    /**
     * Returns the first month.
     *
     * @return the month
     */
    public YearMonth firstYearMonth() {
        return yearMonth(firstMonth);
    }

    /**
     * Returns the currency.
     *
     * @return the currency
     * @throws NullPointerException if the code is null
     * @throws IllegalArgumentException if the code is not an ISO 4217 code
     */
    public Currency currency() {
        return SparkMrr.currency(currency, account);
    }

    /**
     * Returns the core's history of this series, validated by {@link MrrHistory#of(String, Currency,
     * YearMonth, long...)}.
     *
     * @return the history
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the account is blank, the currency unknown or a value
     *     negative
     */
    public MrrHistory toHistory() {
        return MrrHistory.of(account, currency(), firstYearMonth(), minorUnits);
    }

    /**
     * Returns e.g. {@code "AccountSeries{a1 USD 2024-01 [500, 0, 700]}"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "AccountSeries{" + account + " " + currency + (segment == null ? "" : " segment=" + segment) + " "
                + yearMonth(firstMonth) + " " + Arrays.toString(minorUnits) + "}";
    }
}
