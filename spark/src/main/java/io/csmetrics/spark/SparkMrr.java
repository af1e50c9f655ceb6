package io.csmetrics.spark;

import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import io.csmetrics.revenue.MrrBridgeAccumulator;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Currency;
import java.util.Iterator;
import java.util.Objects;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Turns an MRR table (one row per account and month, see {@link MrrColumns}) into one dense
 * {@link AccountSeries} per account: the step before every MRR aggregator in this package, and
 * the Spark counterpart of {@link io.csmetrics.MrrHistory#fromSnapshots}.
 *
 * <p>The rows are grouped by account ({@code groupByKey}/{@code mapGroups}, one shuffle); each
 * account's rows are sorted by month and laid out from its first to its last month, months without
 * a row being zero, as in the core. Validation is the core's, with the same exception types and
 * messages naming the column, account and month:
 * <ul>
 *   <li>a null account, month, MRR or currency: {@code NullPointerException};
 *   <li>a blank account, an unparsable month, a negative MRR, an MRR with more decimals than the
 *       currency allows, an unknown currency code, two rows for one account and month
 *       ({@code "duplicate month 2024-03 for account a1"}), or an account spanning more than
 *       {@link MrrBridgeAccumulator#MAX_MONTHS} months: {@code IllegalArgumentException};
 *   <li>one account's rows in two currencies, or two segments: {@link CurrencyMismatchException},
 *       {@code IllegalArgumentException}.
 * </ul>
 * Column problems (a missing column, a {@code double} MRR) are found on the driver, before any job.
 * Errors found in a task surface when an action runs; the helpers ({@link SparkRevenue},
 * {@link SparkCohorts}) rethrow the core's exception from Spark's wrapper.
 *
 * <p>Example: {@code Dataset<AccountSeries> s = SparkMrr.series(spark.table("mrr"), MrrColumns.defaults());}
 *
 * @implSpec This class is stateless and thread-safe.
 * @since 0.1.0
 */
public final class SparkMrr {

    private SparkMrr() {
    }

    /**
     * Returns one series per account, without segments.
     *
     * @param rows the MRR table, not null
     * @param columns its columns, not null
     * @return the lazily computed series, one per account
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a column is missing or of a type not listed in
     *     {@link MrrColumns}
     */
    public static Dataset<AccountSeries> series(Dataset<Row> rows, MrrColumns columns) {
        return series(rows, columns, null);
    }

    /**
     * Returns one series per account, each with the account's segment read from a column (all of
     * an account's rows must name the same segment, never null).
     *
     * @param rows the MRR table, not null
     * @param columns its columns, not null
     * @param segmentColumn the segment column (any type, read as a string), or null for none
     * @return the lazily computed series, one per account
     * @throws NullPointerException if {@code rows} or {@code columns} is null
     * @throws IllegalArgumentException if a column is missing or of a type not listed in
     *     {@link MrrColumns}
     */
    public static Dataset<AccountSeries> series(Dataset<Row> rows, MrrColumns columns, String segmentColumn) {
        Objects.requireNonNull(rows, "rows must not be null");
        Objects.requireNonNull(columns, "columns must not be null");
        StructType schema = rows.schema();
        field(schema, columns.account(), "account");
        DataType monthType = field(schema, columns.month(), "month").dataType();
        if (!monthType.equals(DataTypes.StringType) && !monthType.equals(DataTypes.DateType)) {
            throw new IllegalArgumentException("month column '" + columns.month()
                    + "' must be a string (yyyy-MM) or a date, not " + monthType.simpleString());
        }
        DataType mrrType = field(schema, columns.mrr(), "mrr").dataType();
        boolean decimal = mrrType instanceof DecimalType;
        if (!decimal && !isIntegral(mrrType)) {
            throw new IllegalArgumentException("mrr column '" + columns.mrr() + "' must be an integral type (minor units)"
                    + " or a decimal (major units), not " + mrrType.simpleString()
                    + "; money is never binary floating point");
        }
        Column currency;
        if (columns.currency().isPresent()) {
            Money.zero(columns.currency().get());
            currency = functions.lit(columns.currency().get().getCurrencyCode());
        } else {
            String name = columns.currencyColumn().orElseThrow();
            DataType type = field(schema, name, "currency").dataType();
            if (!type.equals(DataTypes.StringType)) {
                throw new IllegalArgumentException("currency column '" + name + "' must be a string (ISO 4217 code), not "
                        + type.simpleString());
            }
            currency = functions.col(quote(name));
        }
        Column segment = functions.lit(null).cast(DataTypes.StringType);
        if (segmentColumn != null) {
            field(schema, segmentColumn, "segment");
            segment = functions.col(quote(segmentColumn)).cast(DataTypes.StringType);
        }
        Dataset<Row> normalised = rows.select(functions.col(quote(columns.account())).cast(DataTypes.StringType),
                functions.col(quote(columns.month())), functions.col(quote(columns.mrr())), currency, segment);
        Parser parser = new Parser(columns, segmentColumn, decimal);
        return normalised.groupByKey((MapFunction<Row, String>) parser::account, Encoders.STRING())
                .mapGroups((MapGroupsFunction<String, Row, AccountSeries>) parser::series,
                        Encoders.bean(AccountSeries.class));
    }

    static StructField field(StructType schema, String name, String what) {
        for (StructField f : schema.fields()) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException(what + " column '" + name + "' not found in " + Arrays.toString(schema.fieldNames()));
    }

    /** Backquotes a column name so that dots and spaces in it are taken literally. */
    static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    private static boolean isIntegral(DataType t) {
        return t.equals(DataTypes.LongType) || t.equals(DataTypes.IntegerType) || t.equals(DataTypes.ShortType)
                || t.equals(DataTypes.ByteType);
    }

    static Currency currency(String code, String account) {
        Objects.requireNonNull(code, () -> "currency must not be null (account " + account + ")");
        Currency c;
        try {
            c = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currency '" + code + "' is not an ISO 4217 code (account " + account + ")", e);
        }
        Money.zero(c);
        return c;
    }

    /** Parses and checks rows in the executors; serializable, it holds only names and flags. */
    private static final class Parser implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String accountColumn;
        private final String monthColumn;
        private final String mrrColumn;
        private final String segmentColumn;
        private final boolean decimal;

        Parser(MrrColumns columns, String segmentColumn, boolean decimal) {
            this.accountColumn = columns.account();
            this.monthColumn = columns.month();
            this.mrrColumn = columns.mrr();
            this.segmentColumn = segmentColumn;
            this.decimal = decimal;
        }

        String account(Row row) {
            String account = row.getString(0);
            if (account == null) {
                Object month = row.get(1);
                throw new NullPointerException("account must not be null (column '" + accountColumn + "', month "
                        + month + ")");
            }
            if (account.isBlank()) {
                throw new IllegalArgumentException("account must not be blank: '" + account + "' (column '"
                        + accountColumn + "')");
            }
            return account;
        }

        AccountSeries series(String account, Iterator<Row> rows) {
            int n = 0;
            int[] months = new int[16];
            long[] values = new long[16];
            Currency currency = null;
            String segment = null;
            while (rows.hasNext()) {
                Row row = rows.next();
                YearMonth month = month(row.get(1), account);
                String code = row.getString(3);
                Currency c = SparkMrr.currency(code, account);
                if (currency == null) {
                    currency = c;
                } else if (!currency.equals(c)) {
                    throw new CurrencyMismatchException(currency, c);
                }
                if (segmentColumn != null) {
                    String s = row.getString(4);
                    if (s == null) {
                        throw new NullPointerException("segment must not be null (column '" + segmentColumn + "', account "
                                + account + ", month " + month + ")");
                    }
                    if (segment == null) {
                        segment = s;
                    } else if (!segment.equals(s)) {
                        throw new IllegalArgumentException("account " + account + " has rows in two segments: '" + segment
                                + "' and '" + s + "' (column '" + segmentColumn + "')");
                    }
                }
                if (n == months.length) {
                    months = Arrays.copyOf(months, n * 2);
                    values = Arrays.copyOf(values, n * 2);
                }
                months[n] = AccountSeries.epochMonth(month);
                values[n] = minorUnits(row.get(2), c, account, month);
                n++;
            }
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                // month in the high bits, row index in the low: one primitive sort orders rows by month
                keys[i] = ((long) months[i] << 32) | i;
            }
            Arrays.sort(keys);
            int first = (int) (keys[0] >> 32);
            int last = (int) (keys[n - 1] >> 32);
            long span = (long) last - first + 1;
            if (span > MrrBridgeAccumulator.MAX_MONTHS) {
                throw new IllegalArgumentException("account " + account + " spans " + span + " months ("
                        + AccountSeries.yearMonth(first) + ".." + AccountSeries.yearMonth(last) + "), more than "
                        + MrrBridgeAccumulator.MAX_MONTHS);
            }
            long[] dense = new long[(int) span];
            for (int k = 0; k < n; k++) {
                int m = (int) (keys[k] >> 32);
                if (k > 0 && m == (int) (keys[k - 1] >> 32)) {
                    throw new IllegalArgumentException("duplicate month " + AccountSeries.yearMonth(m) + " for account "
                            + account);
                }
                dense[m - first] = values[(int) keys[k]];
            }
            AccountSeries s = new AccountSeries();
            s.setAccount(account);
            s.setCurrency(currency.getCurrencyCode());
            s.setSegment(segment);
            s.setFirstMonth(first);
            s.setMinorUnits(dense);
            return s;
        }

        private YearMonth month(Object value, String account) {
            if (value == null) {
                throw new NullPointerException("month must not be null (column '" + monthColumn + "', account "
                        + account + ")");
            }
            YearMonth month;
            if (value instanceof String text) {
                try {
                    month = YearMonth.parse(text.strip());
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("month '" + text + "' is not a year-month yyyy-MM (column '"
                            + monthColumn + "', account " + account + ")", e);
                }
            } else if (value instanceof java.sql.Date date) {
                month = YearMonth.from(date.toLocalDate());
            } else if (value instanceof LocalDate date) {
                month = YearMonth.from(date);
            } else {
                throw new IllegalArgumentException("month " + value + " of type " + value.getClass().getName()
                        + " is not a year-month (column '" + monthColumn + "', account " + account + ")");
            }
            // the month count must fit an int: |year| up to 10^7 is far beyond any billing data
            if (Math.abs((long) month.getYear()) > 10_000_000L) {
                throw new IllegalArgumentException("month " + month + " is out of range (column '" + monthColumn
                        + "', account " + account + ")");
            }
            return month;
        }

        private long minorUnits(Object value, Currency currency, String account, YearMonth month) {
            if (value == null) {
                throw new NullPointerException("mrr must not be null (column '" + mrrColumn + "', account " + account
                        + ", month " + month + ")");
            }
            long units;
            if (decimal) {
                BigDecimal amount = (BigDecimal) value;
                int digits = currency.getDefaultFractionDigits();
                BigDecimal minor = amount.movePointRight(digits);
                if (minor.signum() != 0 && minor.stripTrailingZeros().scale() > 0) {
                    throw new IllegalArgumentException("mrr " + currency.getCurrencyCode() + " " + amount.toPlainString()
                            + " has more decimals than " + currency.getCurrencyCode() + " allows (" + digits
                            + "); round it first (account " + account + ", month " + month + ")");
                }
                try {
                    units = minor.longValueExact();
                } catch (ArithmeticException e) {
                    throw new IllegalArgumentException("mrr " + currency.getCurrencyCode() + " " + amount.toPlainString()
                            + " exceeds Long.MAX_VALUE minor units (account " + account + ", month " + month + ")", e);
                }
            } else {
                units = ((Number) value).longValue();
            }
            if (units < 0) {
                throw new IllegalArgumentException("mrr must not be negative: " + value + " (account " + account
                        + ", month " + month + ")");
            }
            return units;
        }
    }
}
