package io.csmetrics.spark;

import io.csmetrics.revenue.MrrBridge;
import io.csmetrics.revenue.MrrBridgeAccumulator;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Objects;

/**
 * The {@link MrrBridge} of many accounts as a typed Spark {@link org.apache.spark.sql.expressions.Aggregator}
 * over {@link AccountSeries}: its buffer is the core's {@link MrrBridgeAccumulator} (zero → empty,
 * reduce → the bulk {@link MrrBridgeAccumulator#accept(int, long[]) accept}, merge →
 * {@link MrrBridgeAccumulator#combine combine}, finish → {@link MrrBridgeAccumulator#bridge()}),
 * so the result equals the single-machine bridge exactly, however Spark partitions the accounts.
 *
 * <p>Each account must appear once (as {@link SparkMrr#series} guarantees). All series must share
 * one currency ({@link io.csmetrics.CurrencyMismatchException} otherwise). With no series, the
 * result is the all-zero bridge in the fixed currency if one is given, else an
 * {@code IllegalArgumentException} (an empty table has no currency), as
 * {@link MrrBridge#fromSnapshots} refuses empty input.
 *
 * <p>Example: {@code series.select(MrrBridgeAggregator.of(jan, dec).toColumn()).first()}; grouped:
 * {@code series.groupByKey(AccountSeries::getSegment, Encoders.STRING()).agg(MrrBridgeAggregator.of(jan, dec).toColumn())}.
 *
 * @implSpec This class is immutable and thread-safe; the buffers it makes are not.
 * @since 0.1.0
 */
public final class MrrBridgeAggregator extends SeriesAggregator<MrrBridgeAccumulator, MrrBridge> {

    private static final long serialVersionUID = 1L;

    private final YearMonth firstMonth;
    private final YearMonth lastMonth;

    private MrrBridgeAggregator(YearMonth firstMonth, YearMonth lastMonth, Currency fixedCurrency) {
        super(fixedCurrency, MrrBridge.class);
        this.firstMonth = firstMonth;
        this.lastMonth = lastMonth;
    }

    /**
     * Returns the aggregator of the bridge over a window; an empty input is an error.
     *
     * @param firstMonth the window's first month, the opening balance, not null
     * @param lastMonth the window's last month, not before {@code firstMonth}, not null
     * @return the aggregator
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as {@link MrrBridgeAccumulator#create}
     */
    public static MrrBridgeAggregator of(YearMonth firstMonth, YearMonth lastMonth) {
        return of(firstMonth, lastMonth, null);
    }

    /**
     * Returns the aggregator of the bridge over a window, with the currency of an empty input.
     *
     * @param firstMonth the window's first month, not null
     * @param lastMonth the window's last month, not before {@code firstMonth}, not null
     * @param emptyCurrency the currency of the all-zero bridge of no series; null to refuse empty input
     * @return the aggregator
     * @throws NullPointerException if a month is null
     * @throws IllegalArgumentException as {@link MrrBridgeAccumulator#create}
     */
    public static MrrBridgeAggregator of(YearMonth firstMonth, YearMonth lastMonth, Currency emptyCurrency) {
        // the core checks the window (and the currency) with its own messages, here on the driver
        MrrBridgeAccumulator.create(emptyCurrency != null ? emptyCurrency : Currency.getInstance("USD"), firstMonth,
                lastMonth);
        return new MrrBridgeAggregator(Objects.requireNonNull(firstMonth), Objects.requireNonNull(lastMonth),
                emptyCurrency);
    }

    @Override
    MrrBridgeAccumulator create(Currency currency) {
        return MrrBridgeAccumulator.create(currency, firstMonth, lastMonth);
    }

    @Override
    void add(MrrBridgeAccumulator accumulator, AccountSeries series) {
        // months are bounded to |year| ≤ 10^7 by SparkMrr, so the offset always fits an int
        int offset = Math.toIntExact((long) series.getFirstMonth() - AccountSeries.epochMonth(firstMonth));
        accumulator.accept(offset, series.getMinorUnits());
    }

    @Override
    MrrBridge result(MrrBridgeAccumulator accumulator) {
        return accumulator.bridge();
    }

    @Override
    MrrBridge noSeries() {
        throw new IllegalArgumentException("no rows: the bridge of an empty table has no currency; "
                + "give MrrColumns.withCurrency(...) for an all-zero bridge");
    }

    /**
     * Returns e.g. {@code "MrrBridgeAggregator{2024-01..2024-12}"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "MrrBridgeAggregator{" + firstMonth + ".." + lastMonth + "}";
    }
}
