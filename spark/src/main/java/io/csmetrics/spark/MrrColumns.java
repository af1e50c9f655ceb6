package io.csmetrics.spark;

import java.io.Serializable;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * The names of the columns of an MRR table in Spark, one row per account and month, and how to
 * read them: the input of every MRR family in this package ({@link SparkRevenue},
 * {@link SparkCohorts}).
 *
 * <p>The defaults are {@code account}, {@code month}, {@code mrr} and {@code currency}. The types
 * accepted:
 * <ul>
 *   <li>account: any type, read as its string form; never null or blank;
 *   <li>month: a string {@code yyyy-MM} ({@link java.time.YearMonth#parse}) or a {@code date}
 *       (its month);
 *   <li>mrr: an integral type ({@code int}, {@code bigint} …) is the amount in the currency's minor
 *       units (cents); a {@code decimal} is the amount in major units, which must be a whole number
 *       of minor units; never null or negative; {@code double} is refused (money is never binary
 *       floating point);
 *   <li>currency: an ISO 4217 code; all rows of one result must share it. When the table has no
 *       currency column, {@link #withCurrency(Currency)} names the one currency of every row.
 * </ul>
 *
 * <p>Example: {@code MrrColumns.defaults().withAccount("customer_id").withCurrency(USD)}.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class MrrColumns implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final MrrColumns DEFAULTS = new MrrColumns("account", "month", "mrr", "currency", null);

    private final String account;
    private final String month;
    private final String mrr;
    private final String currencyColumn;
    private final Currency currency;

    private MrrColumns(String account, String month, String mrr, String currencyColumn, Currency currency) {
        this.account = account;
        this.month = month;
        this.mrr = mrr;
        this.currencyColumn = currencyColumn;
        this.currency = currency;
    }

    /**
     * Returns the default columns: {@code account}, {@code month}, {@code mrr}, {@code currency}.
     *
     * @return the defaults
     */
    public static MrrColumns defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy reading the account from another column.
     *
     * @param name the column name, not blank
     * @return the copy
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public MrrColumns withAccount(String name) {
        return new MrrColumns(check("account", name), month, mrr, currencyColumn, currency);
    }

    /**
     * Returns a copy reading the month from another column.
     *
     * @param name the column name, not blank
     * @return the copy
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public MrrColumns withMonth(String name) {
        return new MrrColumns(account, check("month", name), mrr, currencyColumn, currency);
    }

    /**
     * Returns a copy reading the MRR from another column.
     *
     * @param name the column name, not blank
     * @return the copy
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public MrrColumns withMrr(String name) {
        return new MrrColumns(account, month, check("mrr", name), currencyColumn, currency);
    }

    /**
     * Returns a copy reading each row's currency code from another column.
     *
     * @param name the column name, not blank
     * @return the copy, with no fixed currency
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public MrrColumns withCurrencyColumn(String name) {
        return new MrrColumns(account, month, mrr, check("currency", name), null);
    }

    /**
     * Returns a copy for a table without a currency column: every row is in {@code currency} (a
     * currency column, if the table has one, is then not read). An empty table then has a result
     * (all zero) in that currency.
     *
     * @param currency the currency of every row, not null
     * @return the copy
     * @throws NullPointerException if {@code currency} is null
     */
    public MrrColumns withCurrency(Currency currency) {
        return new MrrColumns(account, month, mrr, null,
                Objects.requireNonNull(currency, "currency must not be null"));
    }

    /**
     * Returns the account column's name.
     *
     * @return the name
     */
    public String account() {
        return account;
    }

    /**
     * Returns the month column's name.
     *
     * @return the name
     */
    public String month() {
        return month;
    }

    /**
     * Returns the MRR column's name.
     *
     * @return the name
     */
    public String mrr() {
        return mrr;
    }

    /**
     * Returns the currency column's name, empty when a fixed currency is set.
     *
     * @return the name
     */
    public Optional<String> currencyColumn() {
        return Optional.ofNullable(currencyColumn);
    }

    /**
     * Returns the fixed currency of every row, empty when it is read from a column.
     *
     * @return the currency
     */
    public Optional<Currency> currency() {
        return Optional.ofNullable(currency);
    }

    private static String check(String what, String name) {
        Objects.requireNonNull(name, what + " column name must not be null");
        if (name.isBlank()) {
            throw new IllegalArgumentException(what + " column name must not be blank: '" + name + "'");
        }
        return name;
    }

    /**
     * Returns e.g. {@code "MrrColumns{account, month, mrr, currency}"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "MrrColumns{" + account + ", " + month + ", " + mrr + ", "
                + (currency != null ? "fixed " + currency.getCurrencyCode() : currencyColumn) + "}";
    }
}
