package io.csmetrics.spark;

import io.csmetrics.revenue.RevenueRetention;
import io.csmetrics.revenue.RevenueRetentionAccumulator;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Objects;

/**
 * {@link RevenueRetention} (NRR, GRR) of many accounts from a start month to an end month as a
 * typed Spark aggregator over {@link AccountSeries}: its buffer is the core's
 * {@link RevenueRetentionAccumulator}, fed through its bulk
 * {@link RevenueRetentionAccumulator#accept(int, long[], int, int) accept}, so the result equals
 * the single-machine one exactly.
 *
 * <p>Each account must appear once; all series share one currency. With no series, the result is
 * the empty (undefined NRR/GRR) retention in the fixed currency if one is given, else an
 * {@code IllegalArgumentException}.
 *
 * <p>Example: trailing-12-month NRR to December 2025:
 * {@code series.select(RevenueRetentionAggregator.of(YearMonth.of(2024, 12), YearMonth.of(2025, 12)).toColumn()).first().nrr()}.
 *
 * @implSpec This class is immutable and thread-safe; the buffers it makes are not.
 * @since 0.1.0
 */
public final class RevenueRetentionAggregator extends SeriesAggregator<RevenueRetentionAccumulator, RevenueRetention> {

    private static final long serialVersionUID = 1L;

    private final YearMonth startMonth;
    private final YearMonth endMonth;

    private RevenueRetentionAggregator(YearMonth startMonth, YearMonth endMonth, Currency fixedCurrency) {
        super(fixedCurrency, RevenueRetention.class);
        this.startMonth = startMonth;
        this.endMonth = endMonth;
    }

    /**
     * Returns the aggregator of retention from {@code startMonth} to {@code endMonth}; an empty
     * input is an error.
     *
     * @param startMonth the month whose paying accounts are measured, not null
     * @param endMonth the month they are measured at, after {@code startMonth}, not null
     * @return the aggregator
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as {@link RevenueRetentionAccumulator#create}
     */
    public static RevenueRetentionAggregator of(YearMonth startMonth, YearMonth endMonth) {
        return of(startMonth, endMonth, null);
    }

    /**
     * Returns the aggregator of retention, with the currency of an empty input.
     *
     * @param startMonth the start month, not null
     * @param endMonth the end month, after {@code startMonth}, not null
     * @param emptyCurrency the currency of the result of no series; null to refuse empty input
     * @return the aggregator
     * @throws NullPointerException if a month is null
     * @throws IllegalArgumentException as {@link RevenueRetentionAccumulator#create}
     */
    public static RevenueRetentionAggregator of(YearMonth startMonth, YearMonth endMonth, Currency emptyCurrency) {
        RevenueRetentionAccumulator.create(emptyCurrency != null ? emptyCurrency : Currency.getInstance("USD"),
                startMonth, endMonth);
        return new RevenueRetentionAggregator(Objects.requireNonNull(startMonth), Objects.requireNonNull(endMonth),
                emptyCurrency);
    }

    @Override
    RevenueRetentionAccumulator create(Currency currency) {
        return RevenueRetentionAccumulator.create(currency, startMonth, endMonth);
    }

    @Override
    void add(RevenueRetentionAccumulator accumulator, AccountSeries series) {
        int offset = Math.toIntExact((long) series.getFirstMonth() - AccountSeries.epochMonth(startMonth));
        long[] values = series.getMinorUnits();
        accumulator.accept(offset, values, 0, values.length);
    }

    @Override
    RevenueRetention result(RevenueRetentionAccumulator accumulator) {
        return accumulator.retention();
    }

    @Override
    RevenueRetention noSeries() {
        throw new IllegalArgumentException("no rows: the retention of an empty table has no currency; "
                + "give MrrColumns.withCurrency(...) for an empty result");
    }

    /**
     * Returns e.g. {@code "RevenueRetentionAggregator{2024-12→2025-12}"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "RevenueRetentionAggregator{" + startMonth + "→" + endMonth + "}";
    }
}
